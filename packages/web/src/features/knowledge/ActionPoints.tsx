/**
 * Action points where they are listed (a meeting, a plan, the follow-up): each with its owner from
 * the directory, due date and standing, and for who may, a form to record progress, change the
 * status and give the result; and the form that sets a new one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ACTION_STATUSES, type ActionStatus, JURISDICTIONS } from '@veza/core';
import type { ActionPointView } from '@veza/core/api/knowledge';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { formatCalendarDate, formatDateTime } from '../../i18n/format.ts';
import { createActionPoint, getActionPoint, KNOWLEDGE, knowledgeKeys, recordProgress } from './api.ts';
import { ContactPicker, type PickedContact } from './Shared.tsx';

const STANDING_CLASS: Record<string, string> = {
  overdue: 'badge overdue',
  due_soon: 'badge high',
  done: 'badge done',
  cancelled: 'badge',
  open: 'badge',
};

export function Standing({ point }: { point: Pick<ActionPointView, 'standing'> }) {
  const { t } = useTranslation();
  return <span className={STANDING_CLASS[point.standing]}>{t(`knowledge.standing.${point.standing}`)}</span>;
}

export function ActionPointList({ points, empty }: { points: ActionPointView[]; empty?: string }) {
  const { t } = useTranslation();
  if (points.length === 0) return <p className="muted">{empty ?? t('knowledge.actions.none')}</p>;
  return (
    <ul className="cards action-points">
      {points.map((p) => (
        <ActionPointCard key={p.id} point={p} />
      ))}
    </ul>
  );
}

function ActionPointCard({ point: p }: { point: ActionPointView }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <li className="card" aria-labelledby={titleId}>
      <h3 className="card-title" id={titleId}>
        {p.decision && <span className="muted">({p.decision.position}) </span>}
        {p.title}
      </h3>
      <p className="message-meta">
        <Standing point={p} /> <span className="badge">{t(`knowledge.actionStatus.${p.status}`)}</span>{' '}
        {t('knowledge.actions.dueOn', { date: formatCalendarDate(p.dueOn, i18n.language) })}
      </p>
      <p>
        {t('knowledge.actions.owner')}: <strong>{p.owner.name}</strong>, {p.owner.agency}{' '}
        <span className="badge jurisdiction">{p.owner.jurisdiction}</span>
        {p.jurisdictions.length > 0 && (
          <>
            {' · '}
            {t('knowledge.actions.jurisdictions')}: {p.jurisdictions.join(', ')}
          </>
        )}
      </p>
      {(p.meeting || p.plan) && (
        <p className="muted">
          {p.meeting && t('knowledge.actions.fromMeeting', { title: p.meeting.title })}
          {p.meeting && p.plan && ' · '}
          {p.plan && t('knowledge.actions.inPlan', { title: p.plan.title })}
        </p>
      )}
      {p.description && <p className="pre-wrap">{p.description}</p>}
      {p.result && (
        <p>
          <strong>{t('knowledge.actions.result')}:</strong> {p.result}
        </p>
      )}
      <button type="button" className="secondary small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {p.allowedActions.includes('progress')
          ? t('knowledge.actions.progressAndRecord')
          : t('knowledge.actions.progress')}
      </button>
      {open && (
        <Progress
          point={p}
          onDone={() => setOpen(false)}
          formatWhen={(iso) => formatDateTime(iso, i18n.language)}
        />
      )}
    </li>
  );
}

function Progress({
  point,
  onDone,
  formatWhen,
}: {
  point: ActionPointView;
  onDone: () => void;
  formatWhen: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: knowledgeKeys.actionPoint(point.id),
    queryFn: () => getActionPoint(point.id),
  });
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<ActionStatus>(point.status);
  const [result, setResult] = useState(point.result);
  const save = useMutation({
    mutationFn: () =>
      recordProgress(point.id, {
        note,
        status,
        ...(status === 'done' || result !== point.result ? { result } : {}),
        version: detail.data?.version ?? point.version,
      }),
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.actionPoint(point.id), saved);
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      setNote('');
      if (saved.status === 'done' || saved.status === 'cancelled') onDone();
    },
  });
  return (
    <div className="progress">
      {detail.isError && <ErrorMessage error={detail.error} />}
      {detail.data && detail.data.progress.length === 0 && (
        <p className="muted">{t('knowledge.actions.noProgress')}</p>
      )}
      <ol className="timeline">
        {detail.data?.progress.map((entry) => (
          <li key={entry.id}>
            <span className="muted">
              {formatWhen(entry.at)}, {entry.by} ({entry.agency})
            </span>
            {entry.statusTo && (
              <>
                {' '}
                <span className="badge">{t(`knowledge.actionStatus.${entry.statusTo}`)}</span>
              </>
            )}
            {entry.note && <p className="pre-wrap">{entry.note}</p>}
          </li>
        ))}
      </ol>
      {point.allowedActions.includes('progress') && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Field label={t('knowledge.actions.note')} error={fieldError(save.error, 'note')}>
            <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
          </Field>
          <Field label={t('knowledge.actions.status')} error={fieldError(save.error, 'status')}>
            <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`knowledge.actionStatus.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {(status === 'done' || point.result) && (
            <Field label={t('knowledge.actions.result')} error={fieldError(save.error, 'result')}>
              <textarea
                rows={2}
                value={result}
                onChange={(e) => setResult(e.target.value)}
                maxLength={5000}
              />
            </Field>
          )}
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t('knowledge.actions.record')}
            </button>
          </div>
          {save.isError && !fieldError(save.error, 'result') && !fieldError(save.error, 'note') && (
            <ErrorMessage error={save.error} />
          )}
        </form>
      )}
    </div>
  );
}

/** Sets an action point at a meeting (from one of its decisions) or in a plan. */
export function ActionPointForm({
  meetingId,
  planId,
  decisions = [],
  onSaved,
}: {
  meetingId?: string;
  planId?: string;
  decisions?: { id: string; position: number; text: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<PickedContact | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [jurisdictions, setJurisdictions] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () =>
      createActionPoint({
        title,
        description,
        ownerContactPointId: owner?.id,
        dueOn,
        jurisdictions,
        meetingId: meetingId ?? null,
        planId: planId ?? null,
        decisionId: decisionId || null,
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      setTitle('');
      setDescription('');
      setOwner(null);
      setDueOn('');
      setDecisionId('');
      setJurisdictions([]);
      onSaved();
    },
  });
  return (
    <form
      className="form-grid card"
      aria-label={t('knowledge.actions.add')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('knowledge.actions.titleField')} error={fieldError(save.error, 'title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t('knowledge.actions.description')} error={fieldError(save.error, 'description')}>
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      {owner ? (
        <p>
          {t('knowledge.actions.owner')}: <strong>{owner.name}</strong>, {owner.agency}{' '}
          <span className="badge jurisdiction">{owner.jurisdiction}</span>{' '}
          <button type="button" className="secondary small" onClick={() => setOwner(null)}>
            {t('knowledge.actions.changeOwner')}
          </button>
        </p>
      ) : (
        <ContactPicker label={t('knowledge.actions.findOwner')} onPick={setOwner} />
      )}
      {fieldError(save.error, 'ownerContactPointId') && (
        <p className="field-error" role="alert">
          {t('knowledge.actions.ownerNeeded')}
        </p>
      )}
      <Field label={t('knowledge.actions.due')} error={fieldError(save.error, 'dueOn')}>
        <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />
      </Field>
      {decisions.length > 0 && (
        <Field label={t('knowledge.actions.decision')} error={fieldError(save.error, 'decisionId')}>
          <select value={decisionId} onChange={(e) => setDecisionId(e.target.value)}>
            <option value="">—</option>
            {decisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.position}. {d.text.slice(0, 80)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <CheckboxGroup
        legend={t('knowledge.actions.jurisdictions')}
        options={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
        selected={jurisdictions}
        onChange={setJurisdictions}
      />
      <div className="actions">
        <button type="submit" disabled={save.isPending || !owner}>
          {t('knowledge.actions.add')}
        </button>
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
