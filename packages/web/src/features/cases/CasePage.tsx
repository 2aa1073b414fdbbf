/** A case: its people in their roles, phones, vehicles, route as a timeline and on the map. */

import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { countryName, formatPhone } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate } from '../../i18n/format.ts';
import { caseKeys, getCase } from './api.ts';
import { Attachments, LinkedCases } from './CaseExtras.tsx';
import { CaseForm } from './CaseForm.tsx';
import { EventForm } from './EventForm.tsx';
import { PersonForm } from './PersonForm.tsx';
import { RouteEditor } from './RouteEditor.tsx';
import { RouteMap } from './RouteMap.tsx';
import { VehicleForm } from './VehicleForm.tsx';

const route = getRouteApi('/cases/$caseId');

export function CasePage() {
  const { t, i18n } = useTranslation();
  const { caseId } = route.useParams();
  const [editing, setEditing] = useState<'case' | 'person' | 'vehicle' | 'route' | 'event' | null>(null);
  const view = useQuery({
    queryKey: caseKeys.case(caseId),
    queryFn: () => getCase(caseId, 'case work'),
  });
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => view.refetch()} />;
  const c = view.data;
  const mayChange = c.allowedActions.includes('update');
  const purpose = t('cases.purposeCase', { reference: c.reference });

  return (
    <section>
      <p>
        <Link to="/cases">← {t('cases.title')}</Link>
      </p>
      <h1>
        {c.reference} · {c.title} {c.isDemo && <span className="badge demo">{t('app.demo')}</span>}
      </h1>
      <p className="lead">
        {t(`cases.types.${c.type}`)} · {t(`cases.statuses.${c.status}`)} · {t('cases.openedOn')} {c.openedOn}{' '}
        · {c.agency.name} · {t('common.handlingCode')} {c.handlingCode}
      </p>
      {mayChange &&
        (editing === 'case' ? (
          <CaseForm existing={c} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing('case')}>
            {t('cases.editCase')}
          </button>
        ))}
      <p>
        <Link to="/network" search={{ start: `case:${c.id}` }}>
          {t('cases.showNetwork')}
        </Link>
      </p>
      <p>
        <a
          href={`/api/cases/${c.id}/htcds?purpose=${encodeURIComponent(purpose)}`}
          download={`${c.reference}-htcds.json`}
        >
          {t('cases.exportHtcds')} JSON
        </a>{' '}
        ·{' '}
        <a
          href={`/api/cases/${c.id}/htcds.csv?purpose=${encodeURIComponent(purpose)}`}
          download={`${c.reference}-htcds.csv`}
        >
          {t('cases.exportHtcds')} CSV
        </a>
      </p>
      {c.summary && <p>{c.summary}</p>}
      {c.modusOperandi.length > 0 && (
        <p>
          <strong>{t('cases.modusOperandi')}:</strong>{' '}
          {c.modusOperandi.map((m) => t(`cases.mo.${m}`)).join(', ')}
        </p>
      )}

      <h2>{t('cases.people')}</h2>
      {c.people.length === 0 ? (
        <p className="empty">{t('cases.noPeople')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="case-people">
            <thead>
              <tr>
                <th scope="col">{t('directory.name')}</th>
                <th scope="col">{t('cases.role')}</th>
                <th scope="col">{t('person.birthDate')}</th>
                <th scope="col">{t('person.nationalities')}</th>
                <th scope="col">{t('cases.phones')}</th>
              </tr>
            </thead>
            <tbody>
              {c.people.map((p) => (
                <tr key={p.roleId}>
                  <td>
                    <Link to="/persons/$personId" params={{ personId: p.personId }} search={{ purpose }}>
                      {p.displayName}
                    </Link>
                  </td>
                  <td>
                    {t(`cases.roles.${p.role}`)}
                    {p.perpetratorRoles.length > 0 && (
                      <span className="muted">
                        {' '}
                        ({p.perpetratorRoles.map((r) => t(`cases.perpetratorRoleNames.${r}`)).join(', ')})
                      </span>
                    )}
                  </td>
                  <td>{p.birthDate ?? '—'}</td>
                  <td>{p.nationalities.map((c) => countryName(c, i18n.language)).join(', ') || '—'}</td>
                  <td>{p.phones.map(formatPhone).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayChange &&
        (editing === 'person' ? (
          <PersonForm caseId={c.id} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing('person')}>
            {t('cases.addPerson')}
          </button>
        ))}

      <h2>{t('cases.vehicles')}</h2>
      {c.vehicles.length === 0 ? (
        <p className="empty">{t('cases.noVehicles')}</p>
      ) : (
        <ul data-testid="case-vehicles">
          {c.vehicles.map((v) => (
            <li key={v.id}>
              <strong>{v.plate}</strong>{' '}
              {[v.country ? countryName(v.country, i18n.language) : null, v.make, v.model, v.colour]
                .filter(Boolean)
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
      {mayChange &&
        (editing === 'vehicle' ? (
          <VehicleForm caseId={c.id} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing('vehicle')}>
            {t('cases.addVehicle')}
          </button>
        ))}

      <h2>{t('cases.route')}</h2>
      {c.route.length === 0 ? (
        <p className="empty">{t('cases.noRoute')}</p>
      ) : (
        <div className="route">
          <ol className="timeline" data-testid="route-timeline">
            {c.route.map((leg) => (
              <li key={leg.position}>
                <strong>
                  {leg.fromPlace ?? ''} ({countryName(leg.fromCountry, i18n.language)}) → {leg.toPlace ?? ''}{' '}
                  ({countryName(leg.toCountry, i18n.language)})
                </strong>
                <div className="muted">
                  {[
                    leg.crossing?.name,
                    leg.departedOn,
                    leg.transportMode ? t(`cases.transports.${leg.transportMode}`) : null,
                    leg.feeAmount !== null ? `${leg.feeAmount} ${leg.feeCurrency}` : null,
                    leg.facilitator ? `${t('cases.facilitator')}: ${leg.facilitator.displayName}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </li>
            ))}
          </ol>
          <RouteMap legs={c.route} />
        </div>
      )}
      {mayChange &&
        (editing === 'route' ? (
          <RouteEditor view={c} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing('route')}>
            {t('cases.editRoute')}
          </button>
        ))}
      <h2>{t('cases.events')}</h2>
      {c.events.length === 0 ? (
        <p className="empty">{t('cases.noEvents')}</p>
      ) : (
        <ul data-testid="case-events">
          {c.events.map((e) => (
            <li key={e.id}>
              <strong>{t(`cases.eventTypes.${e.type}`)}</strong>{' '}
              {[
                e.date ? formatCalendarDate(e.date, i18n.language) : null,
                e.place,
                e.country ? countryName(e.country, i18n.language) : null,
                e.description,
              ]
                .filter(Boolean)
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
      {mayChange &&
        (editing === 'event' ? (
          <EventForm view={c} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setEditing('event')}>
            {t('cases.addEvent')}
          </button>
        ))}
      <LinkedCases view={c} />
      <Attachments view={c} />
    </section>
  );
}
