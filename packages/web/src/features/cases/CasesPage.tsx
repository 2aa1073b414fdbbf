/** The jurisdiction's cases, filtered by type, status, modus operandi and dates. */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { CASE_STATUSES, CASE_TYPES, MODUS_OPERANDI, may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { useJurisdictionDirectory } from '../directory/agencies.ts';
import { readsCases, writesCases } from './access.ts';
import { caseKeys, listCases } from './api.ts';
import { CaseForm } from './CaseForm.tsx';

export function CasesPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const [filters, setFilters] = useState({
    type: '',
    status: '',
    agencyId: '',
    modusOperandi: '',
    openedFrom: '',
    openedTo: '',
  });
  const agencies = useJurisdictionDirectory(me.jurisdiction, { enabled: readsCases(me) });
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => listCases(filters),
    placeholderData: keepPreviousData,
    enabled: readsCases(me),
  });
  if (!readsCases(me)) {
    return (
      <section>
        <h1>{t('cases.title')}</h1>
        <p className="lead">{t('coming.cases')}</p>
        <p className="error">{t('errors.notFound')}</p>
      </section>
    );
  }
  const set = (name: keyof typeof filters, value: string) => setFilters({ ...filters, [name]: value });

  return (
    <section>
      <h1>{t('cases.title')}</h1>
      <p className="lead">{t('cases.intro')}</p>
      {writesCases(me) && (
        <p>
          <Link to="/cases/import">{t('imports.open')}</Link>
        </p>
      )}
      {may(me.roles, 'manageMatchingModel') && (
        <p>
          <Link to="/cases/matching-model">{t('matchingModel.open')}</Link>
        </p>
      )}
      {writesCases(me) &&
        (creating ? (
          <CaseForm
            onDone={(saved) =>
              saved ? navigate({ to: '/cases/$caseId', params: { caseId: saved.id } }) : setCreating(false)
            }
          />
        ) : (
          <button type="button" onClick={() => setCreating(true)}>
            {t('cases.newCase')}
          </button>
        ))}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('cases.type')}</span>
          <select value={filters.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {CASE_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`cases.types.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cases.status')}</span>
          <select value={filters.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {CASE_STATUSES.map((v) => (
              <option key={v} value={v}>
                {t(`cases.statuses.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cases.agency')}</span>
          <select value={filters.agencyId} onChange={(e) => set('agencyId', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {agencies.data?.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cases.modusOperandi')}</span>
          <select value={filters.modusOperandi} onChange={(e) => set('modusOperandi', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {MODUS_OPERANDI.map((v) => (
              <option key={v} value={v}>
                {t(`cases.mo.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cases.openedFrom')}</span>
          <input type="date" value={filters.openedFrom} onChange={(e) => set('openedFrom', e.target.value)} />
        </label>
        <label>
          <span>{t('cases.openedTo')}</span>
          <input type="date" value={filters.openedTo} onChange={(e) => set('openedTo', e.target.value)} />
        </label>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.cases.length === 0 ? (
        <p className="empty">{t('cases.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('cases.total', { count: list.data.total })}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('cases.reference')}</th>
                  <th scope="col">{t('cases.caseTitle')}</th>
                  <th scope="col">{t('cases.type')}</th>
                  <th scope="col">{t('cases.status')}</th>
                  <th scope="col">{t('cases.openedOn')}</th>
                  <th scope="col">{t('cases.agency')}</th>
                  <th scope="col">{t('common.handlingCode')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.cases.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to="/cases/$caseId" params={{ caseId: c.id }}>
                        {c.reference}
                      </Link>
                      {c.isDemo && <span className="badge demo">{t('app.demo')}</span>}
                    </td>
                    <td>{c.title}</td>
                    <td>{t(`cases.types.${c.type}`)}</td>
                    <td>{t(`cases.statuses.${c.status}`)}</td>
                    <td>{c.openedOn}</td>
                    <td>{c.agency.name}</td>
                    <td>{c.handlingCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
