/**
 * Trends and risks: the dashboard of protected counts for analysts and coordinators, its filters
 * in the address (a warning links to the dashboard filtered to what it is about), every chart
 * with its table, the map, the fees, and the jurisdiction's rounding for its coordinators.
 */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import {
  AGE_BANDS,
  ANALYSIS_FILTERS,
  type AnalysisFilter,
  type AnalysisFilters,
  CASE_TYPES,
  type ChartKey,
  countryName,
  EXPLOITATION_TYPES,
  MODUS_OPERANDI,
  MOST_FILTERS,
  SEXES,
  TRANSPORT_MODES,
  textIn,
} from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { AnalysisMap } from './AnalysisMap.tsx';
import {
  analysisKeys,
  type Dashboard,
  getDashboard,
  getSettings,
  listCrossings,
  listWarnings,
  putSettings,
} from './api.ts';
import { ChartCard, type Labelled } from './ChartCard.tsx';
import { type AnalysisSearch, parseAnalysisSearch } from './search.ts';

function asFilters(search: AnalysisSearch): AnalysisFilters {
  const { year, ...rest } = search;
  return { ...(rest as Omit<AnalysisFilters, 'year'>), ...(year ? { year: Number(year) } : {}) };
}

const ORDER: ChartKey[] = [
  'month',
  'week',
  'jurisdiction',
  'caseType',
  'modusOperandi',
  'exploitation',
  'crossing',
  'leg',
  'arrival',
  'transport',
  'nationality',
  'sex',
  'ageBand',
  'role',
  'screeningOutcome',
  'vulnerability',
  'requests',
  'hits',
];

export function AnalysisPage() {
  const search = parseAnalysisSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const navigate = useNavigate();
  const filters = asFilters(search);
  const board = useQuery({ queryKey: analysisKeys.dashboard(filters), queryFn: () => getDashboard(filters) });
  const crossings = useQuery({
    queryKey: analysisKeys.crossings,
    queryFn: listCrossings,
    staleTime: Infinity,
  });
  const crossingName = (id: string) => crossings.data?.crossings.find((c) => c.id === id)?.name ?? id;

  const labelOf = (chart: ChartKey, key: string): string => {
    if (key === 'other') return t('analysis.other');
    if (key === 'unknown') return t('analysis.unknown');
    switch (chart) {
      case 'month':
        return new Intl.DateTimeFormat(i18n.language === 'cnr' ? 'sr-Latn-ME' : i18n.language, {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${key}-01T00:00:00Z`));
      case 'week':
        return key.slice(5);
      case 'jurisdiction':
        return t(`jurisdictions.${key}`);
      case 'caseType':
        return t(`cases.types.${key}`);
      case 'modusOperandi':
        return t(`cases.mo.${key}`);
      case 'exploitation':
        return t(`cases.exploitationTypes.${key}`);
      case 'transport':
        return t(`cases.transports.${key}`);
      case 'role':
        return t(`cases.roles.${key}`);
      case 'sex':
        return t(`persons.sexes.${key}`);
      case 'ageBand':
        return key === '0-11' || key === '12-17' ? `${key} (${t('analysis.child')})` : key;
      case 'nationality':
      case 'arrival':
        return countryName(key, i18n.language);
      case 'crossing':
        return crossingName(key);
      case 'leg': {
        const [from, to] = key.split('>');
        return `${countryName(from!, i18n.language)} → ${countryName(to!, i18n.language)}`;
      }
      case 'screeningOutcome':
        return t(`screening.outcomeShort.${key}`);
      case 'requests':
        return t(`requests.types.${key}`);
      case 'hits':
        return key.includes('–')
          ? key
              .split('–')
              .map((j) => t(`jurisdictions.${j}`))
              .join(' – ')
          : t(`jurisdictions.${key}`);
      case 'vulnerability': {
        const named = board.data?.labels[key];
        return named ? textIn(named, i18n.language).text : key.replaceAll('_', ' ');
      }
      default:
        return key.replaceAll('_', ' ');
    }
  };

  return (
    <div className="page analysis-page">
      <h1>{t('analysis.title')}</h1>
      <p className="muted">{me.jurisdiction === 'REG' ? t('analysis.regionalIntro') : t('analysis.intro')}</p>
      <FilterForm
        search={search}
        board={board.data}
        crossingOptions={(crossings.data?.crossings ?? []).map((c) => ({ value: c.id, label: c.name }))}
        labelOf={labelOf}
        onApply={(next) => navigate({ to: '/analysis', search: next })}
      />
      <Warnings labelOf={labelOf} />
      {board.isPending && <Loading />}
      {board.isError && <ErrorMessage error={board.error} onRetry={() => board.refetch()} />}
      {board.data && (
        <>
          {board.data.pending > 0 && (
            <p className="notice">{t('analysis.pending', { count: board.data.pending })}</p>
          )}
          {board.data.roundTo && (
            <p className="muted">{t('analysis.rounded', { base: board.data.roundTo })}</p>
          )}
          <section aria-labelledby="analysis-map-heading" className="chart-card">
            <h2 id="analysis-map-heading">{t('analysis.map.title')}</h2>
            <p className="muted">{t('analysis.map.intro')}</p>
            <AnalysisMap
              crossings={board.data.charts.find((c) => c.key === 'crossing')}
              legs={board.data.charts.find((c) => c.key === 'leg')}
              arrivals={board.data.charts.find((c) => c.key === 'arrival')}
              recorded={board.data.charts.find((c) => c.key === 'jurisdiction')}
              points={crossings.data?.crossings ?? []}
            />
          </section>
          <div className="chart-grid">
            {ORDER.map((key) => {
              const chart = board.data.charts.find((c) => c.key === key);
              if (!chart) return null;
              const cells: Labelled[] = chart.cells.map((c) => ({ ...c, label: labelOf(key, c.key) }));
              return (
                <ChartCard
                  key={key}
                  chart={chart}
                  cells={cells}
                  filters={filters}
                  title={t(`analysis.charts.${key}`)}
                />
              );
            })}
          </div>
          <Fees board={board.data} labelOf={labelOf} />
        </>
      )}
      {me.jurisdiction !== 'REG' && <Statistics />}
      {me.roles.includes('coordinator') && me.jurisdiction !== 'REG' && <Rounding />}
    </div>
  );
}

function FilterForm({
  search,
  board,
  crossingOptions,
  labelOf,
  onApply,
}: {
  search: AnalysisSearch;
  board: Dashboard | undefined;
  crossingOptions: { value: string; label: string }[];
  labelOf: (chart: ChartKey, key: string) => string;
  onApply: (next: AnalysisSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<AnalysisSearch>(search);
  const set = (key: AnalysisFilter, value: string) =>
    setDraft((d) => {
      const next = { ...d };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  const active = Object.keys(draft).length;
  const fromChart = (chart: ChartKey, current: string | undefined) => {
    const keys = (board?.charts.find((c) => c.key === chart)?.cells ?? [])
      .map((c) => c.key)
      .filter((k) => k !== 'other' && k !== 'unknown');
    if (current && !keys.includes(current)) keys.push(current);
    return keys.map((k) => ({ value: k, label: labelOf(chart, k) }));
  };
  const thisYear = new Date().getUTCFullYear();
  const options: Record<AnalysisFilter, { value: string; label: string }[]> = {
    year: Array.from({ length: 5 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y })),
    crossing: crossingOptions,
    leg: fromChart('leg', draft.leg),
    nationality: fromChart('nationality', draft.nationality).map((o) => ({
      ...o,
      label: countryName(o.value, i18n.language),
    })),
    sex: SEXES.map((s) => ({ value: s, label: labelOf('sex', s) })),
    ageBand: AGE_BANDS.filter((b) => b !== 'unknown').map((b) => ({
      value: b,
      label: labelOf('ageBand', b),
    })),
    modusOperandi: MODUS_OPERANDI.map((m) => ({ value: m, label: labelOf('modusOperandi', m) })),
    exploitation: EXPLOITATION_TYPES.map((m) => ({ value: m, label: labelOf('exploitation', m) })),
    transport: TRANSPORT_MODES.map((m) => ({ value: m, label: labelOf('transport', m) })),
    caseType: CASE_TYPES.map((m) => ({ value: m, label: labelOf('caseType', m) })),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (active <= MOST_FILTERS) onApply(draft);
  };
  return (
    <form className="filters analysis-filters" onSubmit={submit} aria-labelledby="analysis-filters-title">
      <h2 id="analysis-filters-title" className="visually-hidden">
        {t('analysis.filters.title')}
      </h2>
      {ANALYSIS_FILTERS.map((key) => (
        <label key={key}>
          {t(`analysis.filters.${key}`)}
          <select name={key} value={draft[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
            <option value="">
              {key === 'year' ? t('analysis.filters.allYears') : t('analysis.filters.any')}
            </option>
            {options[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {active > MOST_FILTERS && (
        <p role="alert" className="error">
          {t('analysis.filters.atMost')}
        </p>
      )}
      <p className="actions">
        <button type="submit" disabled={active > MOST_FILTERS}>
          {t('analysis.filters.apply')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          {t('analysis.filters.clear')}
        </button>
      </p>
    </form>
  );
}

function Fees({ board, labelOf }: { board: Dashboard; labelOf: (chart: ChartKey, key: string) => string }) {
  const { t } = useTranslation();
  if (board.scope === 'region') return null;
  return (
    <section className="chart-card" aria-labelledby="fees-heading">
      <h2 id="fees-heading">{t('analysis.fees.title')}</h2>
      <p className="muted">{t('analysis.fees.intro')}</p>
      {board.fees.length === 0 ? (
        <p>{t('analysis.fees.none')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="table-fees">
            <thead>
              <tr>
                <th scope="col">{t('analysis.fees.leg')}</th>
                <th scope="col">{t('analysis.fees.fees')}</th>
                <th scope="col">{t('analysis.fees.median')}</th>
                <th scope="col">{t('analysis.fees.range')}</th>
              </tr>
            </thead>
            <tbody>
              {board.fees.map((f) => (
                <tr key={`${f.leg}-${f.currency}`}>
                  <th scope="row">{labelOf('leg', f.leg)}</th>
                  <td>{f.fees}</td>
                  <td>
                    {f.median} {f.currency}
                  </td>
                  <td>
                    {f.lowerQuartile}–{f.upperQuartile} {f.currency}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Rounding() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: analysisKeys.settings, queryFn: getSettings });
  const [choice, setChoice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (roundTo: 5 | 10 | null) => putSettings(roundTo),
    onSuccess: () => client.invalidateQueries({ queryKey: ['analysis'] }),
  });
  if (settings.isPending) return null;
  const value = choice ?? String(settings.data?.roundTo ?? '');
  return (
    <form
      className="chart-card"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(value ? (Number(value) as 5 | 10) : null);
      }}
    >
      <h2>{t('analysis.settings.title')}</h2>
      <p className="muted">{t('analysis.settings.intro')}</p>
      <label>
        {t('analysis.settings.title')}
        <select value={value} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('analysis.settings.none')}</option>
          <option value="5">{t('analysis.settings.to5')}</option>
          <option value="10">{t('analysis.settings.to10')}</option>
        </select>
      </label>
      <p className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('analysis.settings.save')}
        </button>
        {save.isSuccess && <span role="status">{t('analysis.settings.saved')}</span>}
      </p>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

function Warnings({ labelOf }: { labelOf: (chart: ChartKey, key: string) => string }) {
  const { t } = useTranslation();
  const warnings = useQuery({ queryKey: analysisKeys.warnings, queryFn: listWarnings });
  if (warnings.isPending) return null;
  if (warnings.isError) return <ErrorMessage error={warnings.error} onRetry={() => warnings.refetch()} />;
  const items = warnings.data.warnings.slice(0, 12);
  return (
    <section className="chart-card" aria-labelledby="warnings-heading" data-testid="warnings">
      <h2 id="warnings-heading">{t('analysis.warnings.title')}</h2>
      <p className="muted">{t('analysis.warnings.intro')}</p>
      {items.length === 0 ? (
        <p>{t('analysis.warnings.none')}</p>
      ) : (
        <ul>
          {items.map((w) => {
            const what = `${t(`analysis.filters.${w.dimension}`)}: ${labelOf(w.dimension, w.value)}`;
            const jurisdiction = t(`jurisdictions.${w.jurisdiction}`);
            const text =
              w.kind === 'new_modus_operandi'
                ? t('analysis.warnings.newMethod', {
                    what,
                    jurisdiction,
                    week: w.week,
                    others: w.alsoIn.map((j) => t(`jurisdictions.${j}`)).join(', '),
                  })
                : w.count === null
                  ? t('analysis.warnings.increaseRegional', {
                      what,
                      jurisdiction,
                      week: w.week,
                      since: w.since,
                    })
                  : t('analysis.warnings.increase', {
                      what,
                      count: w.count,
                      expected: Math.round((w.expected ?? 0) * 10) / 10,
                      week: w.week,
                      since: w.since,
                    });
            return (
              <li key={w.id} data-warning={`${w.dimension}:${w.value}`}>
                {text}{' '}
                <Link to="/analysis" search={{ [w.dimension]: w.value, year: w.week.slice(0, 4) }}>
                  {t('analysis.warnings.open')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Statistics() {
  const { t } = useTranslation();
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(String(thisYear - 1));
  return (
    <section className="chart-card" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">{t('analysis.statistics.title')}</h2>
      <p className="muted">{t('analysis.statistics.intro')}</p>
      <label>
        {t('analysis.statistics.year')}
        <select value={year} onChange={(e) => setYear(e.target.value)}>
          {Array.from({ length: 5 }, (_, i) => String(thisYear - i)).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <p className="actions">
        <a
          className="button secondary"
          href={`/api/analysis/statistics.csv?year=${year}&who=victims`}
          download
        >
          {t('analysis.statistics.victims')}
        </a>
        <a
          className="button secondary"
          href={`/api/analysis/statistics.csv?year=${year}&who=suspects`}
          download
        >
          {t('analysis.statistics.suspects')}
        </a>
      </p>
    </section>
  );
}
