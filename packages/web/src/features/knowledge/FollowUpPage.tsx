/**
 * The follow-up of what meetings and plans decided: the action points the user's jurisdiction takes
 * part in, per jurisdiction and per owner, open, due soon, overdue, done, and the share done; each
 * with its progress, which the owner's agency records there. And the calendar feed of one's
 * meetings and deadlines.
 */
import './texts/register.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ACTION_STANDINGS, JURISDICTIONS } from '@veza/core';
import type { FollowUpCountsView } from '@veza/core/api/knowledge';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { ActionPointList } from './ActionPoints.tsx';
import { calendarFeed, followUp, issueCalendarFeed, knowledgeKeys, stopCalendarFeed } from './api.ts';
import { KnowledgeTabs } from './Shared.tsx';

type Counts = z.infer<typeof FollowUpCountsView>;

export function FollowUpPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ jurisdiction: '', owner: '', standing: '', mine: '' });
  const set = (name: keyof typeof filters, value: string) => setFilters({ ...filters, [name]: value });
  const view = useQuery({
    queryKey: knowledgeKeys.followUp(filters),
    queryFn: () => followUp(filters),
    placeholderData: keepPreviousData,
  });
  const owners = view.data?.byOwner ?? [];
  return (
    <section>
      <h1>{t('knowledge.followUp.title')}</h1>
      <KnowledgeTabs />
      <p className="lead">{t('knowledge.followUp.intro')}</p>
      <form
        className="filters"
        aria-label={t('knowledge.followUp.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('knowledge.followUp.jurisdiction')}</span>
          <select value={filters.jurisdiction} onChange={(e) => set('jurisdiction', e.target.value)}>
            <option value="">{t('knowledge.search.any')}</option>
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {t(`jurisdictions.${j}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('knowledge.followUp.owner')}</span>
          <select value={filters.owner} onChange={(e) => set('owner', e.target.value)}>
            <option value="">{t('knowledge.search.any')}</option>
            {owners
              .filter((o) => o.owner.contactPointId)
              .map((o) => (
                <option key={o.owner.contactPointId} value={o.owner.contactPointId!}>
                  {o.owner.name} ({o.owner.jurisdiction})
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t('knowledge.followUp.standing')}</span>
          <select value={filters.standing} onChange={(e) => set('standing', e.target.value)}>
            <option value="">{t('knowledge.search.any')}</option>
            {ACTION_STANDINGS.map((s) => (
              <option key={s} value={s}>
                {t(`knowledge.standing.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span>
            <input
              type="checkbox"
              checked={filters.mine === 'true'}
              onChange={(e) => set('mine', e.target.checked ? 'true' : '')}
            />{' '}
            {t('knowledge.followUp.mine')}
          </span>
        </label>
      </form>
      {view.isPending && <Loading />}
      {view.isError && <ErrorMessage error={view.error} onRetry={() => view.refetch()} />}
      {view.data && (
        <>
          <CountTiles counts={view.data.counts} />
          <CountTable
            caption={t('knowledge.followUp.byJurisdiction')}
            head={t('knowledge.followUp.jurisdiction')}
            rows={view.data.byJurisdiction.map((r) => ({
              key: r.jurisdiction,
              label: t(`jurisdictions.${r.jurisdiction}`),
              counts: r.counts,
            }))}
          />
          <CountTable
            caption={t('knowledge.followUp.byOwner')}
            head={t('knowledge.followUp.owner')}
            rows={view.data.byOwner.map((r) => ({
              key: r.owner.contactPointId ?? r.owner.name,
              label: `${r.owner.name}, ${r.owner.agency} (${r.owner.jurisdiction})`,
              counts: r.counts,
            }))}
          />
          <h2>{t('knowledge.actions.title')}</h2>
          <ActionPointList points={view.data.items} />
        </>
      )}
      <CalendarFeed />
    </section>
  );
}

function useShare() {
  const { i18n } = useTranslation();
  return (counts: Counts) =>
    counts.shareDone === null ? '—' : `${formatNumber(Math.round(counts.shareDone * 100), i18n.language)} %`;
}

function CountTiles({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const share = useShare();
  const tiles = [
    ['open', counts.open],
    ['due_soon', counts.dueSoon],
    ['overdue', counts.overdue],
    ['done', counts.done],
  ] as const;
  return (
    <dl className="count-tiles">
      {tiles.map(([key, n]) => (
        <div key={key} className={`tile ${key}`}>
          <dt>{t(`knowledge.standing.${key}`)}</dt>
          <dd>{n}</dd>
        </div>
      ))}
      <div className="tile share">
        <dt>{t('knowledge.followUp.shareDone')}</dt>
        <dd>{share(counts)}</dd>
      </div>
    </dl>
  );
}

function CountTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { key: string; label: string; counts: Counts }[];
}) {
  const { t } = useTranslation();
  const share = useShare();
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t('knowledge.standing.open')}</th>
            <th scope="col">{t('knowledge.standing.due_soon')}</th>
            <th scope="col">{t('knowledge.standing.overdue')}</th>
            <th scope="col">{t('knowledge.standing.done')}</th>
            <th scope="col">{t('knowledge.followUp.shareDone')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.counts.open}</td>
              <td>{r.counts.dueSoon}</td>
              <td className={r.counts.overdue > 0 ? 'late' : undefined}>{r.counts.overdue}</td>
              <td>{r.counts.done}</td>
              <td>{share(r.counts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The secret address of one's calendar feed, issued (shown once), reissued, or stopped. */
function CalendarFeed() {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const feed = useQuery({ queryKey: knowledgeKeys.calendar, queryFn: calendarFeed });
  const issue = useMutation({
    mutationFn: issueCalendarFeed,
    onSuccess: (r) => {
      setUrl(r.url);
      client.invalidateQueries({ queryKey: knowledgeKeys.calendar });
    },
  });
  const stop = useMutation({
    mutationFn: stopCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      client.invalidateQueries({ queryKey: knowledgeKeys.calendar });
    },
  });
  const exists = Boolean(feed.data?.createdAt);
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('knowledge.calendar.title')}</h2>
      <p>{t('knowledge.calendar.intro')}</p>
      {url && (
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('knowledge.calendar.address')}</label>
          <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.target.select()} />
          <p className="muted">{t('knowledge.calendar.secret')}</p>
        </div>
      )}
      {!url && exists && <p className="muted">{t('knowledge.calendar.exists')}</p>}
      <div className="actions">
        <button type="button" onClick={() => issue.mutate()} disabled={issue.isPending}>
          {exists ? t('knowledge.calendar.reissue') : t('knowledge.calendar.issue')}
        </button>
        {exists && (
          <button type="button" className="secondary" onClick={() => stop.mutate()}>
            {t('knowledge.calendar.stop')}
          </button>
        )}
      </div>
      {issue.isError && <ErrorMessage error={issue.error} />}
      {stop.isError && <ErrorMessage error={stop.error} />}
    </section>
  );
}
