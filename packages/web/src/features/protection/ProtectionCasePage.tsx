/**
 * One protection case: who and where it stands, the recovery and reflection period with its "no
 * removal" flag, the decisions waiting for approval, the decisions and the pathway, consents (the
 * gate on every share), the needs assessment and plan, services, a child's safeguards, shares and
 * transfers, closing, and the person's data for their request. Opening the page is a read the
 * server audits; every section shows only what the server says the reader may do.
 */
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate } from '../../i18n/format.ts';
import { exportUrl, getProtectionCase, protectionKeys } from './api.ts';
import { ChildSection } from './case/Children.tsx';
import { ConsentForm, ConsentList, OverrideForm } from './case/Consents.tsx';
import {
  Approvals,
  Closing,
  ExtendReflection,
  ReasonableGrounds,
  Reopen,
  StageMoveForm,
} from './case/Decisions.tsx';
import { SharingSection } from './case/Sharing.tsx';
import { AssessmentSection, ServicesSection } from './case/Work.tsx';

export function ProtectionCasePage() {
  const { caseId } = useParams({ from: '/protection/$caseId' });
  const { t, i18n } = useTranslation();
  const one = useQuery({ queryKey: protectionKeys.one(caseId), queryFn: () => getProtectionCase(caseId) });
  if (one.isPending) return <Loading />;
  if (one.isError) return <ErrorMessage error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  const can = (action: (typeof c.allowedActions)[number]) => c.allowedActions.includes(action);
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const name = c.erased
    ? t('protection.erased')
    : [c.givenNames, c.familyNames].filter(Boolean).join(' ') || '—';
  const waitingPresumption = c.approvals.some(
    (a) =>
      a.kind === 'reasonable_grounds' && a.status === 'pending' && a.proposal.decision === 'presumed_victim',
  );
  return (
    <section className="protection-case">
      <h1>{name}</h1>
      <p className="muted">
        {t(`protection.stages.${c.stage}`)}
        {c.stageResponsible
          ? ` (${t('protection.pathway.responsibleShort', { type: t(`agencyTypes.${c.stageResponsible}`) })})`
          : ''}{' '}
        · {c.agency.name} · {t('protection.owner')}: {c.owner.name}
        {c.supervisor ? ` · ${t('protection.supervisor')}: ${c.supervisor.name}` : ''}
        {c.child ? ` · ${t('protection.filters.child')}` : ''}
      </p>
      {c.originJurisdiction && (
        <p className="notice" data-testid="origin">
          {t('protection.transfer.origin', {
            chain: c.originChain
              .map((o) => `${t(`jurisdictions.${o.jurisdiction}`)} (${date(o.transferredOn)})`)
              .join(' → '),
          })}
        </p>
      )}
      {c.reflection && (
        <div className={c.reflection.noRemoval ? 'notice alert' : 'notice'} data-testid="reflection">
          {c.reflection.noRemoval && (
            <p>{t('protection.noRemovalUntil', { date: date(c.reflection.lastDay) })}</p>
          )}
          <p>
            {t('protection.reflectionEnds', {
              date: date(c.reflection.lastDay),
              count: Math.max(0, c.reflection.daysLeft),
            })}
          </p>
        </div>
      )}
      {!c.reflection && waitingPresumption && c.status === 'open' && (
        <div className="notice alert" data-testid="reflection-pending">
          <p>{t('protection.approvals.noRemovalWhileWaiting')}</p>
        </div>
      )}
      <dl className="facts">
        {c.birthDate && (
          <>
            <dt>{t('protection.birthDate')}</dt>
            <dd>{c.birthDate}</dd>
          </>
        )}
        {c.nationality && (
          <>
            <dt>{t('protection.nationality')}</dt>
            <dd>{c.nationality}</dd>
          </>
        )}
        {c.closedOn && (
          <>
            <dt>{t('protection.close.closedOn')}</dt>
            <dd>
              {date(c.closedOn)}
              {c.closureOutcome ? `, ${t(`protection.close.outcomes.${c.closureOutcome}`)}` : ''}
            </dd>
          </>
        )}
      </dl>
      <Approvals c={c} />
      {can('decide_reasonable_grounds') && <ReasonableGrounds c={c} />}
      {can('move_stage') && c.nextStages.some((s) => s !== 'closed') && <StageMoveForm c={c} />}
      {can('update') && c.reflection && <ExtendReflection c={c} />}
      <ConsentList c={c} />
      {can('record_consent') && <ConsentForm c={c} />}
      {can('override_consent') && <OverrideForm c={c} />}
      <AssessmentSection c={c} />
      <ServicesSection c={c} refresh={() => one.refetch()} />
      <ChildSection c={c} />
      <SharingSection c={c} />
      {can('close') && <Closing c={c} />}
      {can('reopen') && <Reopen c={c} />}
      <h2>{t('protection.history')}</h2>
      <ol data-testid="history">
        {c.events.map((e) => (
          <li key={`${e.stage}-${e.recordedAt}`}>
            {date(e.decidedOn)}: {t(`protection.stages.${e.stage}`)}
            {e.decision
              ? ` (${e.stage === 'closed' ? t(`protection.close.outcomes.${e.decision}`) : t(`protection.decisions.${e.decision}`)})`
              : ''}
            {e.reasons ? `: ${e.reasons}` : ''}
          </li>
        ))}
      </ol>
      {!c.erased && (
        <p>
          <a href={exportUrl(c.id)} download>
            {t('protection.export')}
          </a>
        </p>
      )}
    </section>
  );
}
