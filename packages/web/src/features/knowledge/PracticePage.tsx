/**
 * One practice, case brief or lesson: its text (sanitised), a brief's sections, tags, the cases it
 * draws on (anonymised outside their jurisdiction), files, comments from the region, and its
 * versions with who changed what, any of which its agency can bring back.
 */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { BRIEF_SECTIONS } from '@veza/core';
import type { PracticeView } from '@veza/core/api/knowledge';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate, formatDateTime, languageName } from '../../i18n/format.ts';
import {
  addComment,
  deleteComment,
  deletePractice,
  getPractice,
  KNOWLEDGE,
  knowledgeKeys,
  practiceComments,
  practiceVersions,
  publishPractice,
  restoreVersion,
} from './api.ts';
import { PracticeForm } from './PracticeForm.tsx';
import { Files, KnowledgeTabs, RenderedMarkdown } from './Shared.tsx';

export function PracticePage() {
  const { practiceId } = useParams({ from: '/knowledge/practices/$practiceId' });
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const practice = useQuery({
    queryKey: knowledgeKeys.practice(practiceId),
    queryFn: () => getPractice(practiceId),
  });
  if (practice.isPending) return <Loading />;
  if (practice.isError) return <ErrorMessage error={practice.error} onRetry={() => practice.refetch()} />;
  const p = practice.data;
  const refresh = () => {
    client.invalidateQueries({ queryKey: knowledgeKeys.practice(practiceId) });
    client.invalidateQueries({ queryKey: KNOWLEDGE });
  };
  return (
    <section>
      <KnowledgeTabs />
      {editing ? (
        <>
          <h1>{t('knowledge.practices.edit')}</h1>
          <PracticeForm practice={p} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </>
      ) : (
        <PracticeBody practice={p} onEdit={() => setEditing(true)} />
      )}
      <Files
        kind="practices"
        ownerId={p.id}
        files={p.files}
        mayAttach={p.allowedActions.includes('attach')}
        refresh={refresh}
      />
      <Comments practice={p} />
      <Versions practice={p} />
    </section>
  );
}

function PracticeBody({ practice: p, onEdit }: { practice: PracticeView; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const publish = useMutation({
    mutationFn: () => publishPractice(p),
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.practice(p.id), saved);
      client.invalidateQueries({ queryKey: KNOWLEDGE });
    },
  });
  const remove = useMutation({
    mutationFn: () => deletePractice(p),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      navigate({ to: '/knowledge' });
    },
  });
  const tagLabels = [
    ...p.tags.pillars.map((k) => t(`knowledge.pillars.${k}`)),
    ...p.tags.crimes.map((k) => t(`knowledge.crimes.${k}`)),
    ...p.tags.exploitation.map((k) => t(`cases.exploitationTypes.${k}`, { defaultValue: k })),
    ...p.tags.modusOperandi.map((k) => t(`cases.mo.${k}`, { defaultValue: k })),
    ...p.tags.keywords,
  ];
  return (
    <article lang={p.language}>
      <div className="page-head">
        <h1>{p.title}</h1>
        <div className="actions">
          {p.allowedActions.includes('update') && (
            <button type="button" className="secondary" onClick={onEdit}>
              {t('knowledge.practices.edit')}
            </button>
          )}
          {p.allowedActions.includes('publish') && (
            <button type="button" onClick={() => publish.mutate()} disabled={publish.isPending}>
              {t('knowledge.practices.publish')}
            </button>
          )}
          {p.allowedActions.includes('delete') && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (window.confirm(t('knowledge.practices.confirmDelete'))) remove.mutate();
              }}
            >
              {t('knowledge.practices.delete')}
            </button>
          )}
        </div>
      </div>
      {publish.isError && <ErrorMessage error={publish.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <p className="message-meta" lang={i18n.language}>
        <span className="badge">{t(`knowledge.kinds.${p.kind}`)}</span>{' '}
        <span className={p.status === 'draft' ? 'badge overdue' : 'badge'}>
          {t(`knowledge.status.${p.status}`)}
        </span>{' '}
        {p.author.name}, {p.author.agency} <span className="badge jurisdiction">{p.author.jurisdiction}</span>{' '}
        ·{' '}
        {p.publishedAt
          ? t('knowledge.practices.publishedOn', {
              date: formatCalendarDate(p.publishedAt.slice(0, 10), i18n.language),
            })
          : t('knowledge.practices.draftHelp')}{' '}
        · {languageName(p.language, i18n.language)}
      </p>
      {p.summary && <p className="lead">{p.summary}</p>}
      <RenderedMarkdown value={p.body} />
      {BRIEF_SECTIONS.filter((s) => p.sections[s].html).map((s) => (
        <section key={s}>
          <h2 lang={i18n.language}>{t(`knowledge.sections.${s}`)}</h2>
          <RenderedMarkdown value={p.sections[s]} />
        </section>
      ))}
      <dl className="facts" lang={i18n.language}>
        {tagLabels.length > 0 && (
          <div>
            <dt>{t('knowledge.tags.title')}</dt>
            <dd>{tagLabels.join(' · ')}</dd>
          </div>
        )}
        {p.jurisdictions.length > 0 && (
          <div>
            <dt>{t('knowledge.practices.jurisdictions')}</dt>
            <dd>{p.jurisdictions.map((j) => t(`jurisdictions.${j}`)).join(', ')}</dd>
          </div>
        )}
        {p.cases.length > 0 && (
          <div>
            <dt>{t('knowledge.practices.cases')}</dt>
            <dd>
              <ul className="plain">
                {p.cases.map((c, i) => {
                  const label = t('knowledge.practices.caseLabel', {
                    type: t(`cases.types.${c.caseType}`, { defaultValue: c.caseType }),
                    year: c.year ?? '—',
                    jurisdiction: c.jurisdiction,
                  });
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: anonymised cases have no id to show
                    <li key={i}>
                      {c.caseId ? (
                        <Link to="/cases/$caseId" params={{ caseId: c.caseId }}>
                          {label}
                        </Link>
                      ) : (
                        label
                      )}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}

function Comments({ practice }: { practice: PracticeView }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const comments = useQuery({
    queryKey: knowledgeKeys.comments(practice.id),
    queryFn: () => practiceComments(practice.id),
  });
  const add = useMutation({
    mutationFn: () => addComment(practice.id, text),
    onSuccess: (list) => {
      client.setQueryData(knowledgeKeys.comments(practice.id), list);
      setText('');
    },
  });
  const remove = useMutation({
    mutationFn: (commentId: string) => deleteComment(practice.id, commentId),
    onSettled: () => client.invalidateQueries({ queryKey: knowledgeKeys.comments(practice.id) }),
  });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('knowledge.comments.title')}</h2>
      {comments.isError && <ErrorMessage error={comments.error} />}
      {comments.data?.length === 0 && <p className="muted">{t('knowledge.comments.none')}</p>}
      <ul className="thread">
        {comments.data?.map((c) => (
          <li key={c.id} className="card">
            <p className="message-meta">
              {c.author.name}, {c.author.agency}{' '}
              <span className="badge jurisdiction">{c.author.jurisdiction}</span> ·{' '}
              {formatDateTime(c.at, i18n.language)}
            </p>
            <p className="pre-wrap">{c.body}</p>
            {c.mine && (
              <button type="button" className="secondary small" onClick={() => remove.mutate(c.id)}>
                {t('knowledge.comments.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {practice.allowedActions.includes('comment') && (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) add.mutate();
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t('knowledge.comments.add')}</label>
            <textarea
              id={id}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={5000}
            />
          </div>
          <div className="actions">
            <button type="submit" disabled={add.isPending || !text.trim()}>
              {t('knowledge.comments.send')}
            </button>
          </div>
          {add.isError && <ErrorMessage error={add.error} />}
        </form>
      )}
    </section>
  );
}

function Versions({ practice }: { practice: PracticeView }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const versions = useQuery({
    queryKey: [...knowledgeKeys.versions(practice.id), practice.version],
    queryFn: () => practiceVersions(practice.id),
  });
  const restore = useMutation({
    mutationFn: (from: number) => restoreVersion(practice, from),
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.practice(practice.id), saved);
      client.invalidateQueries({ queryKey: KNOWLEDGE });
    },
  });
  return (
    <details className="versions">
      <summary>
        <h2 className="inline-heading">{t('knowledge.versions.title')}</h2>
      </summary>
      {versions.isError && <ErrorMessage error={versions.error} />}
      {restore.isError && <ErrorMessage error={restore.error} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('knowledge.versions.version')}</th>
              <th>{t('knowledge.versions.when')}</th>
              <th>{t('knowledge.versions.who')}</th>
              <th>{t('knowledge.versions.what')}</th>
              <th>
                <span className="visually-hidden">{t('knowledge.versions.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.data?.map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>{formatDateTime(v.at, i18n.language)}</td>
                <td>
                  {v.by}, {v.agency}
                </td>
                <td>
                  {t(`knowledge.versions.actions.${v.action}`, { defaultValue: v.action })}
                  {v.restoredFrom !== null &&
                    ` (${t('knowledge.versions.from', { version: v.restoredFrom })})`}
                  {v.action === 'update' || v.action === 'restore'
                    ? `: ${v.fields.map((f) => t(`knowledge.versions.fields.${f}`, { defaultValue: f })).join(', ')}`
                    : ''}
                </td>
                <td>
                  {practice.allowedActions.includes('update') && v.version !== practice.version && (
                    <button
                      type="button"
                      className="secondary small"
                      disabled={restore.isPending}
                      aria-label={t('knowledge.versions.restoreNamed', { version: v.version })}
                      onClick={() => restore.mutate(v.version)}
                    >
                      {t('knowledge.versions.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
