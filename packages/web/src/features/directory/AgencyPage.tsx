/** An agency and its contact points; its jurisdiction's admins add, change and remove them here. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { JURISDICTION_TIME_ZONE, may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { AgencyForm } from './AgencyForm.tsx';
import { deleteContactPoint, directoryKeys, getAgency } from './api.ts';
import { ContactCard } from './ContactCard.tsx';
import { ContactPointForm } from './ContactPointForm.tsx';
import { languageName } from './labels.ts';

const route = getRouteApi('/directory/agencies/$agencyId');

export function AgencyPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const { agencyId } = route.useParams();
  const client = useQueryClient();
  const [editing, setEditing] = useState<string | 'new' | 'agency' | null>(null);
  const detail = useQuery({
    queryKey: directoryKeys.agency(agencyId),
    queryFn: () => getAgency(agencyId),
  });
  const remove = useMutation({
    mutationFn: deleteContactPoint,
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.agency(agencyId) }),
  });

  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorMessage error={detail.error} onRetry={() => detail.refetch()} />;
  const { agency, contactPoints } = detail.data;
  const mayAdd = agency.jurisdiction === me.jurisdiction && may(me.roles, 'editDirectory');
  const timeZone = JURISDICTION_TIME_ZONE[agency.jurisdiction];

  return (
    <section>
      <p>
        <Link to="/directory">← {t('directory.backToDirectory')}</Link>
      </p>
      <h1>
        {agency.name} <span className="badge jurisdiction">{agency.jurisdiction}</span>
        {agency.isDemo && <span className="badge demo">{t('app.demo')}</span>}
      </h1>
      {agency.alternateName && <p className="lead">{agency.alternateName}</p>}
      {editing === 'agency' ? (
        <AgencyForm agency={agency} onDone={() => setEditing(null)} />
      ) : (
        agency.allowedActions.includes('update') && (
          <button type="button" className="secondary" onClick={() => setEditing('agency')}>
            {t('directory.editAgency')}
          </button>
        )
      )}
      <dl className="facts">
        <dt>{t('directory.agencyType')}</dt>
        <dd>{t(`agencyTypes.${agency.type}`)}</dd>
        <dt>{t('directory.jurisdiction')}</dt>
        <dd>{t(`jurisdictions.${agency.jurisdiction}`)}</dd>
        {agency.address && (
          <>
            <dt>{t('directory.address')}</dt>
            <dd>{agency.address}</dd>
          </>
        )}
        <dt>{t('directory.languages')}</dt>
        <dd>{agency.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
      </dl>
      <h2>
        {t('directory.contactPoints')} <span className="count">({contactPoints.length})</span>
      </h2>
      {remove.isError && <ErrorMessage error={remove.error} />}
      {mayAdd && editing !== 'new' && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('directory.addContact')}
        </button>
      )}
      {editing === 'new' && (
        <ContactPointForm agencyId={agency.id} timeZone={timeZone} onDone={() => setEditing(null)} />
      )}
      <div className="cards">
        {contactPoints.map((contact) =>
          editing === contact.id ? (
            <ContactPointForm
              key={contact.id}
              agencyId={agency.id}
              timeZone={timeZone}
              contact={contact}
              onDone={() => setEditing(null)}
            />
          ) : (
            <ContactCard
              key={contact.id}
              contact={contact}
              actions={
                <>
                  {contact.allowedActions.includes('update') && (
                    <button type="button" className="secondary" onClick={() => setEditing(contact.id)}>
                      {t('common.edit')}
                    </button>
                  )}
                  {contact.allowedActions.includes('delete') && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (window.confirm(t('directory.deleteConfirm', { name: contact.name })))
                          remove.mutate(contact);
                      }}
                    >
                      {t('common.delete')}
                    </button>
                  )}
                </>
              }
            />
          ),
        )}
      </div>
    </section>
  );
}
