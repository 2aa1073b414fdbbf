/**
 * Requests between agencies: the inbox, what was sent, and for coordinators everything their
 * jurisdiction is party to; filtered by status, kind, priority, counterpart and lateness. Urgent
 * alerts nobody has acknowledged stand on top.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { JURISDICTIONS, may, PRIORITIES, REQUEST_STATUSES, REQUEST_TYPES, requestTypesFor } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../app/Choice.tsx';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { Tabs } from '../../app/Tabs.tsx';
import { listRequests, requestKeys } from './api.ts';
import { useDateTime } from './format.ts';

type Box = 'inbox' | 'sent' | 'all';

export function RequestsPage() {
  const me = useSignedIn();
  const { t } = useTranslation();
  const formatDate = useDateTime();
  const coordinates = may(me.roles, 'watchRequests');
  const takesPart = requestTypesFor(me.roles).length > 0;
  const [box, setBox] = useState<Box>(takesPart ? 'inbox' : 'all');
  const [filters, setFilters] = useState({
    status: '',
    type: '',
    priority: '',
    counterpart: '',
    overdue: '',
    q: '',
  });
  const list = useQuery({
    queryKey: requestKeys.list(box, filters),
    queryFn: () => listRequests({ box, ...filters }),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
  const set = (name: keyof typeof filters, value: string) => setFilters({ ...filters, [name]: value });
  const boxes: Box[] = [
    ...(takesPart ? (['inbox', 'sent'] as const) : []),
    ...(coordinates ? (['all'] as const) : []),
  ];

  return (
    <section>
      <div className="page-head">
        <h1>{t('requests.title')}</h1>
        <div className="actions">
          {takesPart && (
            <Link to="/requests/new" className="button">
              {t('requests.compose')}
            </Link>
          )}
          {coordinates && (
            <Link to="/requests/dashboard" className="button secondary">
              {t('requests.dashboard')}
            </Link>
          )}
        </div>
      </div>
      {boxes.length > 1 && (
        <Tabs
          label={t('requests.title')}
          tabs={boxes.map((b) => [b, t(`requests.boxes.${b}`)])}
          selected={box}
          onSelect={setBox}
        />
      )}
      <form className="filters" aria-label={t('requests.filters')} onSubmit={(e) => e.preventDefault()}>
        <label className="grow">
          <span>{t('requests.subjectContains')}</span>
          <input type="search" value={filters.q} onChange={(e) => set('q', e.target.value)} />
        </label>
        <Choice
          label={t('requests.status')}
          value={filters.status}
          onChange={(v) => set('status', v)}
          options={REQUEST_STATUSES.map((s) => [s, t(`requests.statuses.${s}`)])}
        />
        <Choice
          label={t('requests.type')}
          value={filters.type}
          onChange={(v) => set('type', v)}
          options={REQUEST_TYPES.map((s) => [s, t(`requests.types.${s}`)])}
        />
        <Choice
          label={t('requests.priority')}
          value={filters.priority}
          onChange={(v) => set('priority', v)}
          options={PRIORITIES.map((s) => [s, t(`requests.priorities.${s}`)])}
        />
        <Choice
          label={t('requests.counterpart')}
          value={filters.counterpart}
          onChange={(v) => set('counterpart', v)}
          options={JURISDICTIONS.map((j) => [j, t(`jurisdictions.${j}`)])}
        />
        <label className="inline">
          <span>
            <input
              type="checkbox"
              checked={filters.overdue === 'true'}
              onChange={(e) => set('overdue', e.target.checked ? 'true' : '')}
            />{' '}
            {t('requests.overdueOnly')}
          </span>
        </label>
      </form>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.requests.length === 0 && <p>{t('requests.none')}</p>}
      {list.data && list.data.requests.length > 0 && (
        <table className="table requests">
          <caption className="visually-hidden">{t(`requests.boxes.${box}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('requests.subject')}</th>
              <th scope="col">{box === 'inbox' ? t('requests.from') : t('requests.to')}</th>
              <th scope="col">{t('requests.type')}</th>
              <th scope="col">{t('requests.status')}</th>
              <th scope="col">{t('requests.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.requests.map((r) => {
              const other = box === 'inbox' ? r.from : r.to;
              return (
                <tr key={r.id} className={r.alerting ? 'alerting' : r.overdue ? 'overdue' : undefined}>
                  <td>
                    {r.alerting && <span className="badge urgent">{t('requests.alerting')}</span>}{' '}
                    {r.priority !== 'normal' && !r.alerting && (
                      <span className={`badge ${r.priority}`}>{t(`requests.priorities.${r.priority}`)}</span>
                    )}{' '}
                    <Link to="/requests/$requestId" params={{ requestId: r.id }}>
                      {r.subject}
                    </Link>
                  </td>
                  <td>
                    <span className="badge jurisdiction">{other.jurisdiction}</span> {other.agency.name}
                  </td>
                  <td>{t(`requests.types.${r.type}`)}</td>
                  <td>
                    {t(`requests.statuses.${r.status}`)}
                    {r.overdue && <span className="badge overdue">{t('requests.overdue')}</span>}
                  </td>
                  <td>{r.deadline ? formatDate(r.deadline) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.data && list.data.total > list.data.requests.length && (
        <p className="muted">
          {t('requests.more', { shown: list.data.requests.length, total: list.data.total })}
        </p>
      )}
    </section>
  );
}
