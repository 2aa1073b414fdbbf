/**
 * What investigators ask of a network, computed with graphology and its standard library:
 * shortest paths (around hubs on request), paths whose ties run in time order, the connecting
 * network of a selection, communities (Louvain) and centrality (degree, betweenness, eigenvector)
 * to rank likely organisers.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { seededRandom } from '../random.ts';
import type { NetworkEdge, NetworkNode } from './model.ts';

type NodeAttributes = { kind: NetworkNode['kind'] };
type EdgeAttributes = { weight: number; distance: number; date: string | null; ids: string[] };
export type AnalysisGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * The graph the algorithms run on: undirected, one edge per pair of nodes (parallel ties merged,
 * the strongest kept), each edge's distance the inverse of its strength.
 */
export function analysisGraph(
  nodes: readonly Pick<NetworkNode, 'id' | 'kind'>[],
  edges: readonly NetworkEdge[],
): AnalysisGraph {
  const graph: AnalysisGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) if (!graph.hasNode(n.id)) graph.addNode(n.id, { kind: n.kind });
  // Parallel ties merged first, then each pair added once (cheaper than looking each up in the graph).
  const pairs = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const weight = Math.max(e.weight, 1e-6);
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const existing = pairs.get(key);
    if (existing === undefined) {
      pairs.set(key, {
        source: e.source,
        target: e.target,
        attributes: { weight, distance: 1 / weight, date: e.date, ids: [e.id] },
      });
    } else {
      const a = existing.attributes;
      a.ids.push(e.id);
      if (weight > a.weight) {
        a.weight = weight;
        a.distance = 1 / weight;
      }
    }
  }
  for (const { source, target, attributes } of pairs.values()) graph.addEdge(source, target, attributes);
  return graph;
}

export type PathOptions = {
  /** Skip nodes with more neighbours than this (hubs: a crossing, a phone a whole group used); endpoints are never skipped. */
  skipHubsAbove?: number;
};

export type Path = { nodes: string[]; edges: string[]; length: number };

function withoutHubs(
  graph: AnalysisGraph,
  keep: readonly string[],
  above: number | undefined,
): AnalysisGraph {
  if (above === undefined) return graph;
  const copy = graph.copy();
  graph.forEachNode((node) => {
    if (!keep.includes(node) && graph.degree(node) > above) copy.dropNode(node);
  });
  return copy;
}

function pathOf(graph: AnalysisGraph, nodes: string[]): Path {
  const edges: string[] = [];
  let length = 0;
  for (let k = 1; k < nodes.length; k++) {
    const key = graph.edge(nodes[k - 1], nodes[k])!;
    const a = graph.getEdgeAttributes(key);
    edges.push(...a.ids);
    length += a.distance;
  }
  return { nodes, edges, length };
}

/** The shortest path by distance (the inverse of the ties' strength), or null when none. */
export function shortestPath(
  graph: AnalysisGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): Path | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], length: 0 };
  const g = withoutHubs(graph, [from, to], options.skipHubsAbove);
  const nodes = bidirectional(g, from, to, 'distance') as string[] | null;
  return nodes ? pathOf(graph, nodes) : null;
}

const DAY = 86_400_000;

/** The days a partial date may stand for: 2024 is the whole year, 2024-05 the whole month. */
export function dateSpan(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(year, 0, 1) / DAY, Date.UTC(year, 11, 31) / DAY];
  const month = Number(m[2]) - 1;
  if (m[3] === undefined) return [Date.UTC(year, month, 1) / DAY, Date.UTC(year, month + 1, 0) / DAY];
  const day = Date.UTC(year, month, Number(m[3])) / DAY;
  return [day, day];
}

/**
 * A path whose dated ties run in time order (i2's "find path" with events in sequence): each
 * dated tie must be able to fall on or after the one before it. A tie dated only by month or
 * year may fall on any day of it; undated ties (a phone, a document) fit anywhere. Found by
 * earliest arrival (a Dijkstra on the clock), which finds a path whenever one exists; among
 * equally early arrivals, the fewest steps.
 */
export function timeRespectingPath(
  graph: AnalysisGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): Path | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], length: 0 };
  const g = withoutHubs(graph, [from, to], options.skipHubsAbove);
  const clock = new Map<string, number>([[from, Number.NEGATIVE_INFINITY]]);
  const steps = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, string>();
  const done = new Set<string>();
  // The graphs drawn are small (thousands of nodes): a linear scan for the next node is enough.
  const open = new Set<string>([from]);
  while (open.size) {
    let best: string | null = null;
    for (const n of open) {
      if (
        best === null ||
        clock.get(n)! < clock.get(best)! ||
        (clock.get(n) === clock.get(best) && steps.get(n)! < steps.get(best)!)
      )
        best = n;
    }
    const node = best!;
    open.delete(node);
    done.add(node);
    if (node === to) break;
    const t = clock.get(node)!;
    g.forEachEdge(node, (_key, a, source, target) => {
      const next = source === node ? target : source;
      if (done.has(next)) return;
      let arrival = t;
      if (a.date) {
        const span = dateSpan(a.date);
        if (span) {
          if (span[1] < t) return; // it happened before we got here: back in time
          arrival = Math.max(t, span[0]);
        }
      }
      const s = steps.get(node)! + 1;
      const known = clock.get(next);
      if (known === undefined || arrival < known || (arrival === known && s < steps.get(next)!)) {
        clock.set(next, arrival);
        steps.set(next, s);
        previous.set(next, node);
        open.add(next);
      }
    });
  }
  if (!done.has(to)) return null;
  const nodes = [to];
  while (nodes[0] !== from) nodes.unshift(previous.get(nodes[0]!)!);
  return pathOf(graph, nodes);
}

/**
 * The connecting network of a selection (i2's "connecting network"): every node and tie on a
 * shortest path between two of the selected nodes.
 */
export function connectingNetwork(
  graph: AnalysisGraph,
  selection: readonly string[],
  options: PathOptions = {},
) {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const chosen = selection.filter((n) => graph.hasNode(n));
  for (let i = 0; i < chosen.length; i++)
    for (let j = i + 1; j < chosen.length; j++) {
      const path = shortestPath(graph, chosen[i]!, chosen[j]!, options);
      if (!path) continue;
      for (const n of path.nodes) nodes.add(n);
      for (const e of path.edges) edges.add(e);
    }
  return { nodes: [...nodes], edges: [...edges] };
}

export type Centrality = { degree: number; betweenness: number; eigenvector: number };

export type NetworkAnalysis = {
  /** Each node's community (Louvain on the ties' strength); communities numbered by size, largest first. */
  communities: Record<string, number>;
  modularity: number;
  centrality: Record<string, Centrality>;
  /** Whether betweenness was estimated from a sample of sources (graphs over `exactUpTo` nodes). */
  betweennessSampled: boolean;
};

/**
 * Communities and centrality. Betweenness is exact (Brandes) up to `exactUpTo` nodes; above, it is
 * estimated from `samples` sources (100) drawn at random and scaled up (Brandes and Pich 2007), which
 * keeps the ranking of the most central nodes while taking a fraction of the time.
 */
export function analyseNetwork(
  graph: AnalysisGraph,
  options: { seed?: number; exactUpTo?: number; samples?: number } = {},
): NetworkAnalysis {
  const seed = options.seed ?? 1;
  const exactUpTo = options.exactUpTo ?? 1500;
  const samples = options.samples ?? 100;
  const result: NetworkAnalysis = {
    communities: {},
    modularity: 0,
    centrality: {},
    betweennessSampled: false,
  };
  if (graph.order === 0) return result;

  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(detailed.communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((c, k) => [c, k]));
  for (const [node, c] of Object.entries(detailed.communities)) result.communities[node] = renumber.get(c)!;
  result.modularity = detailed.modularity;

  let betweenness: Record<string, number>;
  if (graph.order <= exactUpTo) {
    betweenness = betweennessCentrality(graph, { getEdgeWeight: 'distance', normalized: true });
  } else {
    result.betweennessSampled = true;
    betweenness = sampledBetweenness(graph, samples, seed);
  }
  let eigenvector: Record<string, number> = {};
  try {
    eigenvector = eigenvectorCentrality(graph, {
      getEdgeWeight: 'weight',
      maxIterations: 200,
      tolerance: 1e-6,
    });
  } catch {
    // No convergence (a graph of pairs, say): leave eigenvector centrality at zero rather than fail the chart.
  }
  const n = graph.order;
  graph.forEachNode((node) => {
    result.centrality[node] = {
      degree: n > 1 ? graph.degree(node) / (n - 1) : 0,
      betweenness: betweenness[node] ?? 0,
      eigenvector: eigenvector[node] ?? 0,
    };
  });
  return result;
}

/** Brandes' accumulation from a random sample of sources (graphology's indexed Brandes), scaled to the whole graph and normalised as the exact one is. */
function sampledBetweenness(graph: AnalysisGraph, samples: number, seed: number): Record<string, number> {
  const brandes = createDijkstraIndexedBrandes(graph, 'distance');
  const index = (brandes as unknown as { index: { collect(values: Float64Array): Record<string, number> } })
    .index;
  const n = graph.order;
  const random = seededRandom(seed);
  const sources = new Set<number>();
  while (sources.size < Math.min(samples, n)) sources.add(Math.floor(random() * n));
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    for (const v of stack) delta[v] = 0;
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  const scale = (n / sources.size) * (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return index.collect(centrality);
}
