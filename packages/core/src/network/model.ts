/**
 * The network of what an investigator may see, as a graph: its nodes (persons, phones, vehicles,
 * documents, cases, border crossings, and hits with another jurisdiction as opaque nodes), its
 * edges (roles, shared identifiers, route legs, facilitation, linked cases, possible duplicates,
 * hits), and the chart an investigator builds from it and saves.
 */
import { z } from 'zod';
import { HandlingCode } from '../model/handling-code.ts';

export const NODE_KINDS = ['person', 'phone', 'vehicle', 'document', 'case', 'crossing', 'hit'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const EDGE_KINDS = [
  /** A person's role in a case (victim, suspect, witness…). */
  'role',
  /** A person used a phone number. */
  'phone',
  /** A vehicle recorded in a case. */
  'vehicle',
  /** A person held an identity or travel document. */
  'document',
  /** A case's route leg crossed a border crossing. */
  'leg',
  /** A person facilitated a leg of a case's route. */
  'facilitator',
  /** Two cases an investigator linked. */
  'linked_case',
  /** Two persons the duplicate search thinks may be one (open pairs; merged persons are one node). */
  'duplicate',
  /** A person or vehicle has a hit with a record of another jurisdiction. */
  'hit',
] as const;
export const EdgeKind = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKind>;

/** Node ids carry their kind: person:<uuid>, phone:<E.164>, vehicle:<plate>, document:<type>:<number>, case:<uuid>, crossing:<id>, hit:<uuid>. */
export const NodeId = z
  .string()
  .max(200)
  .regex(
    /^(person|phone|vehicle|document|case|crossing|hit):[^\s]+$/,
    'a node id such as person:<id> or phone:+381…',
  );
export type NodeId = z.infer<typeof NodeId>;

export function nodeId(kind: NodeKind, key: string): string {
  return `${kind}:${key}`;
}

export function kindOf(id: string): NodeKind {
  const kind = id.slice(0, id.indexOf(':'));
  return NodeKind.parse(kind);
}

export function keyOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export const NetworkNode = z.object({
  id: z.string(),
  kind: NodeKind,
  label: z.string(),
  /**
   * A second line: a person's birth date and nationalities, a case's title, a vehicle's make, a
   * crossing's countries; for a document its issuing country, and for a hit its band (strong,
   * probable, possible), which the interface names in its own words.
   */
  detail: z.string().nullable(),
  /** The jurisdiction whose record it is; for a hit, the other jurisdiction (nothing else of it is known). */
  jurisdiction: z.string().nullable(),
  handlingCode: HandlingCode.nullable(),
  /**
   * How many records share the identifier (persons with a phone or document, cases with a vehicle,
   * cases through a crossing): the basis of its ties' weight.
   */
  sharedBy: z.number().int().nullable(),
  /** Neighbours in the records not drawn yet, by kind: what expanding the node would add. */
  more: z.partialRecord(NodeKind, z.number().int()),
});
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: EdgeKind,
  /** Strength of the tie, 0 to 1: 1 for a role or a facilitated leg, less for identifiers many share. */
  weight: z.number(),
  /** The role (victim, suspect…), the leg's transport, the duplicate's or hit's probability band. */
  label: z.string().nullable(),
  /** When: YYYY, YYYY-MM or YYYY-MM-DD (a case's opening, a leg's departure, a hit's finding); null when timeless. */
  date: z.string().nullable(),
});
export type NetworkEdge = z.infer<typeof NetworkEdge>;

export const TimelineItem = z.object({
  id: z.string(),
  kind: z.enum(['event', 'leg', 'case_opened']),
  date: z.string(),
  /** The event's type (HTCDS: Recruitment, Transit, Exploitation…), the leg's countries, the case's reference. */
  label: z.string(),
  /** A leg's transport mode (foot, van…), named by the interface; null for the rest. */
  transport: z.string().nullable(),
  place: z.string().nullable(),
  /** The nodes it belongs to (its case, its person, the facilitator, the crossing). */
  nodes: z.array(z.string()),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const NetworkFilters = z.object({
  /** Only ties dated on or after (YYYY-MM-DD); undated ties (phones, documents) stay. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Only these roles of persons in cases (facilitation counts as the role suspect). */
  roles: z.array(z.string().max(40)).max(20).optional(),
  /** Only cases of these types. */
  caseTypes: z.array(z.string().max(40)).max(10).optional(),
  /** Only hits with these jurisdictions. */
  jurisdictions: z.array(z.string().length(2)).max(10).optional(),
});
export type NetworkFilters = z.infer<typeof NetworkFilters>;

export const Expansion = z.object({
  node: NodeId,
  /** The kinds of neighbour to add; none listed: every kind. */
  kinds: z.array(NodeKind).max(NODE_KINDS.length).default([]),
});
export type Expansion = z.infer<typeof Expansion>;

/** What a chart is made of: rebuilt from the records each time it is opened, so it shows only what its viewer may see. */
export const ChartDefinition = z.object({
  seeds: z.array(NodeId).min(1).max(50),
  /** Hops around the seeds (each hop adds every neighbour, hubs cut at `limit`). */
  hops: z.number().int().min(0).max(3).default(1),
  expansions: z.array(Expansion).max(500).default([]),
  filters: NetworkFilters.default({}),
  /** Most neighbours drawn for one node in one step; the rest are counted in `more`. */
  limit: z.number().int().min(5).max(1000).default(100),
  hidden: z.array(NodeId).max(5000).default([]),
  pinned: z
    .array(z.object({ node: NodeId, x: z.number(), y: z.number() }))
    .max(5000)
    .default([]),
  groups: z
    .array(z.object({ name: z.string().trim().min(1).max(80), nodes: z.array(NodeId).min(1).max(5000) }))
    .max(100)
    .default([]),
});
export type ChartDefinition = z.infer<typeof ChartDefinition>;
export type ChartDefinitionInput = z.input<typeof ChartDefinition>;

export const NetworkGraph = z.object({
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  timeline: z.array(TimelineItem),
  /** The strictest handling code of what is drawn: an export carries it. */
  handlingCode: HandlingCode,
  /** Nodes that had more neighbours than the limit: drawn in part. */
  truncated: z.array(z.string()),
  /** The chart reached the most nodes a chart holds (10,000): steps stopped there. */
  capped: z.boolean(),
});
export type NetworkGraph = z.infer<typeof NetworkGraph>;

/**
 * The strength of a tie through an identifier shared by n records: 1/(n−1), as in Newman's
 * weighting of co-authorship (each record's ties through it sum to 1). A phone of one person is a
 * full tie; a phone 40 people of one travelling group used ties each pair by 1/39.
 */
export function sharedTieWeight(sharedBy: number): number {
  return sharedBy <= 2 ? 1 : 1 / (sharedBy - 1);
}

/** What the API takes and gives (routes in server/features/network). */
export const GraphRequest = z.object({
  chart: ChartDefinition,
  /** Communities and centrality of what is drawn. */
  analyse: z.boolean().default(false),
});

export const NodeCentrality = z.object({
  degree: z.number(),
  betweenness: z.number(),
  eigenvector: z.number(),
});

export const NetworkAnalysisView = z.object({
  communities: z.record(z.string(), z.number().int()),
  /** How many communities, and Louvain's modularity of the split (0 to 1: higher, more separate). */
  communityCount: z.number().int(),
  modularity: z.number(),
  centrality: z.record(z.string(), NodeCentrality),
  betweennessSampled: z.boolean(),
  /** Persons ranked by betweenness (who stands between the others: likely organisers and brokers), most first. */
  ranking: z.array(z.object({ node: z.string(), label: z.string() }).extend(NodeCentrality.shape)),
});
export type NetworkAnalysisView = z.infer<typeof NetworkAnalysisView>;

export const GraphResponse = NetworkGraph.extend({ analysis: NetworkAnalysisView.nullable() });
export type GraphResponse = z.infer<typeof GraphResponse>;

export const PathRequest = z.object({
  chart: ChartDefinition,
  from: NodeId,
  to: NodeId,
  /** Only a path whose dated ties run in time order. */
  timeRespecting: z.boolean().default(false),
  /** Go around nodes with more ties than this (a crossing, a group's phone). */
  skipHubsAbove: z.number().int().min(2).max(10_000).optional(),
});

export const PathResponse = z.object({
  found: z.boolean(),
  /** The nodes and ties of the path, in order, with what the chart needs to draw them. */
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  /** The sum of the ties' distances (each the inverse of its strength). */
  length: z.number().nullable(),
  /** Nodes left out as hubs. */
  skipped: z.number().int(),
});
export type PathResponse = z.infer<typeof PathResponse>;

export const ConnectingRequest = z.object({
  chart: ChartDefinition,
  selection: z.array(NodeId).min(2).max(20),
  skipHubsAbove: z.number().int().min(2).max(10_000).optional(),
});

export const ConnectingResponse = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });

export const NETWORK_EXPORT_FORMATS = ['graphml', 'gexf', 'csv-nodes', 'csv-edges', 'anx', 'png'] as const;
export type ExportFormat = (typeof NETWORK_EXPORT_FORMATS)[number];

export const ExportRequest = z.object({
  chart: ChartDefinition,
  format: z.enum(NETWORK_EXPORT_FORMATS),
  purpose: z.string().trim().min(3, 'say why you export this chart (at least 3 characters)').max(300),
  /** Where each node is drawn: kept in the file for Gephi and Analyst's Notebook. */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional(),
  communities: z.record(z.string(), z.number().int()).optional(),
});

export const ChartInput = z.object({
  name: z.string().trim().min(1, 'give the chart a name').max(120),
  description: z.string().trim().max(2000).nullable().default(null),
  definition: ChartDefinition,
});

export const ChartUpdate = ChartInput.extend({ version: z.number().int().min(1) });

export const Colleague = z.object({ id: z.uuid(), name: z.string(), username: z.string() });
export type Colleague = z.infer<typeof Colleague>;

export const SavedChart = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  definition: ChartDefinition,
  owner: Colleague,
  sharedWith: z.array(Colleague),
  /** What the viewer may do: the owner updates, deletes and shares; colleagues open it. */
  actions: z.array(z.enum(['read', 'update', 'delete', 'share'])),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SavedChart = z.infer<typeof SavedChart>;

export const ShareInput = z.object({ userIds: z.array(z.uuid()).max(100) });
