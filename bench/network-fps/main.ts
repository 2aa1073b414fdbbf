/**
 * The page the drawing benchmark opens: the network page's own renderer (sigma.js, WebGL) with a
 * generated chart of planted groups, laid out in advance as the force layout leaves a chart, then
 * panned across with the mouse (by the benchmark) while the frames drawn are counted.
 */
import { seededRandom } from '@veza/core';
import {
  createRenderer,
  type DrawnEdge,
  type DrawnNode,
} from '../../packages/web/src/features/network/renderer.ts';

declare global {
  interface Window {
    vezaDraw: (nodes: number, edges: number) => number;
    vezaStart: () => void;
    vezaStop: () => Record<string, number>;
    vezaPan: (seconds: number) => Promise<void>;
  }
}

const KINDS = ['person', 'phone', 'vehicle', 'case'] as const;

let renderer: ReturnType<typeof createRenderer> | null = null;
let renders = 0;
let renderTimes: number[] = [];
let renderStart = 0;
let frameGaps: number[] = [];
let counting = false;
let started = 0;

/** Draws the generated chart; how long the first drawing took (ms). */
window.vezaDraw = (nodeCount, edgeCount) => {
  const container = document.getElementById('chart')!;
  const random = seededRandom(30);
  const groups = Math.max(1, Math.round(nodeCount / 100));
  const nodes: DrawnNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const g = i % groups;
    const cx = Math.cos(g * 2.4) * Math.sqrt(g) * 30;
    const cy = Math.sin(g * 2.4) * Math.sqrt(g) * 30;
    nodes.push({
      id: `n${i}`,
      kind: KINDS[i % KINDS.length]!,
      label: `Node ${i}`,
      x: cx + (random() - 0.5) * 20,
      y: cy + (random() - 0.5) * 20,
      size: 3 + random() * 6,
    });
  }
  const edges: DrawnEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const b =
      random() < 0.9 ? a - (a % groups) + Math.floor(random() * groups) : Math.floor(random() * nodeCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key) || b >= nodeCount) continue;
    seen.add(key);
    edges.push({ id: key, source: `n${a}`, target: `n${b}`, weight: random() });
  }
  const t0 = performance.now();
  renderer = createRenderer(container);
  renderer.update(nodes, edges);
  renderer.sigma.refresh();
  const firstDrawMs = performance.now() - t0;
  renderer.sigma.on('beforeRender', () => {
    renderStart = performance.now();
  });
  renderer.sigma.on('afterRender', () => {
    if (!counting) return;
    renders++;
    renderTimes.push(performance.now() - renderStart);
  });
  return firstDrawMs;
};

/** Starts counting frames drawn and the gaps between animation frames. */
window.vezaStart = () => {
  renders = 0;
  renderTimes = [];
  frameGaps = [];
  counting = true;
  started = performance.now();
  let last = started;
  const step = (now: number) => {
    frameGaps.push(now - last);
    last = now;
    if (counting) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
};

window.vezaStop = () => {
  counting = false;
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...renderTimes].sort((a, b) => a - b);
  const gaps = frameGaps.slice(1).sort((a, b) => a - b);
  const at = (xs: number[], p: number) =>
    Number((xs[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0).toFixed(1));
  return {
    framesPerSecond: Number((renders / elapsed).toFixed(1)),
    renderMsP50: at(sorted, 0.5),
    renderMsP95: at(sorted, 0.95),
    frameGapMsP95: at(gaps, 0.95),
  };
};

/** Pans the camera in a circle for a while, as an animation (the view is moving, as under a hand). */
window.vezaPan = async (seconds) => {
  const camera = renderer!.sigma.getCamera();
  const began = performance.now();
  let k = 0;
  while (performance.now() - began < seconds * 1000) {
    k++;
    await camera.animate(
      { x: 0.5 + 0.25 * Math.cos(k / 2), y: 0.5 + 0.25 * Math.sin(k / 2) },
      { duration: 250 },
    );
  }
};
