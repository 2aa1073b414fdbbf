/** The jurisdiction's audit log, newest first, for admins and coordinators. */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatDateTimeSeconds } from '../../i18n/format.ts';
import { auditKeys, browseAudit } from './api.ts';

const ACTIONS = [
  'sign_in',
  'sign_out',
  'password_change',
  'totp_enrol',
  'totp_disable',
  'merge',
  'unmerge',
  'reject',
  'create',
  'update',
  'delete',
  'read',
  'settings',
];
const OUTCOMES = ['success', 'failure', 'refused'];

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState('');
  const [actor, setActor] = useState('');
  const log = useInfiniteQuery({
    queryKey: auditKeys.page(action, outcome, actor),
    queryFn: ({ pageParam }) => browseAudit({ action, outcome, actor }, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });

  if (log.isError && log.error instanceof ApiError && log.error.status === 403) {
    return (
      <section>
        <h1>{t('audit.title')}</h1>
        <p className="error">{t('audit.forbidden')}</p>
      </section>
    );
  }
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('audit.action')}</span>
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('audit.outcome')}</span>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`audit.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('audit.user')}</span>
          <input value={actor} onChange={(e) => setActor(e.target.value)} />
        </label>
      </form>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorMessage error={log.error} onRetry={() => log.refetch()} />
      ) : entries.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.user')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.outcome')}</th>
                <th scope="col">{t('audit.record')}</th>
                <th scope="col">{t('audit.purpose')}</th>
                <th scope="col">{t('audit.address')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq} className={entry.outcome === 'success' ? '' : 'warn'}>
                  <td>{entry.seq}</td>
                  <td>{formatDateTimeSeconds(entry.at, i18n.language)}</td>
                  <td>{entry.actorUsername ?? String(entry.details.username ?? '—')}</td>
                  <td>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                  <td>{t(`audit.outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}</td>
                  <td>
                    {entry.recordType ? `${entry.recordType} ${entry.recordId?.slice(0, 8) ?? ''}` : '—'}
                  </td>
                  <td>{entry.purpose ?? '—'}</td>
                  <td>{entry.address ?? '—'}</td>
                  <td>
                    <code>{JSON.stringify(entry.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => log.fetchNextPage()}
          disabled={log.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </button>
      )}
    </section>
  );
}
