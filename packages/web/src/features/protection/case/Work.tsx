/**
 * The work on a case: the needs assessment (the child form for a child), the case plan that goes
 * to the supervisor, and the service referrals with what became of each, overdue past the
 * follow-up date; a referral is refused unless the person consented to it.
 */
import { useMutation } from '@tanstack/react-query';
import { ALL_NEED_AREAS, FORM_AREAS, NEED_LEVELS, SERVICE_TYPES } from '@veza/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/feedback.tsx';
import { formatCalendarDate } from '../../../i18n/format.ts';
import {
  type ProtectionCaseView,
  recordAssessment,
  referToService,
  type ServiceReferralView,
  submitPlan,
  updateServiceReferral,
} from '../api.ts';
import { AgencySelect, FoldForm, inDays, today, useAgencies, useCaseChange } from './shared.tsx';

type Props = { c: ProtectionCaseView };

export function AssessmentSection({ c }: Props) {
  const { t, i18n } = useTranslation();
  const a = c.assessment;
  return (
    <>
      <h2>{t('protection.assessment.title')}</h2>
      {a ? (
        <div data-testid="assessment">
          <p className="muted">
            {t(`protection.assessment.forms.${a.form}`)} · {formatCalendarDate(a.assessedOn, i18n.language)}
          </p>
          <dl className="facts">
            {ALL_NEED_AREAS.flatMap((area) => (a.needs[area] ? [[area, a.needs[area]] as const] : [])).map(
              ([area, r]) => (
                <div key={area}>
                  <dt>{t(`protection.assessment.areas.${area}`)}</dt>
                  <dd>
                    {t(`protection.assessment.levels.${r.level}`)}
                    {r.notes ? `: ${r.notes}` : ''}
                  </dd>
                </div>
              ),
            )}
          </dl>
        </div>
      ) : (
        <p className="empty">{t('protection.assessment.none')}</p>
      )}
      {c.allowedActions.includes('update') && <AssessmentForm c={c} />}
      {c.plan && (
        <div data-testid="plan">
          <h3>
            {t('protection.plan.title')} ({t(`protection.approvals.statuses.${c.plan.status}`)})
          </h3>
          <ul>
            {c.plan.goals.map((g) => (
              <li key={`${g.area}-${g.goal}`}>
                {t(`protection.assessment.areas.${g.area}`)}: {g.goal} (
                {formatCalendarDate(g.dueOn, i18n.language)}){g.done ? ` ✓ ${t('protection.plan.done')}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.allowedActions.includes('update') && c.assessment && <PlanForm c={c} />}
    </>
  );
}

function AssessmentForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const form = c.child ? 'child' : 'adult';
  const areas = FORM_AREAS[form];
  const [assessedOn, setAssessedOn] = useState(today());
  const [needs, setNeeds] = useState<Record<string, { level: string; notes: string }>>(() =>
    Object.fromEntries(areas.map((a) => [a, { level: c.assessment?.needs[a]?.level ?? 'none', notes: '' }])),
  );
  const save = useMutation({
    mutationFn: () =>
      recordAssessment(c.id, {
        form,
        assessedOn,
        needs: Object.fromEntries(
          Object.entries(needs).map(([a, r]) => [
            a,
            { level: r.level as never, ...(r.notes ? { notes: r.notes } : {}) },
          ]),
        ),
      }),
    onSuccess: changed,
  });
  return (
    <FoldForm
      title={t('protection.assessment.record', { form: t(`protection.assessment.forms.${form}`) })}
      testId="assessment-form"
      action={save}
      submit={t('protection.record')}
    >
      <label>
        <span>{t('protection.assessment.assessedOn')}</span>
        <input type="date" value={assessedOn} max={today()} onChange={(e) => setAssessedOn(e.target.value)} />
      </label>
      {areas.map((area) => (
        <fieldset key={area} className="need">
          <legend>{t(`protection.assessment.areas.${area}`)}</legend>
          <select
            aria-label={t(`protection.assessment.areas.${area}`)}
            value={needs[area]!.level}
            onChange={(e) => setNeeds((n) => ({ ...n, [area]: { ...n[area]!, level: e.target.value } }))}
          >
            {NEED_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`protection.assessment.levels.${l}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('protection.assessment.notes')}
            placeholder={t('protection.assessment.notes')}
            value={needs[area]!.notes}
            onChange={(e) => setNeeds((n) => ({ ...n, [area]: { ...n[area]!, notes: e.target.value } }))}
          />
        </fieldset>
      ))}
    </FoldForm>
  );
}

function PlanForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const areas = FORM_AREAS[c.child ? 'child' : 'adult'];
  const pressing = Object.entries(c.assessment?.needs ?? {})
    .filter(([, r]) => r.level === 'high' || r.level === 'urgent')
    .map(([a]) => a);
  const [goals, setGoals] = useState(() =>
    (pressing.length ? pressing : [areas[0]!]).map((area) => ({ area, goal: '', dueOn: inDays(14) })),
  );
  const submit = useMutation({
    mutationFn: () =>
      submitPlan(c.id, { goals: goals.map((g) => ({ ...g, done: false })), version: c.version }),
    onSuccess: changed,
  });
  if (c.approvals.some((a) => a.kind === 'case_plan' && a.status === 'pending')) return null;
  const set = (i: number, change: Partial<(typeof goals)[number]>) =>
    setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...change } : g)));
  return (
    <FoldForm
      title={t('protection.plan.submit')}
      testId="plan-form"
      action={submit}
      submit={t('protection.plan.submit')}
    >
      {goals.map((g, i) => (
        <fieldset key={`goal-${i.toString()}`} className="need">
          <legend>{t('protection.plan.goal', { n: i + 1 })}</legend>
          <select
            aria-label={t('protection.plan.area')}
            value={g.area}
            onChange={(e) => set(i, { area: e.target.value })}
          >
            {areas.map((a) => (
              <option key={a} value={a}>
                {t(`protection.assessment.areas.${a}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('protection.plan.goalText')}
            placeholder={t('protection.plan.goalText')}
            value={g.goal}
            required
            minLength={3}
            onChange={(e) => set(i, { goal: e.target.value })}
          />
          <input
            type="date"
            aria-label={t('protection.plan.dueOn')}
            value={g.dueOn}
            min={today()}
            onChange={(e) => set(i, { dueOn: e.target.value })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setGoals((gs) => [...gs, { area: areas[0]!, goal: '', dueOn: inDays(14) }])}
      >
        {t('protection.plan.addGoal')}
      </button>
      <p className="muted">{t('protection.approvals.goesToApproval')}</p>
    </FoldForm>
  );
}

export function ReferralItem({
  r,
  canAnswer,
  onChanged,
  children,
}: {
  r: ServiceReferralView;
  canAnswer: boolean;
  onChanged: () => void;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const update = useMutation({
    mutationFn: (status: ServiceReferralView['status']) =>
      updateServiceReferral(r.id, { status, ...(reason ? { reason } : {}) }),
    onSuccess: onChanged,
  });
  const next: ServiceReferralView['status'][] =
    r.status === 'proposed'
      ? ['accepted', 'declined']
      : r.status === 'accepted'
        ? ['delivered', 'not_delivered']
        : [];
  return (
    <li className={r.overdue ? 'card alert' : 'card'} data-testid="service-referral">
      <p>
        <strong>{t(`protection.services.types.${r.service}`)}</strong> · {r.provider.name} ·{' '}
        {t(`protection.services.statuses.${r.status}`)}
        {r.overdue ? ` · ${t('protection.services.overdue')}` : ''}
        {r.byOverride ? ` · ${t('protection.services.byOverride')}` : ''}
      </p>
      <p className="muted">
        {t('protection.services.followUpOn')}: {formatCalendarDate(r.followUpOn, i18n.language)}
        {r.reason ? ` · ${r.reason}` : ''}
        {r.note ? ` · ${r.note}` : ''}
      </p>
      {children}
      {canAnswer && next.length > 0 && (
        <form onSubmit={(e) => e.preventDefault()}>
          <label>
            <span>{t('protection.services.reason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          {update.isError && <ErrorMessage error={update.error} />}
          <div className="actions">
            {next.map((s) => (
              <button
                key={s}
                type="button"
                className={s === 'declined' || s === 'not_delivered' ? 'secondary' : undefined}
                disabled={update.isPending}
                onClick={() => update.mutate(s)}
              >
                {t(`protection.services.mark.${s}`)}
              </button>
            ))}
          </div>
        </form>
      )}
    </li>
  );
}

export function ServicesSection({ c, refresh }: Props & { refresh: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('protection.services.title')}</h2>
      {c.serviceReferrals.length === 0 ? (
        <p className="empty">{t('protection.services.none')}</p>
      ) : (
        <ul className="plain">
          {c.serviceReferrals.map((r) => (
            <ReferralItem
              key={r.id}
              r={r}
              canAnswer={c.allowedActions.includes('refer_to_service')}
              onChanged={refresh}
            />
          ))}
        </ul>
      )}
      {c.allowedActions.includes('refer_to_service') && <ReferForm c={c} />}
    </>
  );
}

function ReferForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const agencies = useAgencies(c.jurisdiction, c.agency.id);
  const [providerAgencyId, setProvider] = useState('');
  const [service, setService] = useState<string>('shelter');
  const [followUpOn, setFollowUpOn] = useState(inDays(3));
  const [note, setNote] = useState('');
  const override = c.overrides.find(
    (o) => o.purpose === 'service_referral' && o.recipientAgency?.id === providerAgencyId,
  );
  const refer = useMutation({
    mutationFn: () =>
      referToService(c.id, {
        providerAgencyId,
        service: service as never,
        followUpOn,
        ...(note ? { note } : {}),
        ...(override ? { overrideId: override.id } : {}),
      }),
    onSuccess: changed,
  });
  return (
    <FoldForm
      title={t('protection.services.refer')}
      testId="refer-form"
      action={refer}
      submit={t('protection.services.refer')}
    >
      <AgencySelect
        label={t('protection.services.provider')}
        agencies={agencies}
        value={providerAgencyId}
        onChange={setProvider}
      />
      <label>
        <span>{t('protection.services.service')}</span>
        <select value={service} onChange={(e) => setService(e.target.value)}>
          {SERVICE_TYPES.map((s) => (
            <option key={s} value={s}>
              {t(`protection.services.types.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('protection.services.followUpOn')}</span>
        <input type="date" value={followUpOn} min={today()} onChange={(e) => setFollowUpOn(e.target.value)} />
      </label>
      <label>
        <span>{t('protection.services.note')}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <p className="muted">{t('protection.services.sharedOnly')}</p>
    </FoldForm>
  );
}
