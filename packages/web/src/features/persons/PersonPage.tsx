/** A person's record: opened only with a stated purpose, which the audit log keeps. */

import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { countryName, formatPhone } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { getPerson, personKeys } from './api.ts';
import { Duplicates } from './Duplicates.tsx';
import { PersonEditForm } from './PersonForm.tsx';

const route = getRouteApi('/persons/$personId');

export function PersonPage() {
  const { t, i18n } = useTranslation();
  const { personId } = route.useParams();
  const { purpose } = route.useSearch();
  const navigate = route.useNavigate();
  const [typed, setTyped] = useState('');
  const [editing, setEditing] = useState(false);
  const person = useQuery({
    queryKey: personKeys.person(personId, purpose),
    queryFn: () => getPerson(personId, purpose),
    enabled: Boolean(purpose),
    staleTime: 0,
  });

  if (!purpose) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      if (typed.trim().length >= 3) navigate({ search: { purpose: typed.trim() } });
    };
    return (
      <form className="card form" onSubmit={submit} aria-label={t('person.purposeLabel')}>
        <h1>{t('person.purposeLabel')}</h1>
        <p className="muted">{t('person.purposeHint')}</p>
        <Field label={t('person.purposeLabel')}>
          <input value={typed} minLength={3} required onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <button type="submit">{t('person.open')}</button>
      </form>
    );
  }
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorMessage error={person.error} onRetry={() => person.refetch()} />;
  const p = person.data;

  return (
    <section>
      <h1>{p.displayName}</h1>
      <p className="muted">
        {t('common.handlingCode')} {p.handlingCode} · {t('person.purposeHint')} ({purpose})
      </p>
      {p.mergedInto && (
        <p className="card notice" role="status">
          {t('person.duplicates.mergedInto')}{' '}
          <Link to="/persons/$personId" params={{ personId: p.mergedInto }} search={{ purpose }}>
            {p.mergedInto}
          </Link>
        </p>
      )}
      <p>
        <Link to="/network" search={{ start: `person:${p.id}` }}>
          {t('person.showNetwork')}
        </Link>
      </p>
      {p.allowedActions.includes('update') &&
        (editing ? (
          <PersonEditForm person={p} purpose={purpose} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('person.edit')}
          </button>
        ))}
      <dl className="facts">
        <dt>{t('person.names')}</dt>
        <dd>
          {p.names.map((n) => (
            <div key={`${n.givenNames}|${n.familyNames}|${n.kind}`}>
              {n.givenNames} {n.familyNames}{' '}
              <span className="muted">
                ({n.script}
                {n.kind === 'alias' ? `, ${t('person.alias')}` : ''})
              </span>
            </div>
          ))}
        </dd>
        <dt>{t('person.sex')}</dt>
        <dd>{t(`person.sexes.${p.sex}`)}</dd>
        <dt>{t('person.birthDate')}</dt>
        <dd>
          {p.birthDate ?? '—'}{' '}
          {p.birthDatePresumed && <span className="muted">({t('person.presumed')})</span>}
        </dd>
        <dt>{t('person.nationalities')}</dt>
        <dd>{p.nationalities.map((c) => countryName(c, i18n.language)).join(', ') || '—'}</dd>
        <dt>{t('cases.phones')}</dt>
        <dd>
          {p.phones
            // A phone kept as written (no country code could be placed) has no "+": show it as written.
            .map((ph) =>
              ph.e164.startsWith('+')
                ? formatPhone(ph.e164)
                : `${ph.original} (${t('person.unplacedPhone')})`,
            )
            .join(', ') || '—'}
        </dd>
        <dt>{t('person.documents')}</dt>
        <dd>
          {p.documents
            .map(
              (d) =>
                `${t(`person.documentTypes.${d.type}`)} ${d.number}${d.issuingCountry ? ` (${countryName(d.issuingCountry, i18n.language)})` : ''}`,
            )
            .join(', ') || '—'}
        </dd>
      </dl>
      {!p.mergedInto && (
        <Duplicates personId={p.id} purpose={purpose} canChange={p.allowedActions.includes('update')} />
      )}
      <h2>{t('person.cases')}</h2>
      <ul>
        {p.cases.map((c) => (
          <li key={`${c.id}-${c.role}`}>
            <Link to="/cases/$caseId" params={{ caseId: c.id }}>
              {c.reference}
            </Link>{' '}
            {c.title} · {t(`cases.roles.${c.role}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
