/**
 * The decisions on a case: the reasonable-grounds decision, the approvals waiting for the
 * supervisor (approve, or reject with a comment), moving along the pathway, extending the
 * reflection period, asking to close (approved by the supervisor) and reopening.
 */
import { useMutation } from '@tanstack/react-query';
import { CLOSURE_OUTCOMES } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/feedback.tsx';
import { formatCalendarDate } from '../../../i18n/format.ts';
import {
  decideApproval,
  decideReasonableGrounds,
  extendReflection,
  moveStage,
  type ProtectionCaseView,
  reopenCase,
  requestClosure,
} from '../api.ts';
import { FoldForm, today, useCaseChange } from './shared.tsx';

type Props = { c: ProtectionCaseView };

export function ReasonableGrounds({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [decision, setDecision] = useState<'presumed_victim' | 'not_presumed_victim'>('presumed_victim');
  const [decidedOn, setDecidedOn] = useState(today());
  const [reasons, setReasons] = useState('');
  const decide = useMutation({
    mutationFn: () => decideReasonableGrounds(c.id, { decision, decidedOn, reasons, version: c.version }),
    onSuccess: changed,
  });
  const waiting = c.approvals.some((a) => a.kind === 'reasonable_grounds' && a.status === 'pending');
  if (waiting) return null;
  return (
    <FoldForm
      title={t('protection.decide')}
      open={!c.reasonableGrounds}
      testId="reasonable-grounds"
      action={decide}
      submit={t('protection.record')}
    >
      <label>
        <span>{t('protection.decision')}</span>
        <select value={decision} onChange={(e) => setDecision(e.target.value as typeof decision)}>
          <option value="presumed_victim">{t('protection.decisions.presumed_victim')}</option>
          <option value="not_presumed_victim">{t('protection.decisions.not_presumed_victim')}</option>
        </select>
      </label>
      <label>
        <span>{t('protection.decidedOn')}</span>
        <input type="date" value={decidedOn} max={today()} onChange={(e) => setDecidedOn(e.target.value)} />
      </label>
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} required minLength={3} />
      </label>
      {!c.allowedActions.includes('approve') && (
        <p className="muted">{t('protection.approvals.goesToApproval')}</p>
      )}
    </FoldForm>
  );
}

function proposalText(
  a: ProtectionCaseView['approvals'][number],
  t: (k: string) => string,
  date: (d: string) => string,
) {
  const p = a.proposal as Record<string, string>;
  if (a.kind === 'reasonable_grounds')
    return `${t(`protection.decisions.${p.decision}`)}, ${date(p.decidedOn!)}: ${p.reasons ?? ''}`;
  if (a.kind === 'closure')
    return `${t(`protection.close.outcomes.${p.outcome}`)}, ${date(p.closedOn!)}: ${p.reason ?? ''}`;
  return t('protection.plan.title');
}

/** Every approval of the case; the waiting ones with approve and reject for the approver. */
export function Approvals({ c }: Props) {
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  if (c.approvals.length === 0) return null;
  return (
    <>
      <h2>{t('protection.approvals.title')}</h2>
      <ul className="plain" data-testid="approvals">
        {c.approvals.map((a) => (
          <li key={a.id} className={a.status === 'pending' ? 'card notice' : 'card'}>
            <p>
              <strong>{t(`protection.approvals.kinds.${a.kind}`)}</strong>:{' '}
              {t(`protection.approvals.statuses.${a.status}`)}
              {a.decidedBy ? ` (${a.decidedBy.name})` : ''}
            </p>
            <p>{proposalText(a, t, date)}</p>
            <p className="muted">
              {t('protection.approvals.requestedBy', { name: a.requestedBy.name })}
              {a.comment ? ` · ${a.comment}` : ''}
            </p>
            {a.status === 'pending' && c.allowedActions.includes('approve') && (
              <Decide c={c} approvalId={a.id} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Decide({ c, approvalId }: { c: ProtectionCaseView; approvalId: string }) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [comment, setComment] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'approved' | 'rejected') =>
      decideApproval(c.id, approvalId, { decision, ...(comment ? { comment } : {}) }),
    onSuccess: changed,
  });
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('protection.approvals.comment')}</span>
        <input value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      {decide.isError && <ErrorMessage error={decide.error} />}
      <div className="actions">
        <button type="button" disabled={decide.isPending} onClick={() => decide.mutate('approved')}>
          {t('protection.approvals.approve')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate('rejected')}
        >
          {t('protection.approvals.reject')}
        </button>
      </div>
    </form>
  );
}

export function StageMoveForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [stage, setStage] = useState<string>('');
  const [identification, setIdentification] = useState<'identified_victim' | 'not_identified'>(
    'identified_victim',
  );
  const [decidedOn, setDecidedOn] = useState(today());
  const [reasons, setReasons] = useState('');
  const move = useMutation({
    mutationFn: () =>
      moveStage(c.id, {
        stage: stage as never,
        decidedOn,
        version: c.version,
        ...(stage === 'formal_identification' ? { identification } : {}),
        ...(reasons ? { reasons } : {}),
      }),
    onSuccess: changed,
  });
  return (
    <FoldForm
      title={t('protection.stageMove.move')}
      testId="stage-move"
      action={move}
      submit={t('protection.stageMove.move')}
    >
      <label>
        <span>{t('protection.stageMove.to')}</span>
        <select value={stage} onChange={(e) => setStage(e.target.value)} required>
          <option value="" />
          {c.nextStages
            .filter((s) => s !== 'closed')
            .map((s) => (
              <option key={s} value={s}>
                {t(`protection.stages.${s}`)}
              </option>
            ))}
        </select>
      </label>
      {stage === 'formal_identification' && (
        <label>
          <span>{t('protection.stageMove.identification')}</span>
          <select
            value={identification}
            onChange={(e) => setIdentification(e.target.value as typeof identification)}
          >
            <option value="identified_victim">{t('protection.decisions.identified_victim')}</option>
            <option value="not_identified">{t('protection.decisions.not_identified')}</option>
          </select>
        </label>
      )}
      <label>
        <span>{t('protection.decidedOn')}</span>
        <input type="date" value={decidedOn} max={today()} onChange={(e) => setDecidedOn(e.target.value)} />
      </label>
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} />
      </label>
    </FoldForm>
  );
}

export function ExtendReflection({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [days, setDays] = useState(30);
  const [reason, setReason] = useState('');
  const extend = useMutation({
    mutationFn: () => extendReflection(c.id, { days, reason, version: c.version }),
    onSuccess: changed,
  });
  return (
    <FoldForm title={t('protection.extend.title')} action={extend} submit={t('protection.extend.title')}>
      <label>
        <span>{t('protection.extend.days')}</span>
        <input
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        />
      </label>
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
      </label>
    </FoldForm>
  );
}

export function Closing({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [outcome, setOutcome] = useState<string>('integrated');
  const [reason, setReason] = useState('');
  const [closedOn, setClosedOn] = useState(today());
  const close = useMutation({
    mutationFn: () =>
      requestClosure(c.id, { outcome: outcome as never, reason, closedOn, version: c.version }),
    onSuccess: changed,
  });
  if (c.approvals.some((a) => a.kind === 'closure' && a.status === 'pending')) return null;
  return (
    <FoldForm
      title={t('protection.close.title')}
      testId="closing"
      action={close}
      submit={t('protection.close.request')}
    >
      {c.child && !c.bestInterestsDeterminedOn && (
        <p className="notice">{t('protection.close.childNeedsBid')}</p>
      )}
      <label>
        <span>{t('protection.close.outcome')}</span>
        <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {CLOSURE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`protection.close.outcomes.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('protection.close.closedOn')}</span>
        <input type="date" value={closedOn} max={today()} onChange={(e) => setClosedOn(e.target.value)} />
      </label>
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
      </label>
      <p className="muted">{t('protection.approvals.goesToApproval')}</p>
    </FoldForm>
  );
}

export function Reopen({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [reason, setReason] = useState('');
  const reopen = useMutation({
    mutationFn: () => reopenCase(c.id, { reason, version: c.version }),
    onSuccess: changed,
  });
  return (
    <FoldForm title={t('protection.close.reopen')} action={reopen} submit={t('protection.close.reopen')}>
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
      </label>
    </FoldForm>
  );
}
