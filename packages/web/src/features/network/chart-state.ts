/** The chart an investigator builds: changes to its definition, kept pure so that they can be tested. */
import type { ChartDefinitionInput } from '@veza/core/network';

export type Chart = Required<Omit<ChartDefinitionInput, 'filters'>> & {
  filters: NonNullable<ChartDefinitionInput['filters']>;
};

export const emptyChart = (seeds: string[]): Chart => ({
  seeds,
  hops: 1,
  expansions: [],
  filters: {},
  limit: 100,
  hidden: [],
  pinned: [],
  groups: [],
});

export function withDefaults(definition: ChartDefinitionInput): Chart {
  return { ...emptyChart(definition.seeds), ...definition, filters: definition.filters ?? {} } as Chart;
}

export function expand(chart: Chart, node: string, kinds: string[]): Chart {
  const others = chart.expansions.filter((e) => !(e.node === node && sameKinds(e.kinds ?? [], kinds)));
  return {
    ...chart,
    expansions: [...others, { node, kinds: kinds as Chart['expansions'][number]['kinds'] }],
  };
}

function sameKinds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((k) => b.includes(k));
}

export function addSeeds(chart: Chart, nodes: readonly string[]): Chart {
  const seeds = [...new Set([...chart.seeds, ...nodes])].slice(0, 50);
  return { ...chart, seeds, hidden: chart.hidden.filter((h) => !nodes.includes(h)) };
}

export function hide(chart: Chart, nodes: readonly string[]): Chart {
  const seeds = chart.seeds.filter((s) => !nodes.includes(s));
  if (seeds.length === 0) return chart; // a chart keeps at least one start
  return {
    ...chart,
    seeds,
    hidden: [...new Set([...chart.hidden, ...nodes])],
    pinned: chart.pinned.filter((p) => !nodes.includes(p.node)),
  };
}

export function unhide(chart: Chart, node: string): Chart {
  return { ...chart, hidden: chart.hidden.filter((h) => h !== node) };
}

export function pin(chart: Chart, node: string, x: number, y: number): Chart {
  return { ...chart, pinned: [...chart.pinned.filter((p) => p.node !== node), { node, x, y }] };
}

export function unpin(chart: Chart, node: string): Chart {
  return { ...chart, pinned: chart.pinned.filter((p) => p.node !== node) };
}

export function group(chart: Chart, name: string, nodes: readonly string[]): Chart {
  const groups = chart.groups.filter((g) => g.name !== name);
  return { ...chart, groups: [...groups, { name, nodes: [...nodes] }] };
}

export function ungroup(chart: Chart, name: string): Chart {
  return { ...chart, groups: chart.groups.filter((g) => g.name !== name) };
}
