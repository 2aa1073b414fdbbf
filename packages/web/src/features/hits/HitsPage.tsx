/**
 * Hits: where another jurisdiction holds something on one of this jurisdiction's persons. Each hit
 * says whom to ask (the other agency and its contact points), how strong it is and what kind of
 * evidence matched, never what the other record says; each side marks it not relevant or confirmed.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatPhone } from '@veza/core';
import type { HitQuery } from '@veza/core/api/hits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../app/Choice.tsx';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { Pager } from '../../app/Pager.tsx';
import { useSignedIn } from '../../app/session.ts';
import { Tabs } from '../../app/Tabs.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { Me } from '../../types.ts';
import { readsCases, writesCases } from '../cases/access.ts';
import { countNewHits, decideHit, HITS, hitKeys, listHits } from './api.ts';

/** The count of hits this jurisdiction has not looked at, refreshed every few seconds. */
export function useNewHits(me: Me | null | undefined) {
  return useQuery({
    queryKey: hitKeys.count,
    queryFn: countNewHits,
    enabled: Boolean(me && readsCases(me)),
    refetchInterval: 5000,
  });
}

const PAGE = 25;
const TABS = ['new', 'not_relevant', 'confirmed', 'all'] as const;
type Tab = (typeof TABS)[number];

export function HitsPage() {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<Tab>('new');
  const [band, setBand] = useState('');
  const [kind, setKind] = useState('');
  const [offset, setOffset] = useState(0);
  const query = {
    status: tab === 'all' ? undefined : tab,
    band: (band || undefined) as HitQuery['band'],
    kind: (kind || undefined) as HitQuery['kind'],
    limit: PAGE,
    offset,
  };
  const list = useQuery({
    queryKey: hitKeys.list(query),
    queryFn: () => listHits(query),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'not-relevant' | 'confirm' }) =>
      decideHit(id, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HITS }),
  });
  /** A filter changed: back to the first page. */
  const refilter = (change: () => void) => {
    change();
    setOffset(0);
  };
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => list.refetch()} />;
  const { counts, total } = list.data;
  const everything = counts.new + counts.not_relevant + counts.confirmed;
  return (
    <section>
      <h1>{t('hits.title')}</h1>
      <p className="muted">{t('hits.intro')}</p>
      {decide.error && <ErrorMessage error={decide.error} />}
      {everything === 0 && !band && !kind ? (
        <p>{t('hits.none')}</p>
      ) : (
        <>
          <Tabs
            label={t('hits.decisions')}
            tabs={TABS.map((key) => [
              key,
              t('hits.tab', {
                label: key === 'all' ? t('hits.all') : t(`hits.statuses.${key}`),
                count: key === 'all' ? everything : counts[key],
              }),
            ])}
            selected={tab}
            onSelect={(key) => refilter(() => setTab(key))}
          />
          <form className="filters" aria-label={t('hits.filters')} onSubmit={(e) => e.preventDefault()}>
            <Choice
              label={t('hits.band')}
              value={band}
              onChange={(value) => refilter(() => setBand(value))}
              options={(['strong', 'probable', 'possible'] as const).map((b) => [b, t(`hits.bands.${b}`)])}
            />
            <Choice
              label={t('hits.kind')}
              value={kind}
              onChange={(value) => refilter(() => setKind(value))}
              options={(['person', 'vehicle'] as const).map((k) => [k, t(`hits.kinds.${k}`)])}
            />
          </form>
          {total === 0 && <p>{t('hits.noneHere')}</p>}
        </>
      )}
      {list.data.hits.map((hit) => (
        <article
          key={hit.id}
          className={`card hit band-${hit.band}`}
          aria-label={t('hits.about', { name: hit.record.label })}
        >
          <h2>
            {t(`hits.bands.${hit.band}`)} ·{' '}
            {t(`jurisdictions.${hit.other.jurisdiction}`, { defaultValue: hit.other.jurisdiction })}
          </h2>
          <dl className="facts">
            <dt>{t(hit.record.kind === 'vehicle' ? 'hits.yourVehicle' : 'hits.yourPerson')}</dt>
            <dd>
              {hit.record.kind === 'vehicle' && hit.record.caseId ? (
                <Link to="/cases/$caseId" params={{ caseId: hit.record.caseId }}>
                  {hit.record.label}
                </Link>
              ) : (
                <Link to="/persons/$personId" params={{ personId: hit.record.id }}>
                  {hit.record.label}
                </Link>
              )}
            </dd>
            <dt>{t('hits.evidence')}</dt>
            <dd>{hit.evidence.map((e) => t(`hits.evidenceKinds.${e}`, { defaultValue: e })).join(', ')}</dd>
            <dt>{t('hits.agency')}</dt>
            <dd>
              <Link to="/directory/agencies/$agencyId" params={{ agencyId: hit.other.agency.id }}>
                {hit.other.agency.name}
              </Link>
            </dd>
            <dt>{t('hits.contacts')}</dt>
            <dd>
              <ul>
                {hit.other.contactPoints.map((c) => (
                  <li key={`${c.name}|${c.function}`}>
                    {c.name} ({c.function}){c.phone ? ` · ${formatPhone(c.phone)}` : ''}
                    {c.email ? ` · ${c.email}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('common.handlingCode')}</dt>
            <dd>{hit.other.handlingCode}</dd>
            <dt>{t('hits.found')}</dt>
            <dd>{formatDateTime(hit.foundAt, i18n.language)}</dd>
            <dt>{t('hits.status')}</dt>
            <dd>{t(`hits.statuses.${hit.status}`)}</dd>
          </dl>
          {writesCases(me) && (
            <div className="actions">
              <Link
                className="button secondary"
                to="/requests/new"
                search={{ hit: hit.id, agency: hit.other.agency.id, type: 'hit_follow_up' }}
              >
                {t('hits.requestDetails')}
              </Link>
            </div>
          )}
          {writesCases(me) && hit.status === 'new' && (
            <div className="actions">
              <button
                type="button"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: hit.id, decision: 'confirm' })}
              >
                {t('hits.confirm')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: hit.id, decision: 'not-relevant' })}
              >
                {t('hits.notRelevant')}
              </button>
            </div>
          )}
        </article>
      ))}
      <Pager offset={offset} size={PAGE} total={total} onOffset={setOffset} />
    </section>
  );
}
