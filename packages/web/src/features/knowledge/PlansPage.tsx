/**
 * Action plans, per year or per theme, after EMPACT's operational actions: each with a leader from
 * the directory and participating jurisdictions, its action points and how far they have come.
 */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { JURISDICTIONS, may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { ActionPointForm, ActionPointList } from './ActionPoints.tsx';
import { createPlan, getPlan, KNOWLEDGE, knowledgeKeys, listPlans } from './api.ts';
import {
  ContactPicker,
  KnowledgeTabs,
  MarkdownField,
  type PickedContact,
  RenderedMarkdown,
} from './Shared.tsx';

export function PlansPage() {
  const me = useSignedIn();
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const plans = useQuery({ queryKey: knowledgeKeys.plans, queryFn: listPlans });
  return (
    <section>
      <div className="page-head">
        <h1>{t('knowledge.plans.title')}</h1>
        {may(me.roles, 'leadActionPlans') && !adding && (
          <div className="actions">
            <button type="button" onClick={() => setAdding(true)}>
              {t('knowledge.plans.new')}
            </button>
          </div>
        )}
      </div>
      <KnowledgeTabs />
      <p className="lead">{t('knowledge.plans.intro')}</p>
      {adding && <PlanForm onCancel={() => setAdding(false)} />}
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorMessage error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data?.length === 0 && <p>{t('knowledge.plans.none')}</p>}
      <ul className="cards">
        {plans.data?.map((p) => (
          <li key={p.id} className="card">
            <h2 className="card-title">
              <Link to="/knowledge/plans/$planId" params={{ planId: p.id }}>
                {p.title}
              </Link>
            </h2>
            <p className="message-meta">
              {p.year ?? ''} {p.theme && `· ${p.theme}`} · {t('knowledge.plans.leader')}: {p.leader.name},{' '}
              {p.leader.agency} <span className="badge jurisdiction">{p.leader.jurisdiction}</span>
            </p>
            <p className="muted">
              {t('knowledge.plans.progress', {
                done: p.counts.done,
                total: p.counts.total - p.counts.cancelled,
                overdue: p.counts.overdue,
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PlanForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [theme, setTheme] = useState('');
  const [leader, setLeader] = useState<PickedContact | null>(null);
  const [jurisdictions, setJurisdictions] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const save = useMutation({
    mutationFn: () =>
      createPlan({
        title,
        year: year ? Number(year) : null,
        theme,
        leaderContactPointId: leader?.id,
        jurisdictions,
        description,
      }),
    onSuccess: (p) => {
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      navigate({ to: '/knowledge/plans/$planId', params: { planId: p.id } });
    },
  });
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form
      className="form-grid card"
      aria-label={t('knowledge.plans.new')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('knowledge.plans.titleField')} error={error('title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t('knowledge.plans.year')} error={error('year')}>
        <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />
      </Field>
      <Field label={t('knowledge.plans.theme')} error={error('theme')}>
        <input value={theme} onChange={(e) => setTheme(e.target.value)} maxLength={200} />
      </Field>
      {leader ? (
        <p>
          {t('knowledge.plans.leader')}: <strong>{leader.name}</strong>, {leader.agency}{' '}
          <button type="button" className="secondary small" onClick={() => setLeader(null)}>
            {t('knowledge.actions.changeOwner')}
          </button>
        </p>
      ) : (
        <ContactPicker label={t('knowledge.plans.findLeader')} onPick={setLeader} />
      )}
      <CheckboxGroup
        legend={t('knowledge.plans.jurisdictions')}
        options={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
        selected={jurisdictions}
        onChange={setJurisdictions}
      />
      <Field label={t('knowledge.plans.description')} error={error('description')}>
        <MarkdownField value={description} onChange={setDescription} rows={5} />
      </Field>
      {save.isError && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending || !leader} onCancel={onCancel} />
    </form>
  );
}

export function PlanPage() {
  const { planId } = useParams({ from: '/knowledge/plans/$planId' });
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const plan = useQuery({ queryKey: knowledgeKeys.plan(planId), queryFn: () => getPlan(planId) });
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => plan.refetch()} />;
  const p = plan.data;
  return (
    <section>
      <KnowledgeTabs />
      <h1>{p.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('knowledge.plans.leader')}</dt>
          <dd>
            {p.leader.name}, {p.leader.agency}{' '}
            <span className="badge jurisdiction">{p.leader.jurisdiction}</span>
          </dd>
        </div>
        {p.year && (
          <div>
            <dt>{t('knowledge.plans.year')}</dt>
            <dd>{p.year}</dd>
          </div>
        )}
        {p.theme && (
          <div>
            <dt>{t('knowledge.plans.theme')}</dt>
            <dd>{p.theme}</dd>
          </div>
        )}
        <div>
          <dt>{t('knowledge.plans.jurisdictions')}</dt>
          <dd>{p.jurisdictions.map((j) => t(`jurisdictions.${j}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('knowledge.followUp.shareDone')}</dt>
          <dd>
            {t('knowledge.plans.progress', {
              done: p.counts.done,
              total: p.counts.total - p.counts.cancelled,
              overdue: p.counts.overdue,
            })}
          </dd>
        </div>
      </dl>
      <RenderedMarkdown value={p.description} />
      {p.meetings.length > 0 && (
        <section>
          <h2>{t('knowledge.meetings.title')}</h2>
          <ul className="plain">
            {p.meetings.map((m) => (
              <li key={m.id}>
                <Link to="/knowledge/meetings/$meetingId" params={{ meetingId: m.id }}>
                  {m.title}
                </Link>{' '}
                <span className="muted">{formatDateTime(m.startsAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('knowledge.actions.title')}</h2>
        <ActionPointList points={p.actionPoints} />
        {p.allowedActions.includes('add_action') && (
          <details className="add">
            <summary>{t('knowledge.actions.add')}</summary>
            <ActionPointForm
              planId={p.id}
              onSaved={() => client.invalidateQueries({ queryKey: knowledgeKeys.plan(planId) })}
            />
          </details>
        )}
      </section>
    </section>
  );
}
