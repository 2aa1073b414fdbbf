/**
 * Retention review, for the jurisdiction's coordinators: closed cases whose retention period is
 * over; each is erased (the person's identity removed, the counts kept) or kept until a date, with
 * the reason; both are audited.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate } from '../../i18n/format.ts';
import { decideRetention, PROTECTION, protectionKeys, type RetentionDue, retentionDue } from './api.ts';
import { inDays } from './case/shared.tsx';
import { ProtectionTabs } from './ProtectionTabs.tsx';

export function RetentionPage() {
  const { t } = useTranslation();
  const due = useQuery({ queryKey: protectionKeys.retention, queryFn: retentionDue });
  return (
    <section>
      <h1>{t('protection.retention.title')}</h1>
      <ProtectionTabs />
      {due.data && (
        <p className="lead">{t('protection.retention.intro', { years: due.data.retentionYears })}</p>
      )}
      {due.isPending && <Loading />}
      {due.isError && <ErrorMessage error={due.error} onRetry={() => due.refetch()} />}
      {due.data && due.data.cases.length === 0 && <p className="empty">{t('protection.retention.none')}</p>}
      {due.data && (
        <ul className="plain" data-testid="retention-due">
          {due.data.cases.map((c) => (
            <Due key={c.id} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Due({ c }: { c: RetentionDue['cases'][number] }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const [reason, setReason] = useState('');
  const [keepUntil, setKeepUntil] = useState(inDays(365));
  const decide = useMutation({
    mutationFn: (decision: 'erase' | 'keep') =>
      decideRetention(c.id, { decision, reason, ...(decision === 'keep' ? { keepUntil } : {}) }),
    onSuccess: () => client.invalidateQueries({ queryKey: PROTECTION }),
  });
  return (
    <li className="card">
      <p>
        <strong>{c.name}</strong> · {t('protection.retention.closedOn', { date: date(c.closedOn) })}
        {c.closureOutcome ? ` (${t(`protection.close.outcomes.${c.closureOutcome}`)})` : ''} ·{' '}
        {t('protection.retention.dueOn', { date: date(c.dueOn) })}
      </p>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('protection.reasons')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
        </label>
        <label>
          <span>{t('protection.retention.keepUntil')}</span>
          <input type="date" value={keepUntil} onChange={(e) => setKeepUntil(e.target.value)} />
        </label>
        {decide.isError && <ErrorMessage error={decide.error} />}
        <div className="actions">
          <button
            type="button"
            disabled={decide.isPending || reason.length < 3}
            onClick={() => decide.mutate('erase')}
          >
            {t('protection.retention.erase')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={decide.isPending || reason.length < 3}
            onClick={() => decide.mutate('keep')}
          >
            {t('protection.retention.keep')}
          </button>
        </div>
      </form>
    </li>
  );
}
