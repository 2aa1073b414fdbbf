/** The meetings the user's jurisdiction takes part in, newest first, and planning a new one. */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { JURISDICTIONS, may } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { createMeeting, KNOWLEDGE, knowledgeKeys, listMeetings } from './api.ts';
import { KnowledgeTabs, MarkdownField } from './Shared.tsx';

export function MeetingsPage() {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const [planning, setPlanning] = useState(false);
  const meetings = useQuery({ queryKey: knowledgeKeys.meetings, queryFn: () => listMeetings() });
  return (
    <section>
      <div className="page-head">
        <h1>{t('knowledge.meetings.title')}</h1>
        {may(me.roles, 'organiseMeetings') && !planning && (
          <div className="actions">
            <button type="button" onClick={() => setPlanning(true)}>
              {t('knowledge.meetings.plan')}
            </button>
          </div>
        )}
      </div>
      <KnowledgeTabs />
      {planning && <MeetingForm onCancel={() => setPlanning(false)} />}
      {meetings.isPending && <Loading />}
      {meetings.isError && <ErrorMessage error={meetings.error} onRetry={() => meetings.refetch()} />}
      {meetings.data?.length === 0 && <p>{t('knowledge.meetings.none')}</p>}
      <ul className="cards">
        {meetings.data?.map((m) => (
          <li key={m.id} className="card">
            <h2 className="card-title">
              <Link to="/knowledge/meetings/$meetingId" params={{ meetingId: m.id }}>
                {m.title}
              </Link>
            </h2>
            <p className="message-meta">
              {formatDateTime(m.startsAt, i18n.language)} · {m.place} ·{' '}
              <span className="badge">{t(`knowledge.meetingStatus.${m.status}`)}</span>{' '}
              <span className={m.minutesStatus === 'approved' ? 'badge done' : 'badge'}>
                {t(`knowledge.minutesStatus.${m.minutesStatus}`)}
              </span>
            </p>
            <p className="muted">
              {t('knowledge.meetings.organisedBy', { agency: m.organiser.agency })} ·{' '}
              {t('knowledge.meetings.participantCount', { count: m.participantCount })} ·{' '}
              {t('knowledge.meetings.openActions', { count: m.openActionPoints })} ·{' '}
              {m.jurisdictions.join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Local date and time of a datetime-local input as an ISO moment with the browser's offset. */
export function isoFromLocal(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function MeetingForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [jurisdictions, setJurisdictions] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: () =>
      createMeeting({
        title,
        startsAt: isoFromLocal(startsAt),
        endsAt: isoFromLocal(endsAt),
        place,
        agenda,
        jurisdictions,
      }),
    onSuccess: (m) => {
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      navigate({ to: '/knowledge/meetings/$meetingId', params: { meetingId: m.id } });
    },
  });
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form
      className="form-grid card"
      aria-label={t('knowledge.meetings.plan')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('knowledge.meetings.titleField')} error={error('title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t('knowledge.meetings.starts')} error={error('startsAt')}>
        <input
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          required
        />
      </Field>
      <Field label={t('knowledge.meetings.ends')} error={error('endsAt')}>
        <input type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
      </Field>
      <Field label={t('knowledge.meetings.place')} error={error('place')}>
        <input value={place} onChange={(e) => setPlace(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t('knowledge.meetings.agenda')} error={error('agenda')}>
        <MarkdownField value={agenda} onChange={setAgenda} rows={6} />
      </Field>
      <CheckboxGroup
        legend={t('knowledge.meetings.jurisdictions')}
        options={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
        selected={jurisdictions}
        onChange={setJurisdictions}
      />
      <p className="muted">{t('knowledge.meetings.participantsLater')}</p>
      {save.isError && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onCancel} />
    </form>
  );
}
