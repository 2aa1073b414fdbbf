/**
 * The network drawn with WebGL (sigma.js over a graphology graph), laid out by ForceAtlas 2 in a
 * web worker so that the page stays responsive: nodes coloured by kind (or community), sized by
 * their ties, the selection and a path highlighted, pinned nodes held where they were put.
 */
import type { NodeKind } from '@veza/core/network';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

/** Colours told apart with the common colour-vision deficiencies (Okabe–Ito). */
export const KIND_COLOURS: Record<NodeKind, string> = {
  person: '#0072B2',
  phone: '#E69F00',
  vehicle: '#009E73',
  document: '#CC79A7',
  case: '#D55E00',
  crossing: '#56B4E9',
  hit: '#000000',
};

const COMMUNITY_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b2df8a',
  '#fb9a99',
];

export type DrawnNode = {
  id: string;
  kind: NodeKind;
  label: string;
  x?: number;
  y?: number;
  fixed?: boolean;
  size?: number;
};
export type DrawnEdge = { id: string; source: string; target: string; weight: number };

export type Highlight = {
  selected: ReadonlySet<string>;
  path: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Each node's community when colouring by community. */
  communities: Record<string, number> | null;
  /** A group's colour for its members. */
  groups: Map<string, string>;
};

export interface NetworkRenderer {
  readonly graph: Graph;
  readonly sigma: Sigma;
  /** Replaces what is drawn, keeping the positions of nodes drawn before. */
  update(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[]): void;
  highlight(h: Highlight): void;
  /** Runs the force layout in a worker for a while (longer for larger graphs). */
  layout(ms?: number): void;
  positions(): Record<string, { x: number; y: number }>;
  kill(): void;
}

/**
 * Above this many nodes the chart is drawn at a lower level of detail, as map and graph viewers
 * do: nodes as points and ties as hairlines, and ties and labels left out while the view moves
 * (they come back when it stops). Measured in Chromium without a GPU (bench/network-fps.ts).
 */
export const LARGE_CHART = 1000;

/** A position for a new node: beside a neighbour already placed, or on a circle. */
function placeNear(graph: Graph, id: string, k: number, total: number): { x: number; y: number } {
  for (const n of graph.neighbors(id)) {
    const a = graph.getNodeAttributes(n);
    if (typeof a.x === 'number' && a.placed) {
      const angle = (2 * Math.PI * k) / Math.max(total, 1);
      return { x: a.x + Math.cos(angle) * 0.5 + (k % 7) * 0.01, y: a.y + Math.sin(angle) * 0.5 };
    }
  }
  const angle = (2 * Math.PI * k) / Math.max(total, 1);
  const r = 5 + (k % 5);
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

export function createRenderer(
  container: HTMLElement,
  events: {
    onClickNode?: (id: string, additive: boolean) => void;
    onClickStage?: () => void;
    onMoved?: (id: string, x: number, y: number) => void;
  } = {},
): NetworkRenderer {
  const graph = new Graph({ type: 'undirected', multi: false });
  let current: Highlight = {
    selected: new Set(),
    path: new Set(),
    pathEdges: new Set(),
    communities: null,
    groups: new Map(),
  };
  let large = false;
  /** The neighbours of the selection: drawn in colour with it, the rest dimmed. */
  let near = new Set<string>();
  const focus = () => current.selected.size > 0 || current.path.size > 0;

  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.6,
    defaultEdgeColor: '#b8bec6',
    zIndex: true,
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    edgeProgramClasses: { rectangle: EdgeRectangleProgram, line: EdgeLineProgram },
    defaultNodeType: 'circle',
    defaultEdgeType: 'rectangle',
    nodeReducer: (node, data) => {
      const kind = data.kind as NodeKind;
      const community = current.communities?.[node];
      const colour =
        current.groups.get(node) ??
        (community !== undefined
          ? COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]
          : KIND_COLOURS[kind]);
      const selected = current.selected.has(node);
      const onPath = current.path.has(node);
      const dim = focus() && !selected && !onPath && !near.has(node);
      return {
        ...data,
        type: large ? 'point' : 'circle',
        color: dim ? '#d9dde2' : colour,
        size: selected || onPath ? (data.size as number) * 1.6 : data.size,
        highlighted: selected,
        forceLabel: selected || onPath,
        zIndex: selected || onPath ? 2 : 1,
        label: dim ? '' : data.label,
      };
    },
    edgeReducer: (edge, data) => {
      const onPath = current.pathEdges.has(edge);
      const [s, t] = graph.extremities(edge);
      const touches = current.selected.has(s) || current.selected.has(t);
      return {
        ...data,
        type: large ? 'line' : 'rectangle',
        color: onPath ? '#C00000' : touches ? '#555d66' : focus() ? '#eceef1' : '#b8bec6',
        size: onPath ? 3 : data.size,
        zIndex: onPath ? 2 : touches ? 1 : 0,
      };
    },
  });

  // Dragging a node pins it where it is dropped.
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    graph.setNodeAttribute(node, 'highlighted', true);
  });
  sigma.getMouseCaptor().on('mousemovebody', (e) => {
    if (!dragged) return;
    const p = sigma.viewportToGraph(e);
    graph.setNodeAttribute(dragged, 'x', p.x);
    graph.setNodeAttribute(dragged, 'y', p.y);
    graph.setNodeAttribute(dragged, 'fixed', true);
    moved = true;
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  const release = () => {
    if (dragged && moved) {
      const a = graph.getNodeAttributes(dragged);
      events.onMoved?.(dragged, a.x as number, a.y as number);
    }
    dragged = null;
  };
  sigma.getMouseCaptor().on('mouseup', release);
  sigma.on('clickNode', ({ node, event }) => {
    if (moved) return;
    const original = event.original as MouseEvent;
    events.onClickNode?.(node, original.shiftKey || original.ctrlKey || original.metaKey);
  });
  sigma.on('clickStage', () => events.onClickStage?.());

  let worker: FA2Layout | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  return {
    graph,
    sigma,
    update(nodes, edges) {
      const wanted = new Set(nodes.map((n) => n.id));
      graph.forEachNode((n) => {
        if (!wanted.has(n)) graph.dropNode(n);
      });
      for (const n of nodes) {
        const size = n.size ?? 4;
        if (graph.hasNode(n.id)) {
          graph.mergeNodeAttributes(n.id, { label: n.label, kind: n.kind, size });
          if (n.fixed && n.x !== undefined && n.y !== undefined)
            graph.mergeNodeAttributes(n.id, { x: n.x, y: n.y, fixed: true });
        } else {
          graph.addNode(n.id, {
            label: n.label,
            kind: n.kind,
            size,
            x: n.x ?? 0,
            y: n.y ?? 0,
            fixed: !!n.fixed,
            placed: n.x !== undefined,
          });
        }
      }
      const wantedEdges = new Set<string>();
      for (const e of edges) {
        if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
        const key = graph.edge(e.source, e.target);
        const size = 0.6 + 2.4 * Math.min(1, e.weight);
        if (key === undefined)
          wantedEdges.add(graph.addEdgeWithKey(e.id, e.source, e.target, { size, weight: e.weight }));
        else {
          wantedEdges.add(key);
          if (e.weight > (graph.getEdgeAttribute(key, 'weight') as number))
            graph.mergeEdgeAttributes(key, { size, weight: e.weight });
        }
      }
      graph.forEachEdge((e) => {
        if (!wantedEdges.has(e)) graph.dropEdge(e);
      });
      const isLarge = graph.order > LARGE_CHART;
      if (isLarge !== large) {
        large = isLarge;
        // The picking layer (what is under the pointer) at an eighth of the resolution, not half.
        (sigma as unknown as { pickingDownSizingRatio: number }).pickingDownSizingRatio = large ? 8 : 2;
      }
      // A small chart names every node; a large one the larger nodes, as room allows.
      sigma.setSetting('labelRenderedSizeThreshold', graph.order <= 300 ? 0 : 9);
      const busy = large || graph.size > 1000;
      sigma.setSetting('hideEdgesOnMove', busy);
      sigma.setSetting('hideLabelsOnMove', busy);
      const fresh = graph.filterNodes((_, a) => !a.placed);
      fresh.forEach((n, k) => {
        graph.mergeNodeAttributes(n, { ...placeNear(graph, n, k, fresh.length), placed: true });
      });
    },
    highlight(h) {
      current = h;
      near = new Set();
      for (const s of h.selected) if (graph.hasNode(s)) for (const n of graph.neighbors(s)) near.add(n);
      sigma.refresh({ skipIndexation: true });
    },
    layout(ms) {
      if (graph.order < 2) return;
      worker?.kill();
      if (timer) clearTimeout(timer);
      const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1, adjustSizes: false };
      worker = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
      worker.start();
      timer = setTimeout(() => worker?.stop(), ms ?? Math.min(6000, 1200 + graph.order * 2));
    },
    positions() {
      const out: Record<string, { x: number; y: number }> = {};
      graph.forEachNode((n, a) => {
        out[n] = {
          x: Math.round((a.x as number) * 1000) / 1000,
          y: Math.round((a.y as number) * 1000) / 1000,
        };
      });
      return out;
    },
    kill() {
      if (timer) clearTimeout(timer);
      worker?.kill();
      sigma.kill();
    },
  };
}
