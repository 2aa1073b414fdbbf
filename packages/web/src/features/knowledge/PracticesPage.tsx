/**
 * The region's practices, case briefs and lessons: searched across scripts and languages (what is
 * typed in Cyrillic finds Latin, and Albanian spellings meet BCMS ones), filtered by kind, tag,
 * jurisdiction, language and date, ranked, each with the passage where the words were found.
 */
import './texts/register.ts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
  CRIMES,
  EXPLOITATION_TYPES,
  JURISDICTIONS,
  MODUS_OPERANDI,
  may,
  PILLARS,
  PRACTICE_KINDS,
  SPOKEN_LANGUAGES,
} from '@veza/core';
import type { PracticeSummary } from '@veza/core/api/knowledge';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../app/Choice.tsx';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { Pager } from '../../app/Pager.tsx';
import { useSignedIn } from '../../app/session.ts';
import { formatCalendarDate, languageName } from '../../i18n/format.ts';
import { knowledgeKeys, searchPractices } from './api.ts';
import { KnowledgeTabs } from './Shared.tsx';

const PAGE = 20;

export function PracticesPage() {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState({
    q: '',
    kind: '',
    pillar: '',
    crime: '',
    exploitation: '',
    modusOperandi: '',
    jurisdiction: '',
    language: '',
    from: '',
    to: '',
    mine: '',
  });
  const [offset, setOffset] = useState(0);
  const set = (name: keyof typeof filters, value: string) => {
    setFilters({ ...filters, [name]: value });
    setOffset(0);
  };
  const query = { ...filters, limit: PAGE, offset };
  const results = useQuery({
    queryKey: knowledgeKeys.practices(query),
    queryFn: () => searchPractices(query),
    placeholderData: keepPreviousData,
  });
  const choice = (name: keyof typeof filters, label: string, options: [string, string][]) => (
    <Choice
      label={label}
      value={filters[name]}
      onChange={(value) => set(name, value)}
      options={options}
      any={t('knowledge.search.any')}
    />
  );
  return (
    <section>
      <div className="page-head">
        <h1>{t('knowledge.title')}</h1>
        {may(me.roles, 'shareKnowledge') && (
          <div className="actions">
            <Link to="/knowledge/practices/new" className="button">
              {t('knowledge.practices.write')}
            </Link>
          </div>
        )}
      </div>
      <KnowledgeTabs />
      <p className="lead">{t('knowledge.practices.intro')}</p>
      <form
        className="filters"
        aria-label={t('knowledge.search.label')}
        onSubmit={(e) => {
          e.preventDefault();
          set('q', typed.trim());
        }}
      >
        <label className="grow">
          <span>{t('knowledge.search.words')}</span>
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit">{t('common.search')}</button>
      </form>
      <details className="more-filters">
        <summary>{t('knowledge.search.filters')}</summary>
        <div className="filters">
          {choice(
            'kind',
            t('knowledge.practices.kind'),
            PRACTICE_KINDS.map((k) => [k, t(`knowledge.kinds.${k}`)]),
          )}
          {choice(
            'pillar',
            t('knowledge.tags.pillars'),
            PILLARS.map((k) => [k, t(`knowledge.pillars.${k}`)]),
          )}
          {choice(
            'crime',
            t('knowledge.tags.crimes'),
            CRIMES.map((k) => [k, t(`knowledge.crimes.${k}`)]),
          )}
          {choice(
            'exploitation',
            t('knowledge.tags.exploitation'),
            EXPLOITATION_TYPES.map((k) => [k, t(`cases.exploitationTypes.${k}`, { defaultValue: k })]),
          )}
          {choice(
            'modusOperandi',
            t('knowledge.tags.modusOperandi'),
            MODUS_OPERANDI.map((k) => [k, t(`cases.mo.${k}`, { defaultValue: k })]),
          )}
          {choice(
            'jurisdiction',
            t('knowledge.practices.jurisdictions'),
            JURISDICTIONS.map((j) => [j, t(`jurisdictions.${j}`)]),
          )}
          {choice(
            'language',
            t('knowledge.practices.language'),
            SPOKEN_LANGUAGES.map((l) => [l, languageName(l, i18n.language)]),
          )}
          <label>
            <span>{t('knowledge.search.from')}</span>
            <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
          </label>
          <label>
            <span>{t('knowledge.search.to')}</span>
            <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
          </label>
          <label className="inline">
            <span>
              <input
                type="checkbox"
                checked={filters.mine === 'true'}
                onChange={(e) => set('mine', e.target.checked ? 'true' : '')}
              />{' '}
              {t('knowledge.search.mine')}
            </span>
          </label>
        </div>
      </details>
      {results.isPending && <Loading />}
      {results.isError && <ErrorMessage error={results.error} onRetry={() => results.refetch()} />}
      {results.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('knowledge.search.found', { count: results.data.total })}
          </p>
          <ul className="cards practice-list">
            {results.data.items.map((p) => (
              <PracticeCard key={p.id} practice={p} />
            ))}
          </ul>
          <Pager offset={offset} size={PAGE} total={results.data.total} onOffset={setOffset} />
        </>
      )}
    </section>
  );
}

/** The text with the matched words marked. */
export function Highlighted({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    parts.push(text.slice(at, start), { mark: text.slice(start, end) });
    at = end;
  }
  parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <span key={i}>{p}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <mark key={i}>{p.mark}</mark>
        ),
      )}
    </>
  );
}

function PracticeCard({ practice: p }: { practice: PracticeSummary }) {
  const { t, i18n } = useTranslation();
  const tags = [
    ...p.tags.pillars.map((k) => t(`knowledge.pillars.${k}`)),
    ...p.tags.crimes.map((k) => t(`knowledge.crimes.${k}`)),
    ...p.tags.keywords,
  ];
  return (
    <li className="card" lang={p.language}>
      <h2 className="card-title">
        <Link to="/knowledge/practices/$practiceId" params={{ practiceId: p.id }}>
          {p.title}
        </Link>
      </h2>
      <p className="message-meta">
        <span className="badge">{t(`knowledge.kinds.${p.kind}`)}</span>{' '}
        {p.status === 'draft' && <span className="badge overdue">{t('knowledge.status.draft')}</span>}{' '}
        {p.author.agency} <span className="badge jurisdiction">{p.author.jurisdiction}</span>{' '}
        {formatCalendarDate((p.publishedAt ?? p.updatedAt).slice(0, 10), i18n.language)} ·{' '}
        {languageName(p.language, i18n.language)}
      </p>
      {p.passage ? (
        <p className="passage">
          <Highlighted text={p.passage.text} highlights={p.passage.highlights} />
        </p>
      ) : (
        p.summary && <p>{p.summary}</p>
      )}
      {tags.length > 0 && <p className="muted">{tags.join(' · ')}</p>}
    </li>
  );
}
