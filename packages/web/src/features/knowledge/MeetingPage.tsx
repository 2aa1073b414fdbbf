/**
 * One meeting: when and where, who organises it, its participants from the directory and their
 * answers, the agenda, the minutes the organisers draft and the organiser approves (then final),
 * its decisions and the action points that follow them, its files, and the minutes as PDF.
 */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { PARTICIPATION, type Participation } from '@veza/core';
import type { MeetingView } from '@veza/core/api/knowledge';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { ActionPointForm, ActionPointList } from './ActionPoints.tsx';
import {
  addDecision,
  answerInvitation,
  approveMinutes,
  getMeeting,
  KNOWLEDGE,
  knowledgeKeys,
  minutesPdfUrl,
  removeDecision,
  saveMinutes,
  setParticipants,
} from './api.ts';
import { ContactPicker, Files, KnowledgeTabs, MarkdownField, RenderedMarkdown } from './Shared.tsx';

export function MeetingPage() {
  const { meetingId } = useParams({ from: '/knowledge/meetings/$meetingId' });
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const meeting = useQuery({
    queryKey: knowledgeKeys.meeting(meetingId),
    queryFn: () => getMeeting(meetingId),
  });
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorMessage error={meeting.error} onRetry={() => meeting.refetch()} />;
  const m = meeting.data;
  const refresh = () => client.invalidateQueries({ queryKey: knowledgeKeys.meeting(meetingId) });
  const organises = m.allowedActions.includes('update');
  return (
    <section>
      <KnowledgeTabs />
      <div className="page-head">
        <h1>{m.title}</h1>
        <div className="actions">
          <a className="button secondary" href={minutesPdfUrl(m.id)} download>
            {t('knowledge.minutes.pdf')}
          </a>
        </div>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('knowledge.meetings.when')}</dt>
          <dd>
            {formatDateTime(m.startsAt, i18n.language)}
            {m.endsAt && ` – ${formatDateTime(m.endsAt, i18n.language)}`}
          </dd>
        </div>
        <div>
          <dt>{t('knowledge.meetings.place')}</dt>
          <dd>{m.place}</dd>
        </div>
        <div>
          <dt>{t('knowledge.meetings.organiser')}</dt>
          <dd>
            {m.organiser.name}, {m.organiser.agency}{' '}
            <span className="badge jurisdiction">{m.organiser.jurisdiction}</span>
          </dd>
        </div>
        <div>
          <dt>{t('knowledge.meetings.status')}</dt>
          <dd>
            {t(`knowledge.meetingStatus.${m.status}`)} · {t(`knowledge.minutesStatus.${m.minutesStatus}`)}
          </dd>
        </div>
        <div>
          <dt>{t('knowledge.meetings.jurisdictions')}</dt>
          <dd>{m.jurisdictions.map((j) => t(`jurisdictions.${j}`)).join(', ')}</dd>
        </div>
      </dl>
      <Participants meeting={m} organises={organises} />
      <section>
        <h2>{t('knowledge.meetings.agenda')}</h2>
        <RenderedMarkdown value={m.agenda} empty={t('knowledge.meetings.noAgenda')} />
      </section>
      <Minutes meeting={m} />
      <Decisions meeting={m} />
      <section>
        <h2>{t('knowledge.actions.title')}</h2>
        <ActionPointList points={m.actionPoints} />
        {m.allowedActions.includes('add_action') && (
          <details className="add">
            <summary>{t('knowledge.actions.add')}</summary>
            <ActionPointForm meetingId={m.id} decisions={m.decisions} onSaved={refresh} />
          </details>
        )}
      </section>
      <Files
        kind="meetings"
        ownerId={m.id}
        files={m.files}
        mayAttach={m.allowedActions.includes('attach')}
        refresh={refresh}
      />
    </section>
  );
}

function useMeetingChange<A>(meeting: MeetingView, change: (arg: A) => Promise<MeetingView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.meeting(meeting.id), saved);
      client.invalidateQueries({ queryKey: knowledgeKeys.meetings });
      client.invalidateQueries({ queryKey: [...KNOWLEDGE, 'follow-up'] });
    },
  });
}

function Participants({ meeting: m, organises }: { meeting: MeetingView; organises: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useMeetingChange(m, (list: { contactPointId: string; status: string }[]) =>
    setParticipants(m, list),
  );
  const answer = useMeetingChange(
    m,
    ({ contactPointId, status }: { contactPointId: string; status: string }) =>
      answerInvitation(m.id, contactPointId, status),
  );
  const current = m.participants.map((p) => ({
    contactPointId: p.contactPointId,
    status: p.status as string,
  }));
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('knowledge.participants.title')} ({m.participants.length})
      </h2>
      {m.participants.length === 0 && <p className="muted">{t('knowledge.participants.none')}</p>}
      {m.participants.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('knowledge.participants.name')}</th>
                <th>{t('knowledge.participants.agency')}</th>
                <th>{t('knowledge.participants.status')}</th>
              </tr>
            </thead>
            <tbody>
              {m.participants.map((p) => (
                <tr key={p.contactPointId}>
                  <td>
                    {p.name}
                    <br />
                    <span className="muted">{p.function}</span>
                  </td>
                  <td>
                    {p.agency} <span className="badge jurisdiction">{p.jurisdiction}</span>
                  </td>
                  <td>
                    {p.mayAnswer ? (
                      <select
                        aria-label={t('knowledge.participants.statusOf', { name: p.name })}
                        value={p.status}
                        onChange={(e) =>
                          answer.mutate({ contactPointId: p.contactPointId, status: e.target.value })
                        }
                      >
                        {PARTICIPATION.filter(
                          (s) => organises || s === 'confirmed' || s === 'declined' || s === p.status,
                        ).map((s) => (
                          <option key={s} value={s}>
                            {t(`knowledge.participation.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`knowledge.participation.${p.status}`)
                    )}{' '}
                    {organises && (
                      <button
                        type="button"
                        className="secondary small"
                        aria-label={t('knowledge.participants.removeNamed', { name: p.name })}
                        onClick={() =>
                          change.mutate(current.filter((c) => c.contactPointId !== p.contactPointId))
                        }
                      >
                        {t('knowledge.participants.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {organises && (
        <ContactPicker
          label={t('knowledge.participants.find')}
          onPick={(c) => {
            if (!current.some((p) => p.contactPointId === c.id))
              change.mutate([
                ...current,
                { contactPointId: c.id, status: 'invited' satisfies Participation },
              ]);
          }}
        />
      )}
      {change.isError && <ErrorMessage error={change.error} />}
      {answer.isError && <ErrorMessage error={answer.error} />}
    </section>
  );
}

function Minutes({ meeting: m }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const save = useMeetingChange(m, (minutes: string) => saveMinutes(m, minutes));
  const approve = useMeetingChange(m, () => approveMinutes(m));
  const editing = text !== null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('knowledge.minutes.title')}</h2>
      {m.minutesStatus !== 'none' && (
        <p className="muted">
          {m.minutesStatus === 'approved'
            ? t('knowledge.minutes.approvedBy', {
                name: m.minutesApprovedBy,
                date: m.minutesApprovedAt ? formatDateTime(m.minutesApprovedAt, i18n.language) : '',
              })
            : t('knowledge.minutesStatus.draft')}
        </p>
      )}
      {editing ? (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(text, { onSuccess: () => setText(null) });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('knowledge.minutes.text')}</label>
            <MarkdownField id={`${id}-text`} value={text} onChange={setText} rows={12} />
          </div>
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t('knowledge.minutes.saveDraft')}
            </button>
            <button type="button" className="secondary" onClick={() => setText(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <RenderedMarkdown value={m.minutes} empty={t('knowledge.minutes.none')} />
      )}
      <div className="actions">
        {!editing && m.allowedActions.includes('minutes') && (
          <button type="button" className="secondary" onClick={() => setText(m.minutes.markdown)}>
            {m.minutesStatus === 'none' ? t('knowledge.minutes.write') : t('knowledge.minutes.edit')}
          </button>
        )}
        {!editing && m.allowedActions.includes('approve_minutes') && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('knowledge.minutes.confirmApprove'))) approve.mutate(undefined);
            }}
          >
            {t('knowledge.minutes.approve')}
          </button>
        )}
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
      {approve.isError && <ErrorMessage error={approve.error} />}
    </section>
  );
}

function Decisions({ meeting: m }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = useMeetingChange(m, (value: string) => addDecision(m.id, value));
  const remove = useMeetingChange(m, (decisionId: string) => removeDecision(m.id, decisionId));
  const mayChange = m.allowedActions.includes('minutes');
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('knowledge.decisions.title')}</h2>
      {m.decisions.length === 0 && <p className="muted">{t('knowledge.decisions.none')}</p>}
      <ol className="decisions">
        {m.decisions.map((d) => (
          <li key={d.id}>
            {d.text}{' '}
            {mayChange && (
              <button type="button" className="secondary small" onClick={() => remove.mutate(d.id)}>
                {t('knowledge.decisions.remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {mayChange && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) add.mutate(text, { onSuccess: () => setText('') });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-new`}>{t('knowledge.decisions.add')}</label>
            <textarea id={`${id}-new`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="secondary" disabled={add.isPending || !text.trim()}>
              {t('knowledge.decisions.record')}
            </button>
          </div>
        </form>
      )}
      {add.isError && <ErrorMessage error={add.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
    </section>
  );
}
