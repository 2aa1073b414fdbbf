/**
 * Network analysis: the graph of a chart, paths between two records, the connecting network of a
 * selection, communities and centrality, exports (each audited with its purpose), and saved
 * charts shared with colleagues. Every graph is built from the records under the actor's access.
 */

import {
  type ChartDefinition,
  ChartDefinition as ChartDefinitionSchema,
  type Colleague,
  type GraphResponse,
  type NetworkAnalysisView,
  type NetworkEdge,
  type NetworkGraph,
  type NetworkNode,
  type PathResponse,
  type SavedChart,
} from '@veza/core/network';
import {
  analyseNetwork,
  analysisGraph,
  connectingNetwork,
  EXPORT_TYPES,
  exportChart,
  shortestPath,
  timeRespectingPath,
} from '@veza/core/network-analysis';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { type ChartRecord, chartPolicy, mayReceiveChart } from '../../access/policies/network.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { recordRead } from '../../access/reads.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { networkChartShares, networkCharts, users } from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { buildGraph } from './graph.ts';
import type { ConnectingRequest, ExportRequest, PathRequest } from './schema.ts';

/** How many persons the ranking lists. */
const RANKED = 25;

export function analysisOf(graph: NetworkGraph): NetworkAnalysisView {
  const g = analysisGraph(graph.nodes, graph.edges);
  const result = analyseNetwork(g);
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const ranking = graph.nodes
    .filter((n) => n.kind === 'person')
    .map((n) => ({ node: n.id, label: labels.get(n.id)!, ...result.centrality[n.id]! }))
    .sort((a, b) => b.betweenness - a.betweenness || b.eigenvector - a.eigenvector || b.degree - a.degree)
    .slice(0, RANKED);
  return {
    communities: result.communities,
    communityCount: new Set(Object.values(result.communities)).size,
    modularity: result.modularity,
    centrality: result.centrality,
    betweennessSampled: result.betweennessSampled,
    ranking,
  };
}

/** The chart's graph (and its analysis when asked), the read in the audit log. */
export async function chartGraph(
  ctx: ActorContext,
  chart: ChartDefinition,
  analyse: boolean,
): Promise<GraphResponse> {
  const graph = await buildGraph(ctx, chart, { seedsField: 'chart.seeds' });
  await recordRead(ctx, {
    recordType: 'network',
    details: { seeds: chart.seeds, nodes: graph.nodes.length, edges: graph.edges.length },
  });
  return { ...graph, analysis: analyse ? analysisOf(graph) : null };
}

function union(a: NetworkGraph, b: NetworkGraph): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  for (const e of b.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Three hops around each end (paths of up to six steps), what the chart already holds, and the path found in all of it. */
export async function findPath(
  ctx: ActorContext,
  request: z.infer<typeof PathRequest>,
): Promise<PathResponse> {
  const { chart, from, to } = request;
  // The ends first: one the user may not see is named by its own field.
  const around = await buildGraph(
    ctx,
    ChartDefinitionSchema.parse({
      seeds: [from, to],
      hops: 3,
      limit: chart.limit,
      filters: chart.filters,
      hidden: chart.hidden,
    }),
    { seedsField: (seed) => (seed === from ? 'from' : 'to') },
  );
  const drawn = await buildGraph(ctx, chart, { seedsField: 'chart.seeds' });
  const all = union(drawn, around);
  const g = analysisGraph(all.nodes, all.edges);
  const options = request.skipHubsAbove === undefined ? {} : { skipHubsAbove: request.skipHubsAbove };
  const path = request.timeRespecting
    ? timeRespectingPath(g, from, to, options)
    : shortestPath(g, from, to, options);
  let skipped = 0;
  if (request.skipHubsAbove !== undefined)
    g.forEachNode((n) => {
      if (n !== from && n !== to && g.degree(n) > request.skipHubsAbove!) skipped++;
    });
  await recordRead(ctx, {
    recordType: 'network_path',
    details: { from, to, timeRespecting: request.timeRespecting, found: path !== null },
  });
  if (!path) return { found: false, nodes: [], edges: [], length: null, skipped };
  const byNode = new Map(all.nodes.map((n) => [n.id, n]));
  const byEdge = new Map(all.edges.map((e) => [e.id, e]));
  return {
    found: true,
    nodes: path.nodes.map((n) => byNode.get(n)!),
    edges: path.edges.map((e) => byEdge.get(e)!),
    length: path.length,
    skipped,
  };
}

export async function connecting(ctx: ActorContext, request: z.infer<typeof ConnectingRequest>) {
  const graph = await buildGraph(ctx, request.chart, { seedsField: 'chart.seeds' });
  const drawn = new Set(graph.nodes.map((n) => n.id));
  for (const s of request.selection)
    if (!drawn.has(s)) throw new AppError('validation', `${s} is not on the chart`, { field: 'selection' });
  const g = analysisGraph(graph.nodes, graph.edges);
  const options = request.skipHubsAbove === undefined ? {} : { skipHubsAbove: request.skipHubsAbove };
  await recordRead(ctx, { recordType: 'network', details: { connecting: request.selection } });
  return connectingNetwork(g, request.selection, options);
}

/**
 * A file of the chart (GraphML, GEXF, CSV, ANX), or, for PNG (drawn by the browser), the permission
 * to save one: either way the export is in the audit log with its purpose, its format, what it
 * holds and the strictest handling code of its records.
 */
export async function exportNetwork(ctx: ActorContext, request: z.infer<typeof ExportRequest>) {
  const graph = await buildGraph(ctx, request.chart, { seedsField: 'chart.seeds' });
  await recordRead(ctx, {
    recordType: 'network_export',
    purpose: request.purpose,
    details: {
      format: request.format,
      seeds: request.chart.seeds,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      handlingCode: graph.handlingCode,
    },
  });
  const stamp = ctx.now.toISOString().slice(0, 10);
  if (request.format === 'png')
    return {
      body: null,
      filename: `veza-network-${stamp}.png`,
      contentType: 'image/png',
      handlingCode: graph.handlingCode,
    };
  const type = EXPORT_TYPES[request.format];
  const body = exportChart(request.format, graph, {
    purpose: request.purpose,
    exportedBy: ctx.actor.username,
    exportedAt: ctx.now,
    ...(request.positions ? { positions: request.positions } : {}),
    ...(request.communities ? { communities: request.communities } : {}),
  });
  return {
    body,
    filename: `veza-network-${graph.handlingCode}-${stamp}.${type.extension}`,
    contentType: type.contentType,
    handlingCode: graph.handlingCode,
  };
}

// Saved charts.

type ChartRow = typeof networkCharts.$inferSelect;

async function sharesOf(ctx: ActorContext, chartIds: string[]) {
  if (chartIds.length === 0) return new Map<string, string[]>();
  const rows = await ctx.tx
    .select({ chartId: networkChartShares.chartId, userId: networkChartShares.userId })
    .from(networkChartShares)
    .where(inArray(networkChartShares.chartId, chartIds));
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.chartId, [...(map.get(r.chartId) ?? []), r.userId]);
  return map;
}

async function colleaguesByIds(ctx: ActorContext, ids: string[]): Promise<Map<string, Colleague>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: users.id, name: users.displayName, username: users.username })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

async function views(ctx: ActorContext, rows: ChartRow[]): Promise<SavedChart[]> {
  const shares = await sharesOf(
    ctx,
    rows.map((r) => r.id),
  );
  const people = await colleaguesByIds(ctx, [...rows.map((r) => r.ownerId), ...[...shares.values()].flat()]);
  const unknown = (id: string): Colleague => ({ id, name: '—', username: '—' });
  return rows.map((r) => {
    const record: ChartRecord = {
      jurisdiction: r.jurisdiction,
      ownerId: r.ownerId,
      sharedWith: shares.get(r.id) ?? [],
    };
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      definition: ChartDefinitionSchema.parse(r.definition),
      owner: people.get(r.ownerId) ?? unknown(r.ownerId),
      sharedWith: record.sharedWith.map((u) => people.get(u) ?? unknown(u)),
      actions: allowedActions(chartPolicy, ctx.actor, record, ['read', 'update', 'delete', 'share']),
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

function mustExplore(ctx: ActorContext) {
  if (!mayReceiveChart(ctx.actor))
    throw new AppError('forbidden', 'the network is for those who work on investigation records');
}

/** The charts the actor owns and those shared with them, newest first. */
export async function listCharts(ctx: ActorContext): Promise<SavedChart[]> {
  mustExplore(ctx);
  const shared = ctx.tx
    .select({ id: networkChartShares.chartId })
    .from(networkChartShares)
    .where(eq(networkChartShares.userId, ctx.actor.userId));
  const rows = await ctx.tx
    .select()
    .from(networkCharts)
    .where(
      and(
        eq(networkCharts.jurisdiction, ctx.actor.jurisdiction),
        or(eq(networkCharts.ownerId, ctx.actor.userId), inArray(networkCharts.id, shared)),
      ),
    )
    .orderBy(sql`${networkCharts.updatedAt} desc`);
  return views(ctx, rows);
}

async function chartRecord(ctx: ActorContext, id: string) {
  const [row] = await ctx.tx.select().from(networkCharts).where(eq(networkCharts.id, id));
  const shares = row ? ((await sharesOf(ctx, [id])).get(id) ?? []) : [];
  const record: ChartRecord | undefined = row
    ? { jurisdiction: row.jurisdiction, ownerId: row.ownerId, sharedWith: shares }
    : undefined;
  return { row, record };
}

export async function getChart(ctx: ActorContext, id: string): Promise<SavedChart> {
  mustExplore(ctx);
  const { row, record } = await chartRecord(ctx, id);
  authorize(chartPolicy, ctx.actor, 'read', record, 'Chart');
  await recordRead(ctx, { recordType: 'network_chart', recordId: id });
  return (await views(ctx, [row!]))[0]!;
}

export async function saveChart(
  ctx: ActorContext,
  input: { name: string; description: string | null; definition: ChartDefinition },
): Promise<SavedChart> {
  mustExplore(ctx);
  // A chart saved must open: its seeds are records the owner may see.
  const graph = await buildGraph(
    ctx,
    { ...input.definition, hops: 0, expansions: [] },
    { seedsField: 'definition.seeds' },
  );
  const [row] = await ctx.tx
    .insert(networkCharts)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: graph.handlingCode,
      ownerId: ctx.actor.userId,
      name: input.name,
      description: input.description,
      definition: input.definition,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordChange(ctx, 'create', 'network_chart', row!.id, {
    name: input.name,
    seeds: input.definition.seeds,
  });
  return (await views(ctx, [row!]))[0]!;
}

export async function updateChart(
  ctx: ActorContext,
  id: string,
  input: { name: string; description: string | null; definition: ChartDefinition; version: number },
): Promise<SavedChart> {
  mustExplore(ctx);
  const { record, row } = await chartRecord(ctx, id);
  authorize(chartPolicy, ctx.actor, 'update', record, 'Chart');
  const graph = await buildGraph(
    ctx,
    { ...input.definition, hops: 0, expansions: [] },
    { seedsField: 'definition.seeds' },
  );
  const [updated] = await ctx.tx
    .update(networkCharts)
    .set({
      name: input.name,
      description: input.description,
      definition: input.definition,
      handlingCode: graph.handlingCode,
      ...changeStamp(ctx, row!),
    })
    .where(atVersion(networkCharts, id, input.version))
    .returning();
  if (!updated) throw staleVersion('The chart');
  await recordChange(ctx, 'update', 'network_chart', id, { name: input.name });
  return (await views(ctx, [updated]))[0]!;
}

export async function deleteChart(ctx: ActorContext, id: string): Promise<void> {
  mustExplore(ctx);
  const { record } = await chartRecord(ctx, id);
  authorize(chartPolicy, ctx.actor, 'delete', record, 'Chart');
  await ctx.tx.delete(networkCharts).where(eq(networkCharts.id, id));
  await recordChange(ctx, 'delete', 'network_chart', id);
}

/** Colleagues a chart can be shared with: active users of the jurisdiction who read investigation records. */
export async function colleagues(ctx: ActorContext): Promise<Colleague[]> {
  mustExplore(ctx);
  const rows = await ctx.tx
    .select({ id: users.id, name: users.displayName, username: users.username, roles: users.roles })
    .from(users)
    .where(and(eq(users.jurisdiction, ctx.actor.jurisdiction), isNull(users.disabledAt)))
    .orderBy(users.displayName);
  return rows
    .filter((u) => u.id !== ctx.actor.userId)
    .filter((u) => mayReceiveChart({ ...ctx.actor, userId: u.id, roles: u.roles as typeof ctx.actor.roles }))
    .map(({ roles: _, ...u }) => u);
}

/** Shares the chart with exactly these colleagues (those left out no longer see it). */
export async function shareChart(ctx: ActorContext, id: string, userIds: string[]): Promise<SavedChart> {
  mustExplore(ctx);
  const { record, row } = await chartRecord(ctx, id);
  authorize(chartPolicy, ctx.actor, 'share', record, 'Chart');
  const allowed = new Set((await colleagues(ctx)).map((c) => c.id));
  const refused = userIds.filter((u) => !allowed.has(u));
  if (refused.length)
    throw new AppError(
      'validation',
      `a chart is shared only with colleagues of your jurisdiction who work on investigation records (not ${refused.join(', ')})`,
      { field: 'userIds' },
    );
  await ctx.tx.delete(networkChartShares).where(eq(networkChartShares.chartId, id));
  const unique = [...new Set(userIds)];
  if (unique.length)
    await ctx.tx.insert(networkChartShares).values(
      unique.map((userId) => ({
        chartId: id,
        userId,
        jurisdiction: ctx.actor.jurisdiction,
        sharedBy: ctx.actor.userId,
        sharedAt: ctx.now,
      })),
    );
  await recordChange(ctx, 'update', 'network_chart', id, { sharedWith: unique });
  return (await views(ctx, [row!]))[0]!;
}
