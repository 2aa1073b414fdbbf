/**
 * The network page: start from a phone, a vehicle, a person or a case; expand by kind; filter;
 * find paths (shortest, in time order, around hubs) and the connecting network; communities and
 * likely organisers; a timeline linked to the chart; pin, hide, group; save and share the chart;
 * export it, audited, for Gephi or Analyst's Notebook.
 */
import './texts/register.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { CASE_ROLES, CASE_TYPES, formatPhone, JURISDICTIONS, normalisePlate, toE164 } from '@veza/core';
import {
  keyOf,
  NETWORK_EXPORT_FORMATS,
  type NetworkNode,
  NODE_KINDS,
  type NodeKind,
  type TimelineItem,
} from '@veza/core/network';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { ErrorMessage, errorText, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { listCases } from '../cases/api.ts';
import { searchRecords } from '../search/api.ts';
import {
  connectingNetwork,
  deleteChart,
  type ExportFormat,
  exportChart,
  findPath,
  type GraphResponse,
  getChart,
  getGraph,
  listCharts,
  listColleagues,
  networkKeys,
  type PathResponse,
  type SavedChart,
  saveChart,
  saveFile,
  shareChart,
  updateChart,
} from './api.ts';
import {
  addSeeds,
  type Chart,
  emptyChart,
  expand,
  group,
  hide,
  pin,
  ungroup,
  unhide,
  unpin,
  withDefaults,
} from './chart-state.ts';
import { createRenderer, KIND_COLOURS, type NetworkRenderer } from './renderer.ts';
import { parseNetworkSearch } from './search.ts';

const GROUP_COLOURS = ['#7b3294', '#008837', '#c51b7d', '#4d9221', '#2166ac', '#b35806'];

/** A node's name in the user's words: a hit is named by its jurisdiction. */
function nodeLabel(node: NetworkNode, t: TFunction): string {
  return node.kind === 'hit' ? t(`jurisdictions.${node.label}`) : node.label;
}

/** A node's second line in the user's words: a document's type, a hit's band. */
function nodeDetail(node: NetworkNode, t: TFunction): string | null {
  if (node.kind === 'hit') return node.detail && t(`hits.bands.${node.detail}`);
  if (node.kind === 'document') {
    const type = keyOf(node.id).split(':')[0];
    return [t(`person.documentTypes.${type}`), node.detail].filter(Boolean).join(' · ');
  }
  return node.detail;
}

function recordLink(node: NetworkNode): string | null {
  const key = node.id.slice(node.id.indexOf(':') + 1);
  if (node.kind === 'person') return `/persons/${key}`;
  if (node.kind === 'case') return `/cases/${key}`;
  return null;
}

export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const search = parseNetworkSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [chart, setChart] = useState<Chart | null>(search.start ? emptyChart([search.start]) : null);
  const [analyse, setAnalyse] = useState(false);
  const [byCommunity, setByCommunity] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [path, setPath] = useState<PathResponse | null>(null);
  const [connecting, setConnecting] = useState<{ nodes: string[]; edges: string[] } | null>(null);
  const [saved, setSaved] = useState<SavedChart | null>(null);

  // A saved chart named in the address opens once.
  const opened = useQuery({
    queryKey: ['network', 'chart', search.chart],
    queryFn: () => getChart(search.chart!),
    enabled: !!search.chart,
  });
  useEffect(() => {
    if (opened.data) {
      setSaved(opened.data);
      setChart(withDefaults(opened.data.definition));
      setSelected([]);
      setPath(null);
    }
  }, [opened.data]);
  useEffect(() => {
    if (search.start && !search.chart) {
      setChart(emptyChart([search.start]));
      setSaved(null);
    }
  }, [search.start, search.chart]);

  const graph = useQuery({
    queryKey: networkKeys.graph(chart ?? { seeds: [] }, analyse),
    queryFn: () => getGraph(chart!, analyse),
    enabled: !!chart,
    placeholderData: keepPreviousData,
  });

  const change = (next: Chart) => {
    setChart(next);
    setConnecting(null);
  };
  const select = (id: string, additive: boolean) =>
    setSelected((s) => (additive ? (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]) : [id]));

  return (
    <div className="page network-page">
      <h1>{t('network.title')}</h1>
      <p className="muted">{t('network.intro')}</p>
      <StartForm
        onStart={(id, add) => {
          if (add && chart) change(addSeeds(chart, [id]));
          else {
            change(emptyChart([id]));
            setSaved(null);
            navigate({ to: '/network', search: { start: id } });
          }
          setSelected([id]);
          setPath(null);
        }}
        canAdd={!!chart}
      />
      {!chart && <p className="notice">{t('network.empty')}</p>}
      {chart && (
        <>
          <Controls
            chart={chart}
            analyse={analyse}
            byCommunity={byCommunity}
            onChange={change}
            onAnalyse={setAnalyse}
            onColour={setByCommunity}
            onClear={() => {
              setChart(null);
              setSaved(null);
              setSelected([]);
              setPath(null);
              navigate({ to: '/network', search: {} });
            }}
          />
          {graph.isError && <ErrorMessage error={graph.error} onRetry={() => graph.refetch()} />}
          {graph.isPending && <Loading />}
          {graph.data && (
            <ChartView
              chart={chart}
              graph={graph.data}
              selected={selected}
              path={path}
              connecting={connecting}
              byCommunity={byCommunity && analyse}
              onSelect={select}
              onSelectMany={setSelected}
              onClearSelection={() => setSelected([])}
              onChange={change}
              onPath={setPath}
              onConnecting={setConnecting}
              saved={saved}
              onSaved={(c) => {
                setSaved(c);
                client.invalidateQueries({ queryKey: networkKeys.charts });
                navigate({ to: '/network', search: { chart: c.id } });
              }}
              language={i18n.language}
            />
          )}
        </>
      )}
      <SavedCharts
        current={saved}
        onOpen={(c) => {
          navigate({ to: '/network', search: { chart: c.id } });
          setSaved(c);
          setChart(withDefaults(c.definition));
          setSelected([]);
          setPath(null);
        }}
        onDeleted={(id) => {
          if (saved?.id === id) setSaved(null);
        }}
      />
    </div>
  );
}

function StartForm({ onStart, canAdd }: { onStart: (id: string, add: boolean) => void; canAdd: boolean }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: ['network', 'start', q],
    queryFn: async () => {
      const options: { id: string; label: string; detail: string | null }[] = [];
      const phone = toE164(q, me.jurisdiction === 'XK' ? 'XK' : me.jurisdiction);
      if (phone.ok && /\d{6}/.test(q.replace(/\D/g, '')))
        options.push({
          id: `phone:${phone.e164}`,
          label: t('network.start.phone', { phone: formatPhone(phone.e164) }),
          detail: null,
        });
      const plate = normalisePlate(q);
      if (plate.length >= 4 && /\d/.test(plate) && /[A-Z]/.test(plate))
        options.push({ id: `vehicle:${plate}`, label: t('network.start.plate', { plate }), detail: null });
      const [found, cases] = await Promise.all([
        searchRecords(q, 'network chart').catch(() => ({ hits: [] })),
        listCases({ q, limit: 10 }).catch(() => ({ cases: [] })),
      ]);
      for (const c of cases.cases) options.push({ id: `case:${c.id}`, label: c.reference, detail: c.title });
      for (const h of found.hits)
        if (h.kind === 'person') options.push({ id: `person:${h.id}`, label: h.label, detail: h.detail });
      return options;
    },
    enabled: q.length > 0,
  });
  return (
    <section className="card network-start" aria-labelledby="network-start-title">
      <h2 id="network-start-title">{t('network.start.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <label className="field">
          <span>{t('network.start.label')}</span>
          <input name="start" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit">{t('network.start.find')}</button>
      </form>
      {results.isFetching && <Loading />}
      {results.data && results.data.length === 0 && <p className="muted">{t('network.start.none')}</p>}
      {results.data && results.data.length > 0 && (
        <ul className="network-results" data-testid="network-start-results">
          {results.data.map((o) => (
            <li key={o.id}>
              <span>
                <strong>{o.label}</strong>
                {o.detail && <span className="muted"> · {o.detail}</span>}
              </span>
              <span className="actions">
                <button type="button" data-node={o.id} onClick={() => onStart(o.id, false)}>
                  {t('network.start.replace')}
                </button>
                {canAdd && (
                  <button type="button" className="secondary" onClick={() => onStart(o.id, true)}>
                    {t('network.start.add')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Controls({
  chart,
  analyse,
  byCommunity,
  onChange,
  onAnalyse,
  onColour,
  onClear,
}: {
  chart: Chart;
  analyse: boolean;
  byCommunity: boolean;
  onChange: (c: Chart) => void;
  onAnalyse: (v: boolean) => void;
  onColour: (v: boolean) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(chart.filters);
  useEffect(() => setDraft(chart.filters), [chart.filters]);
  return (
    <details className="card network-controls">
      <summary>{t('network.controls.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const clean = Object.fromEntries(
            Object.entries(draft).filter(
              ([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0),
            ),
          );
          onChange({ ...chart, filters: clean });
        }}
      >
        <div className="grid">
          <label className="field">
            <span>{t('network.controls.hops')}</span>
            <select
              name="hops"
              value={chart.hops}
              onChange={(e) => onChange({ ...chart, hops: Number(e.target.value) })}
            >
              {[0, 1, 2, 3].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('network.controls.limit')}</span>
            <select
              name="limit"
              value={chart.limit}
              onChange={(e) => onChange({ ...chart, limit: Number(e.target.value) })}
            >
              {[10, 25, 50, 100, 250, 500, 1000].map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('network.controls.from')}</span>
            <input
              type="date"
              name="from"
              value={draft.from ?? ''}
              onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })}
            />
          </label>
          <label className="field">
            <span>{t('network.controls.to')}</span>
            <input
              type="date"
              name="to"
              value={draft.to ?? ''}
              onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })}
            />
          </label>
        </div>
        <CheckboxGroup
          legend={t('network.controls.roles')}
          options={CASE_ROLES.map((r) => ({ value: r, label: t(`cases.roles.${r}`) }))}
          selected={(draft.roles ?? []) as string[]}
          onChange={(roles) => setDraft({ ...draft, roles })}
        />
        <CheckboxGroup
          legend={t('network.controls.caseTypes')}
          options={CASE_TYPES.map((c) => ({ value: c, label: t(`cases.types.${c}`) }))}
          selected={(draft.caseTypes ?? []) as string[]}
          onChange={(caseTypes) => setDraft({ ...draft, caseTypes: caseTypes as typeof draft.caseTypes })}
        />
        <CheckboxGroup
          legend={t('network.controls.jurisdictions')}
          options={JURISDICTIONS.filter((j) => j !== 'REG').map((j) => ({
            value: j,
            label: t(`jurisdictions.${j}`),
          }))}
          selected={(draft.jurisdictions ?? []) as string[]}
          onChange={(jurisdictions) => setDraft({ ...draft, jurisdictions })}
        />
        <div className="actions">
          <button type="submit">{t('network.controls.apply')}</button>
          <button type="button" className="secondary" onClick={onClear}>
            {t('network.controls.clear')}
          </button>
        </div>
      </form>
      <label className="check">
        <input
          type="checkbox"
          name="analyse"
          checked={analyse}
          onChange={(e) => onAnalyse(e.target.checked)}
        />
        {t('network.controls.analyse')}
      </label>
      {analyse && (
        <fieldset className="inline">
          <legend>{t('network.controls.colourBy')}</legend>
          <label className="check">
            <input type="radio" name="colour" checked={!byCommunity} onChange={() => onColour(false)} />
            {t('network.controls.byKind')}
          </label>
          <label className="check">
            <input type="radio" name="colour" checked={byCommunity} onChange={() => onColour(true)} />
            {t('network.controls.byCommunity')}
          </label>
        </fieldset>
      )}
    </details>
  );
}

function nodeSize(node: NetworkNode, degree: number, centrality: number | undefined): number {
  if (centrality !== undefined) return 4 + 18 * Math.sqrt(centrality);
  const total = degree + Object.values(node.more).reduce((a, b) => a + (b ?? 0), 0);
  return 3 + 2 * Math.log2(1 + total);
}

function ChartView(props: {
  chart: Chart;
  graph: GraphResponse;
  selected: string[];
  path: PathResponse | null;
  connecting: { nodes: string[]; edges: string[] } | null;
  byCommunity: boolean;
  onSelect: (id: string, additive: boolean) => void;
  onSelectMany: (ids: string[]) => void;
  onClearSelection: () => void;
  onChange: (c: Chart) => void;
  onPath: (p: PathResponse | null) => void;
  onConnecting: (c: { nodes: string[]; edges: string[] } | null) => void;
  saved: SavedChart | null;
  onSaved: (c: SavedChart) => void;
  language: string;
}) {
  const { t } = useTranslation();
  const { chart, graph, selected, path } = props;
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const e of graph.edges) {
      d.set(e.source, (d.get(e.source) ?? 0) + 1);
      d.set(e.target, (d.get(e.target) ?? 0) + 1);
    }
    return d;
  }, [graph.edges]);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);
  const groupColour = useMemo(() => {
    const m = new Map<string, string>();
    chart.groups.forEach((g, k) => {
      for (const n of g.nodes) m.set(n, GROUP_COLOURS[k % GROUP_COLOURS.length]!);
    });
    return m;
  }, [chart.groups]);

  useEffect(() => {
    if (!container.current) return;
    const r = createRenderer(container.current, {
      onClickNode: (id, additive) => handlers.current.onSelect(id, additive),
      onClickStage: () => handlers.current.onClearSelection(),
      onMoved: (id, x, y) => handlers.current.onChange(pin(handlers.current.chart, id, x, y)),
    });
    renderer.current = r;
    (window as unknown as { vezaNetwork?: NetworkRenderer }).vezaNetwork = r;
    return () => {
      r.kill();
      renderer.current = null;
    };
  }, []);

  useEffect(() => {
    const r = renderer.current;
    if (!r) return;
    const pinned = new Map(chart.pinned.map((p) => [p.node, p]));
    const before = r.graph.order;
    r.update(
      graph.nodes.map((n) => {
        const p = pinned.get(n.id);
        return {
          id: n.id,
          kind: n.kind,
          label: nodeLabel(n, t),
          size: nodeSize(n, degree.get(n.id) ?? 0, graph.analysis?.centrality[n.id]?.betweenness),
          ...(p ? { x: p.x, y: p.y, fixed: true } : {}),
        };
      }),
      graph.edges,
    );
    if (r.graph.order !== before) r.layout();
  }, [graph, degree, chart.pinned, t]);

  useEffect(() => {
    renderer.current?.highlight({
      selected: new Set(selected),
      path: new Set([...(path?.nodes.map((n) => n.id) ?? []), ...(props.connecting?.nodes ?? [])]),
      pathEdges: new Set([...(path?.edges.map((e) => e.id) ?? []), ...(props.connecting?.edges ?? [])]),
      communities: props.byCommunity ? (graph.analysis?.communities ?? null) : null,
      groups: groupColour,
    });
  }, [selected, path, props.connecting, props.byCommunity, graph.analysis, groupColour]);

  const chosen = selected.map((s) => byId.get(s)).filter((n): n is NetworkNode => !!n);

  return (
    <div className="network-layout">
      <div className="network-main">
        <p className="muted" data-testid="network-summary">
          {t('network.summary', {
            nodes: graph.nodes.length,
            edges: graph.edges.length,
            code: graph.handlingCode,
          })}
        </p>
        {graph.truncated.length > 0 && <p className="notice">{t('network.truncated')}</p>}
        {graph.capped && (
          <p className="notice" role="status">
            {t('network.capped')}
          </p>
        )}
        <div
          ref={container}
          className="network-canvas"
          role="img"
          aria-label={t('network.canvasLabel')}
          data-testid="network-canvas"
          data-nodes={graph.nodes.length}
        />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => renderer.current?.layout(3000)}>
            {t('network.controls.layout')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => renderer.current?.sigma.getCamera().animatedReset()}
          >
            {t('network.controls.fit')}
          </button>
        </div>
        <ul className="network-legend" aria-label={t('network.legend')}>
          {NODE_KINDS.map((k) => (
            <li key={k}>
              <span className="swatch" style={{ background: KIND_COLOURS[k] }} aria-hidden="true" />
              {t(`network.kinds.${k}`)}
            </li>
          ))}
        </ul>
      </div>
      <div className="network-side">
        <SelectionPanel
          {...props}
          chosen={chosen}
          positionOf={(id) => renderer.current?.positions()[id] ?? null}
        />
        {graph.analysis && <AnalysisPanel graph={graph} onSelect={props.onSelect} />}
        <GroupsAndHidden
          chart={chart}
          selected={selected}
          onChange={props.onChange}
          onSelectMany={props.onSelectMany}
          byId={byId}
        />
        <ExportPanel
          chart={chart}
          graph={graph}
          positions={() => renderer.current?.positions() ?? {}}
          renderer={renderer}
        />
        <SavePanel chart={chart} saved={props.saved} onSaved={props.onSaved} />
      </div>
      <Timeline
        items={graph.timeline}
        selected={selected}
        onSelect={props.onSelectMany}
        language={props.language}
      />
      <NodeList nodes={graph.nodes} degree={degree} selected={selected} onSelect={props.onSelect} />
    </div>
  );
}

function SelectionPanel({
  chart,
  graph,
  chosen,
  path,
  onChange,
  onPath,
  onConnecting,
  onClearSelection,
  positionOf,
}: {
  chart: Chart;
  graph: GraphResponse;
  chosen: NetworkNode[];
  positionOf: (id: string) => { x: number; y: number } | null;
  path: PathResponse | null;
  onChange: (c: Chart) => void;
  onPath: (p: PathResponse | null) => void;
  onConnecting: (c: { nodes: string[]; edges: string[] } | null) => void;
  onClearSelection: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [timed, setTimed] = useState(false);
  const [skip, setSkip] = useState('');
  const finder = useMutation({
    mutationFn: () =>
      findPath({
        chart,
        from: chosen[0]!.id,
        to: chosen[1]!.id,
        timeRespecting: timed,
        ...(skip ? { skipHubsAbove: Number(skip) } : {}),
      }),
    onSuccess: (p) => onPath(p),
  });
  const connect = useMutation({
    mutationFn: () =>
      connectingNetwork(
        chart,
        chosen.map((n) => n.id),
      ),
    onSuccess: (c) => onConnecting(c),
  });
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  if (chosen.length === 0)
    return (
      <section className="card" aria-labelledby="network-selection-title">
        <h2 id="network-selection-title">{t('network.node.title')}</h2>
        <p className="muted">{t('network.path.hint')}</p>
      </section>
    );
  const one = chosen[0]!;
  const pinned = chart.pinned.some((p) => p.node === one.id);
  const link = recordLink(one);
  const centrality = graph.analysis?.centrality[one.id];
  const community = graph.analysis?.communities[one.id];
  return (
    <section className="card" aria-labelledby="network-selection-title" data-testid="network-selection">
      <h2 id="network-selection-title">
        {chosen.length === 1
          ? t('network.node.title')
          : t('network.node.selectedCount', { count: chosen.length })}
      </h2>
      {chosen.length === 1 && (
        <>
          <p>
            <strong data-testid="selected-label">{nodeLabel(one, t)}</strong> ·{' '}
            {t(`network.kinds.${one.kind}`)}
            {nodeDetail(one, t) && <span className="muted"> · {nodeDetail(one, t)}</span>}
          </p>
          {one.sharedBy !== null && one.sharedBy > 1 && (
            <p className="muted">{t('network.node.sharedBy', { count: one.sharedBy })}</p>
          )}
          {centrality && (
            <p className="muted">
              {t('network.node.centrality', {
                degree: number(centrality.degree),
                betweenness: number(centrality.betweenness),
                eigenvector: number(centrality.eigenvector),
              })}
              {community !== undefined && ` · ${t('network.node.community', { n: community + 1 })}`}
            </p>
          )}
          <h3>{t('network.node.expand')}</h3>
          {Object.keys(one.more).length === 0 ? (
            <p className="muted">{t('network.node.nothingMore')}</p>
          ) : (
            <div className="actions wrap">
              {(Object.entries(one.more) as [NodeKind, number][]).map(([kind, count]) => (
                <button
                  key={kind}
                  type="button"
                  className="secondary"
                  data-expand={kind}
                  onClick={() => onChange(expand(chart, one.id, [kind]))}
                >
                  {t('network.node.expandKind', { kind: t(`network.kindsPlural.${kind}`), count })}
                </button>
              ))}
              <button type="button" onClick={() => onChange(expand(chart, one.id, []))}>
                {t('network.node.expandAll')}
              </button>
            </div>
          )}
          <div className="actions wrap">
            {pinned ? (
              <button type="button" className="secondary" onClick={() => onChange(unpin(chart, one.id))}>
                {t('network.node.unpin')}
              </button>
            ) : (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const at = positionOf(one.id);
                  if (at) onChange(pin(chart, one.id, at.x, at.y));
                }}
              >
                {t('network.node.pin')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => onChange(hide(chart, [one.id]))}>
              {t('network.node.hide')}
            </button>
            {link && <Link to={link}>{t('network.node.open')}</Link>}
          </div>
        </>
      )}
      {chosen.length >= 2 && (
        <>
          <ul>
            {chosen.map((n) => (
              <li key={n.id}>
                {nodeLabel(n, t)} · {t(`network.kinds.${n.kind}`)}
              </li>
            ))}
          </ul>
          <div className="actions wrap">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                onChange(
                  hide(
                    chart,
                    chosen.map((n) => n.id),
                  ),
                )
              }
            >
              {t('network.node.hide')}
            </button>
          </div>
        </>
      )}
      {chosen.length === 2 && (
        <form
          className="network-path"
          onSubmit={(e) => {
            e.preventDefault();
            finder.mutate();
          }}
        >
          <h3>{t('network.path.title')}</h3>
          <fieldset className="inline">
            <legend className="visually-hidden">{t('network.path.title')}</legend>
            <label className="check">
              <input type="radio" name="order" checked={!timed} onChange={() => setTimed(false)} />
              {t('network.path.shortest')}
            </label>
            <label className="check">
              <input type="radio" name="order" checked={timed} onChange={() => setTimed(true)} />
              {t('network.path.timed')}
            </label>
          </fieldset>
          <label className="field">
            <span>{t('network.path.skipHubs')}</span>
            <input
              type="number"
              name="skipHubs"
              min={2}
              max={10000}
              value={skip}
              onChange={(e) => setSkip(e.target.value)}
            />
          </label>
          <button type="submit" disabled={finder.isPending}>
            {t('network.path.find')}
          </button>
          {finder.isError && (
            <p role="alert" className="field-error">
              {errorText(finder.error, t, i18n.language)}
            </p>
          )}
        </form>
      )}
      {chosen.length >= 2 && (
        <button
          type="button"
          className="secondary"
          onClick={() => connect.mutate()}
          disabled={connect.isPending}
        >
          {t('network.path.connecting')}
        </button>
      )}
      {path && (
        <div role="status" data-testid="network-path">
          {path.found ? (
            <>
              <p>{t('network.path.found', { steps: path.edges.length === 0 ? 0 : path.nodes.length - 1 })}</p>
              <ol className="network-path-steps">
                {path.nodes.map((n) => (
                  <li key={n.id} data-node={n.id}>
                    {nodeLabel(n, t)} <span className="muted">· {t(`network.kinds.${n.kind}`)}</span>
                  </li>
                ))}
              </ol>
              <button
                type="button"
                onClick={() =>
                  onChange(
                    addSeeds(
                      chart,
                      path.nodes.map((n) => n.id),
                    ),
                  )
                }
              >
                {t('network.path.keep')}
              </button>
            </>
          ) : (
            <p>{timed ? t('network.path.noneTimed') : t('network.path.none')}</p>
          )}
        </div>
      )}
      <button type="button" className="link" onClick={onClearSelection}>
        {t('network.node.deselect')}
      </button>
    </section>
  );
}

function AnalysisPanel({
  graph,
  onSelect,
}: {
  graph: GraphResponse;
  onSelect: (id: string, additive: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const a = graph.analysis!;
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  return (
    <section className="card" aria-labelledby="network-analysis-title" data-testid="network-analysis">
      <h2 id="network-analysis-title">{t('network.analysis.title')}</h2>
      <p className="muted">{t('network.analysis.intro')}</p>
      <p>
        {t('network.analysis.communities', { count: a.communityCount, modularity: number(a.modularity) })}
      </p>
      {a.betweennessSampled && <p className="muted">{t('network.analysis.sampled')}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('network.analysis.person')}</th>
              <th scope="col">{t('network.analysis.betweenness')}</th>
              <th scope="col">{t('network.analysis.degree')}</th>
              <th scope="col">{t('network.analysis.eigenvector')}</th>
            </tr>
          </thead>
          <tbody>
            {a.ranking.slice(0, 10).map((r) => (
              <tr key={r.node} data-node={r.node}>
                <td>
                  <button type="button" className="link" onClick={() => onSelect(r.node, false)}>
                    {r.label}
                  </button>
                </td>
                <td>{number(r.betweenness)}</td>
                <td>{number(r.degree)}</td>
                <td>{number(r.eigenvector)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GroupsAndHidden({
  chart,
  selected,
  onChange,
  onSelectMany,
  byId,
}: {
  chart: Chart;
  selected: string[];
  onChange: (c: Chart) => void;
  onSelectMany: (ids: string[]) => void;
  byId: Map<string, NetworkNode>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <section className="card" aria-labelledby="network-groups-title">
      <h2 id="network-groups-title">{t('network.group.title')}</h2>
      {chart.groups.length > 0 && (
        <ul>
          {chart.groups.map((g, k) => (
            <li key={g.name}>
              <span
                className="swatch"
                style={{ background: GROUP_COLOURS[k % GROUP_COLOURS.length] }}
                aria-hidden="true"
              />
              {g.name} ({g.nodes.length}){' '}
              <button type="button" className="link" onClick={() => onSelectMany(g.nodes)}>
                {t('network.group.select')}
              </button>{' '}
              <button type="button" className="link" onClick={() => onChange(ungroup(chart, g.name))}>
                {t('network.group.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) onChange(group(chart, name.trim(), selected));
            setName('');
          }}
        >
          <label className="field">
            <span>{t('network.group.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
          </label>
          <button type="submit">{t('network.group.make')}</button>
        </form>
      )}
      {chart.hidden.length > 0 && (
        <>
          <h3>{t('network.hidden.title')}</h3>
          <ul>
            {chart.hidden.map((h) => (
              <li key={h}>
                {byId.get(h)?.label ?? h}{' '}
                <button type="button" className="link" onClick={() => onChange(unhide(chart, h))}>
                  {t('network.hidden.show')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ExportPanel({
  chart,
  graph,
  positions,
  renderer,
}: {
  chart: Chart;
  graph: GraphResponse;
  positions: () => Record<string, { x: number; y: number }>;
  renderer: { current: NetworkRenderer | null };
}) {
  const { t, i18n } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [format, setFormat] = useState<ExportFormat>('graphml');
  const [done, setDone] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      const file = await exportChart({
        chart,
        format,
        purpose,
        positions: positions(),
        ...(graph.analysis ? { communities: graph.analysis.communities } : {}),
      });
      if (format === 'png') {
        const { downloadAsPNG } = await import('@sigma/export-image');
        const name = `veza-network-${file.handlingCode}-${new Date().toISOString().slice(0, 10)}`;
        if (renderer.current)
          await downloadAsPNG(renderer.current.sigma, { fileName: name, backgroundColor: '#ffffff' });
        return { name: `${name}.png`, code: file.handlingCode };
      }
      saveFile(file.blob!, file.filename);
      return { name: file.filename, code: file.handlingCode };
    },
    onSuccess: (r) => setDone(t('network.export.done', { file: r.name, code: r.code })),
  });
  return (
    <section className="card" aria-labelledby="network-export-title">
      <h2 id="network-export-title">{t('network.export.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          run.mutate();
        }}
      >
        <label className="field">
          <span>{t('network.export.purpose')}</span>
          <input
            name="purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            required
            minLength={3}
            maxLength={300}
          />
        </label>
        <label className="field">
          <span>{t('network.export.format')}</span>
          <select name="format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {NETWORK_EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`network.export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={run.isPending}>
          {t('network.export.go')}
        </button>
        {run.isError && (
          <p role="alert" className="field-error">
            {errorText(run.error, t, i18n.language)}
          </p>
        )}
        {done && <p role="status">{done}</p>}
      </form>
    </section>
  );
}

function SavePanel({
  chart,
  saved,
  onSaved,
}: {
  chart: Chart;
  saved: SavedChart | null;
  onSaved: (c: SavedChart) => void;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(saved?.name ?? '');
  const [description, setDescription] = useState(saved?.description ?? '');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setName(saved?.name ?? '');
    setDescription(saved?.description ?? '');
  }, [saved]);
  const body = () => ({ name, description: description.trim() || null, definition: chart });
  const done = (c: SavedChart) => {
    setMessage(t('network.charts.saved'));
    onSaved(c);
  };
  const create = useMutation({ mutationFn: () => saveChart(body()), onSuccess: done });
  const update = useMutation({
    mutationFn: () => updateChart(saved!.id, { ...body(), version: saved!.version }),
    onSuccess: done,
  });
  const error = create.error ?? update.error;
  const mayUpdate = saved?.actions.includes('update');
  return (
    <section className="card" aria-labelledby="network-save-title">
      <h2 id="network-save-title">{t('network.charts.saveTitle')}</h2>
      {saved && <p className="muted">{t('network.charts.current', { name: saved.name })}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          create.mutate();
        }}
      >
        <label className="field">
          <span>{t('network.charts.name')}</span>
          <input
            name="chartName"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={120}
            required
          />
        </label>
        <label className="field">
          <span>{t('network.charts.description')}</span>
          <textarea
            name="chartDescription"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={2000}
            rows={2}
          />
        </label>
        <div className="actions wrap">
          {mayUpdate && (
            <button type="button" onClick={() => update.mutate()} disabled={update.isPending}>
              {t('network.charts.update')}
            </button>
          )}
          <button type="submit" className={mayUpdate ? 'secondary' : ''} disabled={create.isPending}>
            {t('network.charts.save')}
          </button>
        </div>
        {error && (
          <p role="alert" className="field-error">
            {errorText(error, t, i18n.language)}
          </p>
        )}
        {message && <p role="status">{message}</p>}
      </form>
      {saved?.actions.includes('share') && <SharePanel chart={saved} onShared={onSaved} />}
    </section>
  );
}

function SharePanel({ chart, onShared }: { chart: SavedChart; onShared: (c: SavedChart) => void }) {
  const { t, i18n } = useTranslation();
  const colleagues = useQuery({ queryKey: networkKeys.colleagues, queryFn: listColleagues });
  const [chosen, setChosen] = useState<string[]>(chart.sharedWith.map((c) => c.id));
  useEffect(() => setChosen(chart.sharedWith.map((c) => c.id)), [chart]);
  const [message, setMessage] = useState<string | null>(null);
  const share = useMutation({
    mutationFn: () => shareChart(chart.id, chosen),
    onSuccess: (c) => {
      setMessage(t('network.charts.shared'));
      onShared(c);
    },
  });
  if (!colleagues.data) return colleagues.isError ? <ErrorMessage error={colleagues.error} /> : null;
  if (colleagues.data.length === 0) return <p className="muted">{t('network.charts.noColleagues')}</p>;
  return (
    <form
      data-testid="network-share"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        share.mutate();
      }}
    >
      <CheckboxGroup
        legend={t('network.charts.share')}
        options={colleagues.data.map((c) => ({ value: c.id, label: `${c.name} (${c.username})` }))}
        selected={chosen}
        onChange={setChosen}
      />
      <button type="submit" disabled={share.isPending}>
        {t('network.charts.shareSave')}
      </button>
      {share.isError && (
        <p role="alert" className="field-error">
          {errorText(share.error, t, i18n.language)}
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </form>
  );
}

function SavedCharts({
  current,
  onOpen,
  onDeleted,
}: {
  current: SavedChart | null;
  onOpen: (c: SavedChart) => void;
  onDeleted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const charts = useQuery({ queryKey: networkKeys.charts, queryFn: listCharts });
  const remove = useMutation({
    mutationFn: (id: string) => deleteChart(id),
    onSuccess: (_, id) => {
      onDeleted(id);
      client.invalidateQueries({ queryKey: networkKeys.charts });
    },
  });
  return (
    <section className="card" aria-labelledby="network-charts-title" data-testid="network-charts">
      <h2 id="network-charts-title">{t('network.charts.title')}</h2>
      {charts.isError && <ErrorMessage error={charts.error} />}
      {charts.data && charts.data.length === 0 && <p className="muted">{t('network.charts.none')}</p>}
      {charts.data && charts.data.length > 0 && (
        <ul className="network-chart-list">
          {charts.data.map((c) => (
            <li key={c.id} aria-current={current?.id === c.id ? 'true' : undefined}>
              <span>
                <strong>{c.name}</strong>{' '}
                <span className="muted">
                  ·{' '}
                  {c.owner.id === me.id
                    ? t('network.charts.mine')
                    : t('network.charts.sharedBy', { name: c.owner.name })}
                </span>
              </span>
              <span className="actions">
                <button type="button" className="secondary" onClick={() => onOpen(c)}>
                  {t('network.charts.open')}
                </button>
                {c.actions.includes('delete') && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      if (window.confirm(t('network.charts.confirmDelete', { name: c.name })))
                        remove.mutate(c.id);
                    }}
                  >
                    {t('network.charts.delete')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Timeline({
  items,
  selected,
  onSelect,
  language,
}: {
  items: TimelineItem[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  language: string;
}) {
  const { t } = useTranslation();
  const [onlySelection, setOnlySelection] = useState(false);
  const shown =
    onlySelection && selected.length ? items.filter((i) => i.nodes.some((n) => selected.includes(n))) : items;
  const date = (d: string) =>
    d.length === 10 ? new Date(`${d}T00:00:00Z`).toLocaleDateString(language, { timeZone: 'UTC' }) : d;
  return (
    <section
      className="card network-timeline"
      aria-labelledby="network-timeline-title"
      data-testid="network-timeline"
    >
      <h2 id="network-timeline-title">{t('network.timeline.title')}</h2>
      <p className="muted">{t('network.timeline.intro')}</p>
      <label className="check">
        <input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} />
        {t('network.timeline.forSelection')}
      </label>
      {shown.length === 0 ? (
        <p className="muted">{t('network.timeline.none')}</p>
      ) : (
        <ol className="timeline-list">
          {shown.slice(0, 300).map((i) => {
            const active = i.nodes.some((n) => selected.includes(n));
            return (
              <li key={i.id} className={active ? 'active' : undefined}>
                <button type="button" className="link" onClick={() => onSelect(i.nodes)}>
                  <time dateTime={i.date}>{date(i.date)}</time> · {t(`network.timeline.kinds.${i.kind}`)}:{' '}
                  {i.kind === 'event' ? t(`cases.eventTypes.${i.label}`, { defaultValue: i.label }) : i.label}
                  {i.transport && ` · ${t(`cases.transports.${i.transport}`, { defaultValue: i.transport })}`}
                  {i.place && <span className="muted"> · {i.place}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function NodeList({
  nodes,
  degree,
  selected,
  onSelect,
}: {
  nodes: NetworkNode[];
  degree: Map<string, number>;
  selected: string[];
  onSelect: (id: string, additive: boolean) => void;
}) {
  const { t } = useTranslation();
  const sorted = [...nodes].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
  return (
    <details className="card network-nodes" data-testid="network-nodes">
      <summary>
        {t('network.list.title')} ({nodes.length})
      </summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('network.node.title')}</span>
              </th>
              <th scope="col">{t('network.list.label')}</th>
              <th scope="col">{t('network.list.kind')}</th>
              <th scope="col">{t('network.list.ties')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, 2000).map((n) => (
              <tr key={n.id} data-node={n.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={nodeLabel(n, t)}
                    checked={selected.includes(n.id)}
                    onChange={() => onSelect(n.id, true)}
                  />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => onSelect(n.id, false)}>
                    {nodeLabel(n, t)}
                  </button>
                </td>
                <td>{t(`network.kinds.${n.kind}`)}</td>
                <td>{degree.get(n.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
