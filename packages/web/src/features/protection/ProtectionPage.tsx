/**
 * Protection cases: the caseworker's list, filtered (open, children, reflection periods ending within
 * two weeks, their own), each showing whether removal is barred; and opening a case.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { listProtectionCases, type ProtectionFilters, protectionKeys } from './api.ts';
import { OpenCase } from './OpenCase.tsx';
import { ProtectionTabs } from './ProtectionTabs.tsx';

export function ProtectionPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const [filters, setFilters] = useState<ProtectionFilters>({ status: 'open' });
  const cases = useQuery({
    queryKey: protectionKeys.list(filters),
    queryFn: () => listProtectionCases(filters),
  });
  const set = (key: keyof ProtectionFilters, value: string) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <section>
      <h1>{t('protection.title')}</h1>
      <ProtectionTabs />
      <p className="lead">{t('protection.intro')}</p>
      {may(me.roles, 'openProtectionCases') && <OpenCase />}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('protection.filters.status')}</span>
          <select value={filters.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            <option value="open">{t('protection.statuses.open')}</option>
            <option value="closed">{t('protection.statuses.closed')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.child === 'true'}
            onChange={(e) => set('child', e.target.checked ? 'true' : '')}
          />
          <span>{t('protection.filters.child')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.reflectionEndsWithin === '14'}
            onChange={(e) => set('reflectionEndsWithin', e.target.checked ? '14' : '')}
          />
          <span>{t('protection.filters.ending')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.mine === 'true'}
            onChange={(e) => set('mine', e.target.checked ? 'true' : '')}
          />
          <span>{t('protection.filters.mine')}</span>
        </label>
        <label>
          <span>{t('protection.filters.name')}</span>
          <input value={filters.q ?? ''} onChange={(e) => set('q', e.target.value)} />
        </label>
      </form>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <ErrorMessage error={cases.error} onRetry={() => cases.refetch()} />
      ) : cases.data.cases.length === 0 ? (
        <p className="empty">{t('protection.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="protection-cases">
            <thead>
              <tr>
                <th scope="col">{t('protection.name')}</th>
                <th scope="col">{t('protection.stage')}</th>
                <th scope="col">{t('protection.openedOn')}</th>
                <th scope="col">{t('protection.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to="/protection/$caseId" params={{ caseId: c.id }}>
                      {c.name}
                    </Link>
                    {c.child && <span className="badge">{t('protection.filters.child')}</span>}
                  </td>
                  <td>
                    {t(`protection.stages.${c.stage}`)}
                    {c.noRemoval && c.reflectionLastDay && (
                      <span className="badge alert">
                        {t('protection.noRemoval')} · {formatCalendarDate(c.reflectionLastDay, i18n.language)}
                      </span>
                    )}
                  </td>
                  <td>{formatCalendarDate(c.openedOn, i18n.language)}</td>
                  <td>{c.owner.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
