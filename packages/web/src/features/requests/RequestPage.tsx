/**
 * One request and its thread: who asked whom, when it is due, who acknowledged it and when, the
 * replies with what each shared (under its handling code, with where it came from), files, the
 * status timeline, and the steps the reader may take now: acknowledge, start, reply (sharing
 * fields of their own records), close, reopen, forward.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { HANDLING_CODES, may, type RequestAction, type Share } from '@veza/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import type { RequestThread, SharedSnapshot } from '../../types.ts';
import { NOTIFICATIONS } from '../notifications/api.ts';
import { OpenCase } from '../protection/OpenCase.tsx';
import { discardDraft, getThread, REQUESTS, replyTo, requestKeys, takeStep, uploadFiles } from './api.ts';
import { ForwardDialog } from './ForwardDialog.tsx';
import { shownValue, useDateTime } from './format.ts';
import { type ChosenShare, ShareDialog } from './ShareDialog.tsx';

export function RequestPage() {
  const { requestId } = useParams({ from: '/requests/$requestId' });
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formatDate = useDateTime();
  const me = useSignedIn();
  const thread = useQuery({
    queryKey: requestKeys.thread(requestId),
    queryFn: () => getThread(requestId),
    refetchInterval: 10_000,
  });
  const adopt = (next: RequestThread) => {
    queryClient.setQueryData(requestKeys.thread(requestId), next);
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists });
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS });
  };
  const step = useMutation({
    mutationFn: (name: RequestAction) => takeStep(requestId, name),
    onSuccess: adopt,
  });
  const discard = useMutation({
    mutationFn: () => discardDraft(requestId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: REQUESTS });
      navigate({ to: '/requests' });
    },
  });
  const [forwarding, setForwarding] = useState(false);
  const attach = useMutation({
    mutationFn: async (files: File[]) => {
      await uploadFiles(requestId, files);
      return getThread(requestId);
    },
    onSuccess: adopt,
  });

  if (thread.isPending) return <Loading />;
  if (thread.isError) return <ErrorMessage error={thread.error} onRetry={() => thread.refetch()} />;
  const r = thread.data;
  const can = (action: RequestAction) => r.allowedActions.includes(action);
  const sharesOf = (messageId: string | null) => r.shares.filter((s) => s.messageId === messageId);
  const filesOf = (messageId: string | null) => r.attachments.filter((a) => a.messageId === messageId);

  const screeningLink = r.links.find((l) => l.kind === 'screening' && l.id);
  const opensProtectionCase =
    r.type === 'victim_referral' && r.to.agency.id === me.agency.id && may(me.roles, 'openProtectionCases');
  return (
    <article className={r.alerting ? 'request alert' : 'request'}>
      <h1>{r.subject}</h1>
      <p>
        {r.alerting && <span className="badge urgent">{t('requests.alerting')}</span>}{' '}
        <span className="badge">{t(`requests.types.${r.type}`)}</span>{' '}
        <span className={`badge ${r.priority}`}>{t(`requests.priorities.${r.priority}`)}</span>{' '}
        <span className="badge" data-testid="request-status">
          {t(`requests.statuses.${r.status}`)}
        </span>{' '}
        <span className="badge">{r.handlingCode}</span>
        {r.overdue && <span className="badge overdue">{t('requests.overdue')}</span>}
      </p>
      <dl className="facts">
        <dt>{t('requests.from')}</dt>
        <dd>
          <span className="badge jurisdiction">{r.from.jurisdiction}</span> {r.from.agency.name} ·{' '}
          {t('requests.by', { name: r.from.by })}
        </dd>
        <dt>{t('requests.to')}</dt>
        <dd>
          <span className="badge jurisdiction">{r.to.jurisdiction}</span> {r.to.agency.name}
          {r.to.contactPoint ? ` · ${r.to.contactPoint.name}` : ''}
        </dd>
        {r.sentAt && (
          <>
            <dt>{t('requests.sentAt')}</dt>
            <dd>{formatDate(r.sentAt)}</dd>
          </>
        )}
        {r.deadline && (
          <>
            <dt>{t('requests.deadline')}</dt>
            <dd>{formatDate(r.deadline)}</dd>
          </>
        )}
        <dt>{t('requests.acknowledgement')}</dt>
        <dd data-testid="acknowledgement">
          {r.acknowledgedAt && r.acknowledgedBy
            ? t('requests.acknowledgedBy', { name: r.acknowledgedBy, time: formatDate(r.acknowledgedAt) })
            : t('requests.notAcknowledged')}
        </dd>
        {r.answeredAt && (
          <>
            <dt>{t('requests.answeredAt')}</dt>
            <dd>{formatDate(r.answeredAt)}</dd>
          </>
        )}
        {r.links.length > 0 && (
          <>
            <dt>{t('requests.links')}</dt>
            <dd>
              <ul>
                {r.links.map((l, i) => (
                  <li key={`${l.kind}:${l.id ?? i}`}>
                    {l.label && l.kind === 'screening' && l.id ? (
                      <>
                        {t('requests.linkKinds.screening')}:{' '}
                        <Link to="/screening/$screeningId" params={{ screeningId: l.id }}>
                          {screeningLabel(l.label, t, i18n.language)}
                        </Link>
                      </>
                    ) : l.label && l.kind === 'case' && l.id ? (
                      <>
                        {t('requests.linkKinds.case')}:{' '}
                        <Link to="/cases/$caseId" params={{ caseId: l.id }}>
                          {l.label}
                        </Link>
                      </>
                    ) : l.label ? (
                      `${t(`requests.linkKinds.${l.kind}`)}: ${l.label}`
                    ) : (
                      t('requests.linkedElsewhere', {
                        kind: t(`requests.linkKinds.${l.kind}`),
                        jurisdiction: l.jurisdiction,
                      })
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {opensProtectionCase && (
        <OpenCase
          referralRequestId={r.id}
          {...(screeningLink?.id ? { screeningId: screeningLink.id } : {})}
          title={t('protection.openFromReferral')}
        />
      )}
      <p className="message card">{r.body}</p>
      <Shares shares={sharesOf(null)} />
      <Files requestId={r.id} files={filesOf(null)} />

      <div className="actions">
        {(['acknowledge', 'start', 'send', 'close', 'reopen'] as const).filter(can).map((name) => (
          <button key={name} type="button" disabled={step.isPending} onClick={() => step.mutate(name)}>
            {t(`requests.actions.${name}`)}
          </button>
        ))}
        {can('forward') && (
          <button type="button" className="secondary" onClick={() => setForwarding(true)}>
            {t('requests.actions.forward')}
          </button>
        )}
        {can('discard') && (
          <button type="button" className="danger" onClick={() => discard.mutate()}>
            {t('requests.actions.discard')}
          </button>
        )}
      </div>
      {step.error && <ErrorMessage error={step.error} />}
      {forwarding && <ForwardDialog request={r} onClose={() => setForwarding(false)} />}

      <h2>{t('requests.thread')}</h2>
      {r.messages.length === 0 && <p className="muted">{t('requests.noReplies')}</p>}
      <ol className="thread">
        {r.messages.map((m) => (
          <li key={m.id} className="card">
            <p className="message-meta">
              <span className="badge jurisdiction">{m.jurisdiction}</span> {m.agency} · {m.author} ·{' '}
              {formatDate(m.createdAt)} · {m.handlingCode}
            </p>
            <p className="message">{m.body}</p>
            <Shares shares={sharesOf(m.id)} />
            <Files requestId={r.id} files={filesOf(m.id)} />
          </li>
        ))}
      </ol>
      {can('reply') && <ReplyForm request={r} onReplied={adopt} />}
      {/* Files travel with a reply; only a reader who cannot reply attaches them on their own. */}
      {can('attach') && !can('reply') && (
        <Field label={t('requests.attach')} error={fieldError(attach.error, 'file')}>
          <input
            type="file"
            multiple
            disabled={attach.isPending}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length) attach.mutate(files);
              e.target.value = '';
            }}
          />
        </Field>
      )}

      <h2>{t('requests.timeline')}</h2>
      <ol className="timeline">
        {r.timeline.map((e) => (
          <li key={`${e.event}:${e.at}`}>
            <strong>{t(`requests.events.${e.event}`, { defaultValue: e.event })}</strong> · {formatDate(e.at)}
            {e.by ? ` · ${e.by}` : ''}
            {e.jurisdiction ? ` (${e.jurisdiction})` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}

function Shares({ shares }: { shares: SharedSnapshot[] }) {
  const { t } = useTranslation();
  const formatDate = useDateTime();
  if (shares.length === 0) return null;
  return (
    <>
      {shares.map((s) => (
        <section key={s.id} className="card shared" aria-label={t('requests.shared')}>
          <h3>
            {t('requests.shared')} · {t(`requests.linkKinds.${s.kind}`)} · {s.handlingCode}
          </h3>
          <dl className="facts">
            {s.fields.map((f) => (
              <div key={f} style={{ display: 'contents' }}>
                <dt>{t(`requests.fields.${f}`, { defaultValue: f })}</dt>
                <dd>{shownValue(s.values[f])}</dd>
              </div>
            ))}
          </dl>
          <ol className="origin">
            {s.origin.map((o) => (
              <li key={`${o.how}:${o.at}`}>
                {t(o.how === 'shared' ? 'requests.sharedBy' : 'requests.forwardedBy', {
                  agency: o.agency,
                  jurisdiction: o.jurisdiction,
                  by: o.by,
                  time: formatDate(o.at),
                })}
              </li>
            ))}
          </ol>
          {!s.forwardable && <p className="muted">{t('requests.notForwardable')}</p>}
        </section>
      ))}
    </>
  );
}

function Files({ requestId, files }: { requestId: string; files: RequestThread['attachments'] }) {
  if (files.length === 0) return null;
  return (
    <ul className="files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/requests/${requestId}/attachments/${f.id}`}>{f.filename}</a>{' '}
          <span className="muted">({Math.max(1, Math.round(f.sizeBytes / 1024))} KB)</span>
        </li>
      ))}
    </ul>
  );
}

function ReplyForm({
  request,
  onReplied,
}: {
  request: RequestThread;
  onReplied: (next: RequestThread) => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [handlingCode, setHandlingCode] = useState<string>(request.handlingCode);
  const [answers, setAnswers] = useState(request.allowedActions.includes('answer'));
  const [shares, setShares] = useState<ChosenShare[]>([]);
  const [choosing, setChoosing] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const send = useMutation({
    mutationFn: async () => {
      const next = await replyTo(request.id, {
        body,
        handlingCode,
        answers,
        shares: shares.map(({ kind, id, fields }): Share => ({ kind, id, fields })),
      });
      const mine = next.messages[next.messages.length - 1];
      if (files.length && mine) {
        await uploadFiles(request.id, files, mine.id);
        return getThread(request.id);
      }
      return next;
    },
    onSuccess: (next) => {
      setBody('');
      setShares([]);
      setFiles([]);
      onReplied(next);
    },
  });
  return (
    <form
      className="form-grid card"
      aria-label={t('requests.reply')}
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <h2>{t('requests.reply')}</h2>
      <Field label={t('requests.replyBody')} error={fieldError(send.error, 'body')}>
        <textarea rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
      </Field>
      <Field label={t('common.handlingCode')} error={fieldError(send.error, 'handlingCode')}>
        <select value={handlingCode} onChange={(e) => setHandlingCode(e.target.value)}>
          {HANDLING_CODES.map((c) => (
            <option key={c} value={c}>
              {c} · {t(`requests.handlingCodes.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      {request.allowedActions.includes('answer') && (
        <label className="inline">
          <input type="checkbox" checked={answers} onChange={(e) => setAnswers(e.target.checked)} />{' '}
          {t('requests.answers')}
        </label>
      )}
      {shares.length > 0 && (
        <ul aria-label={t('requests.toShare')}>
          {shares.map((s, i) => (
            <li key={`${s.kind}:${s.id}`}>
              {s.label}: {s.fields.map((f) => t(`requests.fields.${f}`)).join(', ')}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => setShares(shares.filter((_, k) => k !== i))}
              >
                {t('requests.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setChoosing(true)}>
          {t('requests.shareFields')}
        </button>
        <label className="inline">
          {t('requests.attach')}{' '}
          <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </label>
      </div>
      {choosing && (
        <ShareDialog
          requestId={request.id}
          onClose={() => setChoosing(false)}
          onChoose={(share) => {
            setShares([...shares.filter((s) => s.id !== share.id), share]);
            setChoosing(false);
          }}
        />
      )}
      {send.error && <ErrorMessage error={send.error} />}
      <div className="actions">
        <button type="submit" disabled={send.isPending || !body.trim()}>
          {t('requests.sendReply')}
        </button>
      </div>
    </form>
  );
}

/** A linked screening's label as the server keeps it ("2026-11-30, presumed victim"), in the reader's words. */
function screeningLabel(label: string, t: TFunction, language: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}), (.+)$/.exec(label);
  if (!m) return label;
  const outcome = m[2]!.replaceAll(' ', '_');
  return `${formatCalendarDate(m[1]!, language)}, ${t(`screening.outcomeShort.${outcome}`, { defaultValue: m[2] })}`;
}
