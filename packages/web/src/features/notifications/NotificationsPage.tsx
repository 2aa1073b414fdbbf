/** What is waiting for the user: new requests, urgent alerts (on top), acknowledgements, replies. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import type { Me } from '../../types.ts';
import { useDateTime } from '../requests/format.ts';
import { countUnread, listNotifications, markRead, NOTIFICATIONS, notificationKeys } from './api.ts';

/** The badge's count, refreshed every few seconds. */
export function useUnreadNotifications(me: Me | null | undefined) {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: countUnread,
    enabled: Boolean(me),
    refetchInterval: 3000,
  });
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const formatDate = useDateTime();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: notificationKeys.list,
    queryFn: listNotifications,
    refetchInterval: 5000,
  });
  const read = useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS }),
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => list.refetch()} />;
  const items = list.data.notifications;
  return (
    <section>
      <div className="page-head">
        <h1>{t('notifications.title')}</h1>
        {items.some((n) => !n.readAt) && (
          <button type="button" className="secondary" onClick={() => read.mutate('all')}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {items.length === 0 && <p>{t('notifications.none')}</p>}
      <ul className="thread">
        {items.map((n) => (
          <li key={n.id} className={n.urgent && !n.readAt ? 'card alert' : 'card'}>
            <p className="message-meta">
              {!n.readAt && <span className="badge">{t('notifications.unreadMark')}</span>}{' '}
              {formatDate(n.createdAt)}
            </p>
            <p>
              <strong>{t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind })}</strong>
              {n.hitId && (
                <>
                  {': '}
                  <Link to="/hits">{t('notifications.seeHit')}</Link>
                </>
              )}
              {n.protectionCaseId && (
                <>
                  {': '}
                  {n.kind === 'service_referral_received' ? (
                    <Link to="/protection/services">{t('notifications.seeServices')}</Link>
                  ) : (
                    <Link to="/protection/$caseId" params={{ caseId: n.protectionCaseId }}>
                      {t('notifications.openCase')}
                    </Link>
                  )}
                </>
              )}
              {n.analysisWarning && (
                <>
                  {': '}
                  <Link
                    to="/analysis"
                    search={{
                      [n.analysisWarning.dimension]: n.analysisWarning.value,
                      year: n.analysisWarning.week.slice(0, 4),
                    }}
                  >
                    {t('notifications.seeDashboard')}
                  </Link>{' '}
                  <span className="badge jurisdiction">{n.analysisWarning.jurisdiction}</span>
                </>
              )}
              {n.actionPoint && (
                <>
                  {': '}
                  <Link to="/knowledge/follow-up">{n.actionPoint.title}</Link>{' '}
                  <span className="muted">({t('notifications.seeActionPoint')})</span>
                </>
              )}
              {n.request && (
                <>
                  {': '}
                  <Link to="/requests/$requestId" params={{ requestId: n.request.id }}>
                    {n.request.subject}
                  </Link>{' '}
                  <span className="badge jurisdiction">{n.request.from}</span>
                </>
              )}
            </p>
            {!n.readAt && (
              <button type="button" className="secondary" onClick={() => read.mutate(n.id)}>
                {t('notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
