/**
 * What the knowledge pages share: their tabs, Markdown shown as the server rendered and sanitised
 * it, a Markdown field with a preview, a person picked from the directory, and files.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { FileView, Rendered } from '@veza/core/api/knowledge';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/feedback.tsx';
import { formatCalendarDate } from '../../i18n/format.ts';
import { directoryKeys, searchDirectory } from '../directory/api.ts';
import {
  type FileOwnerKind,
  KNOWLEDGE,
  knowledgeFileUrl,
  previewMarkdown,
  removeKnowledgeFile,
  uploadKnowledgeFile,
} from './api.ts';

export function KnowledgeTabs() {
  const { t } = useTranslation();
  const tabs = [
    { to: '/knowledge', key: 'practices', exact: true },
    { to: '/knowledge/meetings', key: 'meetings', exact: false },
    { to: '/knowledge/follow-up', key: 'followUp', exact: true },
    { to: '/knowledge/plans', key: 'plans', exact: false },
  ] as const;
  return (
    <nav className="page-tabs" aria-label={t('knowledge.tabs.label')}>
      {tabs.map((tab) => (
        <Link
          key={tab.to}
          to={tab.to}
          activeOptions={{ exact: tab.exact }}
          activeProps={{ 'aria-current': 'page', className: 'active' }}
        >
          {t(`knowledge.tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}

/** HTML the server rendered from Markdown and sanitised (no script, handler or javascript: link survives it). */
export function RenderedMarkdown({ value, empty }: { value: Rendered; empty?: string }) {
  if (!value.html) return empty ? <p className="muted">{empty}</p> : null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server by DOMPurify (features/knowledge/markdown.ts)
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: value.html }} />;
}

/** A Markdown text area with a preview, rendered and sanitised by the server as it will be shown. */
export function MarkdownField({
  value,
  onChange,
  rows = 8,
  ...rest
}: {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string | null>(null);
  const show = useMutation({
    mutationFn: () => previewMarkdown(value),
    onSuccess: (r) => setPreview(r.html),
  });
  return (
    <div className="markdown-field">
      {preview === null ? (
        <textarea {...rest} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <div className="markdown preview" aria-live="polite">
          {preview ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server by DOMPurify
            <div dangerouslySetInnerHTML={{ __html: preview }} />
          ) : (
            <p className="muted">{t('knowledge.markdown.nothing')}</p>
          )}
        </div>
      )}
      <div className="markdown-tools">
        <button
          type="button"
          className="secondary small"
          onClick={() => (preview === null ? show.mutate() : setPreview(null))}
        >
          {preview === null ? t('knowledge.markdown.preview') : t('knowledge.markdown.edit')}
        </button>
        <span className="muted">{t('knowledge.markdown.hint')}</span>
      </div>
      {show.isError && <ErrorMessage error={show.error} />}
    </div>
  );
}

export interface PickedContact {
  id: string;
  name: string;
  agency: string;
  jurisdiction: string;
}

/** Finds a person in the regional directory by name, function or agency, in any script. */
export function ContactPicker({
  label,
  onPick,
}: {
  label: string;
  onPick: (contact: PickedContact) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const results = useQuery({
    queryKey: directoryKeys.search({ q: asked, picker: true }),
    enabled: asked.length > 0,
    queryFn: () => searchDirectory({ q: asked, limit: 20 }),
  });
  return (
    <div className="picker">
      <div className="filters">
        <div className="grow field">
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setAsked(q.trim());
              }
            }}
          />
        </div>
        <button type="button" className="secondary" onClick={() => setAsked(q.trim())}>
          {t('common.search')}
        </button>
      </div>
      {results.isError && <ErrorMessage error={results.error} />}
      {results.data && results.data.contactPoints.length === 0 && (
        <p className="muted">{t('knowledge.picker.nothing')}</p>
      )}
      {results.data && results.data.contactPoints.length > 0 && (
        <ul className="picker-results">
          {results.data.contactPoints.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span className="badge jurisdiction">{c.jurisdiction}</span>{' '}
              <span className="muted">
                {c.function}, {c.agency.name}
              </span>{' '}
              <button
                type="button"
                className="secondary small"
                aria-label={t('knowledge.picker.pickNamed', { name: c.name })}
                onClick={() => {
                  onPick({ id: c.id, name: c.name, agency: c.agency.name, jurisdiction: c.jurisdiction });
                  setAsked('');
                  setQ('');
                }}
              >
                {t('knowledge.picker.pick')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A record's files: download, attach (who may), remove. */
export function Files({
  kind,
  ownerId,
  files,
  mayAttach,
  refresh,
}: {
  kind: FileOwnerKind;
  ownerId: string;
  files: FileView[];
  mayAttach: boolean;
  refresh: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: async (list: File[]) => {
      for (const file of list) await uploadKnowledgeFile(kind, ownerId, file);
    },
    onSettled: () => {
      refresh();
      client.invalidateQueries({ queryKey: KNOWLEDGE });
    },
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => removeKnowledgeFile(kind, ownerId, fileId),
    onSettled: refresh,
  });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('knowledge.files.title')}</h2>
      {files.length === 0 && <p className="muted">{t('knowledge.files.none')}</p>}
      <ul className="files">
        {files.map((f) => (
          <li key={f.id}>
            <a href={knowledgeFileUrl(kind, ownerId, f.id)} download={f.filename}>
              {f.filename}
            </a>{' '}
            <span className="muted">
              {Math.max(1, Math.round(f.sizeBytes / 1024))} kB,{' '}
              {formatCalendarDate(f.createdAt.slice(0, 10), i18n.language)}
            </span>{' '}
            {mayAttach && (
              <button type="button" className="secondary small" onClick={() => remove.mutate(f.id)}>
                {t('knowledge.files.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {mayAttach && (
        <div className="field">
          <label htmlFor={id}>{t('knowledge.files.attach')}</label>
          <input
            id={id}
            type="file"
            multiple
            onChange={(e) => {
              const list = [...(e.target.files ?? [])];
              if (list.length) upload.mutate(list);
              e.target.value = '';
            }}
          />
        </div>
      )}
      {upload.isError && <ErrorMessage error={upload.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
    </section>
  );
}
