/**
 * Transfers in: cases other jurisdictions hand over to the caseworker's agency (for coordinators,
 * to the jurisdiction), with the consented fields only; accepting opens the case here, without a
 * new interview.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { answerTransfer, incomingTransfers, PROTECTION, protectionKeys, type TransferView } from './api.ts';
import { ProtectionTabs } from './ProtectionTabs.tsx';
import { SharedFields } from './SharedFields.tsx';

export function TransfersPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: protectionKeys.transfers, queryFn: incomingTransfers });
  return (
    <section>
      <h1>{t('protection.transfer.incoming')}</h1>
      <ProtectionTabs />
      <p className="lead">{t('protection.transfer.incomingIntro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.transfers.length === 0 && (
        <p className="empty">{t('protection.transfer.none')}</p>
      )}
      {list.data && (
        <ul className="plain" data-testid="incoming-transfers">
          {list.data.transfers.map((x) => (
            <Transfer key={x.id} x={x} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Transfer({ x }: { x: TransferView }) {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const answer = useMutation({
    mutationFn: (decision: 'accepted' | 'declined') =>
      answerTransfer(x.id, { decision, ...(reason ? { reason } : {}) }),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: PROTECTION });
      if (result.caseId) await navigate({ to: '/protection/$caseId', params: { caseId: result.caseId } });
    },
  });
  const mayAnswer =
    x.status === 'proposed' && x.toAgency.id === me.agency.id && may(me.roles, 'openProtectionCases');
  return (
    <li className="card" data-testid="incoming-transfer">
      <p>
        <strong>
          {t('protection.transfer.from', { jurisdiction: t(`jurisdictions.${x.fromJurisdiction}`) })}
        </strong>{' '}
        · {formatCalendarDate(x.proposedAt.slice(0, 10), i18n.language)} ·{' '}
        {t(`protection.transfer.statuses.${x.status}`)}
      </p>
      <SharedFields shared={x.shared} />
      {mayAnswer && (
        <form onSubmit={(e) => e.preventDefault()}>
          <label>
            <span>{t('protection.transfer.reason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          {answer.isError && <ErrorMessage error={answer.error} />}
          <div className="actions">
            <button type="button" disabled={answer.isPending} onClick={() => answer.mutate('accepted')}>
              {t('protection.transfer.accept')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={answer.isPending}
              onClick={() => answer.mutate('declined')}
            >
              {t('protection.transfer.decline')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
