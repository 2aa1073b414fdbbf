/**
 * The network around some records, built from what the actor may see: each step reads every tie of
 * the nodes reached so far in one statement (under row-level security, restricted to the actor's
 * jurisdiction), the most recent `limit` neighbours of each node drawn and the rest counted.
 * Another jurisdiction's records never appear: a hit is an opaque node naming only the jurisdiction.
 */

import { type HandlingCode, strictestHandlingCode } from '@veza/core';
import {
  type ChartDefinition,
  keyOf,
  kindOf,
  type NetworkEdge,
  type NetworkGraph,
  type NetworkNode,
  type NodeKind,
  sharedTieWeight,
  type TimelineItem,
} from '@veza/core/network';
import type { ActorContext } from '../../access/actor.ts';
import { readsInvestigations } from '../../access/policies/investigation.ts';
import { type PreparedStatement, runPrepared } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';

/** The frontier, by kind: $1 persons, $2 cases, $3 phones, $4 documents (type:number), $5 plates, $6 crossings. */
type Frontier = Record<'person' | 'case' | 'phone' | 'document' | 'vehicle' | 'crossing', string[]>;

/** A leg's date (its departure, else its arrival), and whether it may fall within the filter's dates ($8, $9): a leg dated by month passes when the month overlaps. */
const LEG_DATE = 'coalesce(l.departed_on, l.arrived_on)';
const LEG_IN_DATES = `($8::text is null or ${LEG_DATE} is null or ${LEG_DATE} >= left($8, length(${LEG_DATE})))
      and ($9::text is null or ${LEG_DATE} is null or ${LEG_DATE} <= left($9, length(${LEG_DATE})))`;

/**
 * Every tie of the frontier's nodes: (src, the frontier node; dst, the neighbour; a and b, the tie
 * as stored; kind; eid, the same whichever end it is found from; label; date; probability).
 * $7 the jurisdiction, $8 and $9 the dates, $10 roles, $11 case types, $12 hits' jurisdictions.
 */
const TIES = `
  with adj as (
    select 'person:' || r.person_id as src, 'case:' || r.case_id as dst, 'person:' || r.person_id as a, 'case:' || r.case_id as b,
      'role' as kind, 'role:' || r.id as eid, r.role as label, cs.opened_on::text as date, null::float8 as p
    from case_roles r join cases cs on cs.id = r.case_id
    where r.person_id = any($1::uuid[]) and r.jurisdiction = $7
      and ($8::text is null or cs.opened_on >= $8::date) and ($9::text is null or cs.opened_on <= $9::date)
      and ($10::text[] is null or r.role = any($10)) and ($11::text[] is null or cs.type = any($11))
    union all
    select 'case:' || r.case_id, 'person:' || r.person_id, 'person:' || r.person_id, 'case:' || r.case_id,
      'role', 'role:' || r.id, r.role, cs.opened_on::text, null
    from case_roles r join cases cs on cs.id = r.case_id join persons pe on pe.id = r.person_id
    where r.case_id = any($2::uuid[]) and r.jurisdiction = $7 and pe.merged_into is null
      and ($8::text is null or cs.opened_on >= $8::date) and ($9::text is null or cs.opened_on <= $9::date)
      and ($10::text[] is null or r.role = any($10)) and ($11::text[] is null or cs.type = any($11))
    union all
    select 'person:' || pp.person_id, 'phone:' || pp.e164, 'person:' || pp.person_id, 'phone:' || pp.e164,
      'phone', 'phone:' || pp.id, null, null, null
    from person_phones pp where pp.person_id = any($1::uuid[]) and pp.jurisdiction = $7
    union all
    select 'phone:' || pp.e164, 'person:' || pp.person_id, 'person:' || pp.person_id, 'phone:' || pp.e164,
      'phone', 'phone:' || pp.id, null, null, null
    from person_phones pp join persons pe on pe.id = pp.person_id
    where pp.jurisdiction = $7 and pp.e164 = any($3::text[]) and pe.merged_into is null
    union all
    select 'person:' || pd.person_id, 'document:' || pd.type || ':' || pd.number_normalised, 'person:' || pd.person_id,
      'document:' || pd.type || ':' || pd.number_normalised, 'document', 'document:' || pd.id, pd.type, null, null
    from person_documents pd where pd.person_id = any($1::uuid[]) and pd.jurisdiction = $7
    union all
    select 'document:' || pd.type || ':' || pd.number_normalised, 'person:' || pd.person_id, 'person:' || pd.person_id,
      'document:' || pd.type || ':' || pd.number_normalised, 'document', 'document:' || pd.id, pd.type, null, null
    from person_documents pd join persons pe on pe.id = pd.person_id
    where pd.jurisdiction = $7 and pd.type || ':' || pd.number_normalised = any($4::text[])
      and pd.number_normalised = any(array(select split_part(k, ':', 2) from unnest($4::text[]) k))
      and pe.merged_into is null
    union all
    select 'case:' || v.case_id, 'vehicle:' || v.plate_normalised, 'case:' || v.case_id, 'vehicle:' || v.plate_normalised,
      'vehicle', 'vehicle:' || v.id, v.make, cs.opened_on::text, null
    from vehicles v join cases cs on cs.id = v.case_id
    where v.case_id = any($2::uuid[]) and v.jurisdiction = $7
    union all
    select 'vehicle:' || v.plate_normalised, 'case:' || v.case_id, 'case:' || v.case_id, 'vehicle:' || v.plate_normalised,
      'vehicle', 'vehicle:' || v.id, v.make, cs.opened_on::text, null
    from vehicles v join cases cs on cs.id = v.case_id
    where v.jurisdiction = $7 and v.plate_normalised = any($5::text[])
      and ($8::text is null or cs.opened_on >= $8::date) and ($9::text is null or cs.opened_on <= $9::date)
      and ($11::text[] is null or cs.type = any($11))
    union all
    select 'case:' || l.case_id, 'crossing:' || l.crossing_id, 'case:' || l.case_id, 'crossing:' || l.crossing_id,
      'leg', 'leg:' || l.id, l.transport_mode, ${LEG_DATE}, null
    from route_legs l
    where l.case_id = any($2::uuid[]) and l.jurisdiction = $7 and l.crossing_id is not null
      and ${LEG_IN_DATES}
    union all
    select 'crossing:' || l.crossing_id, 'case:' || l.case_id, 'case:' || l.case_id, 'crossing:' || l.crossing_id,
      'leg', 'leg:' || l.id, l.transport_mode, ${LEG_DATE}, null
    from route_legs l
    where l.jurisdiction = $7 and l.crossing_id = any($6::text[])
      and ${LEG_IN_DATES}
      and ($11::text[] is null or exists (select 1 from cases cs where cs.id = l.case_id and cs.type = any($11)))
    union all
    select 'person:' || l.facilitator_person_id, 'case:' || l.case_id, 'person:' || l.facilitator_person_id, 'case:' || l.case_id,
      'facilitator', 'facilitator:' || l.id, l.transport_mode, ${LEG_DATE}, null
    from route_legs l join cases cs on cs.id = l.case_id
    where l.facilitator_person_id = any($1::uuid[]) and l.jurisdiction = $7
      and ($10::text[] is null or 'suspect' = any($10)) and ($11::text[] is null or cs.type = any($11))
      and ${LEG_IN_DATES}
    union all
    select 'case:' || l.case_id, 'person:' || l.facilitator_person_id, 'person:' || l.facilitator_person_id, 'case:' || l.case_id,
      'facilitator', 'facilitator:' || l.id, l.transport_mode, ${LEG_DATE}, null
    from route_legs l join persons pe on pe.id = l.facilitator_person_id
    where l.case_id = any($2::uuid[]) and l.jurisdiction = $7 and pe.merged_into is null
      and ($10::text[] is null or 'suspect' = any($10))
      and ${LEG_IN_DATES}
    union all
    select 'case:' || k.case_id, 'case:' || k.linked_case_id, 'case:' || k.case_id, 'case:' || k.linked_case_id,
      'linked_case', 'link:' || k.case_id || ':' || k.linked_case_id, null, null, null
    from case_links k join cases cs on cs.id = k.linked_case_id
    where k.case_id = any($2::uuid[]) and k.jurisdiction = $7 and ($11::text[] is null or cs.type = any($11))
    union all
    select 'case:' || k.linked_case_id, 'case:' || k.case_id, 'case:' || k.case_id, 'case:' || k.linked_case_id,
      'linked_case', 'link:' || k.case_id || ':' || k.linked_case_id, null, null, null
    from case_links k join cases cs on cs.id = k.case_id
    where k.linked_case_id = any($2::uuid[]) and k.jurisdiction = $7 and ($11::text[] is null or cs.type = any($11))
    union all
    select 'person:' || d.person_id, 'person:' || d.other_person_id, 'person:' || d.person_id, 'person:' || d.other_person_id,
      'duplicate', 'duplicate:' || d.id, null, null, d.probability
    from person_duplicates d where d.person_id = any($1::uuid[]) and d.jurisdiction = $7 and d.status = 'open'
    union all
    select 'person:' || d.other_person_id, 'person:' || d.person_id, 'person:' || d.person_id, 'person:' || d.other_person_id,
      'duplicate', 'duplicate:' || d.id, null, null, d.probability
    from person_duplicates d where d.other_person_id = any($1::uuid[]) and d.jurisdiction = $7 and d.status = 'open'
    union all
    select 'person:' || m.person_id, 'hit:' || h.id, 'person:' || m.person_id, 'hit:' || h.id,
      'hit', 'hit:' || h.id, h.band, h.found_at::date::text, h.probability
    from match_references m
    join hits h on (h.reference_a = m.reference and h.jurisdiction_a = $7 and h.status_a <> 'not_relevant')
      or (h.reference_b = m.reference and h.jurisdiction_b = $7 and h.status_b <> 'not_relevant')
    where m.person_id = any($1::uuid[]) and m.jurisdiction = $7
      and ($12::text[] is null or (case when h.jurisdiction_a = $7 then h.jurisdiction_b else h.jurisdiction_a end) = any($12))
    union all
    select 'vehicle:' || v.plate_normalised, 'hit:' || h.id, 'vehicle:' || v.plate_normalised, 'hit:' || h.id,
      'hit', 'hit:' || h.id, h.band, h.found_at::date::text, h.probability
    from vehicles v join match_vehicle_references m on m.vehicle_id = v.id
    join hits h on (h.reference_a = m.reference and h.jurisdiction_a = $7 and h.status_a <> 'not_relevant')
      or (h.reference_b = m.reference and h.jurisdiction_b = $7 and h.status_b <> 'not_relevant')
    where v.jurisdiction = $7 and v.plate_normalised = any($5::text[])
      and ($12::text[] is null or (case when h.jurisdiction_a = $7 then h.jurisdiction_b else h.jurisdiction_a end) = any($12))
  )`;

/** The ties of the frontier: each node's most recent $13 neighbours of the kinds $15 (all when null), and every tie to a neighbour in $14, already drawn. */
const STEP: PreparedStatement = {
  name: 'veza_network_step',
  text: `${TIES},
  pairs as (
    select src, dst, max(date) as last from adj
    where $15::text[] is null or split_part(dst, ':', 1) = any($15) or dst = any($14::text[])
    group by src, dst),
  ranked as (
    select src, dst, row_number() over (partition by src order by last desc nulls last, dst) as rn
    from pairs where not (dst = any($14::text[])))
  select adj.src, adj.dst, adj.a, adj.b, adj.kind, adj.eid, adj.label, adj.date, adj.p
  from adj left join ranked using (src, dst)
  where adj.dst = any($14::text[]) or ranked.rn <= $13`,
};

/** How many neighbours of each kind each node has (for "more to expand"). */
const COUNTS: PreparedStatement = {
  name: 'veza_network_counts',
  text: `${TIES}
  select src, split_part(dst, ':', 1) as kind, count(distinct dst)::int as n from adj group by 1, 2`,
};

type TieRow = {
  src: string;
  dst: string;
  a: string;
  b: string;
  kind: NetworkEdge['kind'];
  eid: string;
  label: string | null;
  date: string | null;
  p: number | null;
};

const DETAILS: PreparedStatement = {
  name: 'veza_network_details',
  text: `
    select 'person:' || p.id as id, p.display_name as label,
      nullif(concat_ws(' · ', p.birth_date, array_to_string(p.nationalities, ', ')), '') as detail,
      p.jurisdiction, p.handling_code as "handlingCode", null::int as "sharedBy"
    from persons p where p.id = any($1::uuid[]) and p.jurisdiction = $7
    union all
    select 'case:' || c.id, c.reference, c.title, c.jurisdiction, c.handling_code, null
    from cases c where c.id = any($2::uuid[]) and c.jurisdiction = $7
    union all
    select 'phone:' || pp.e164, min(pp.original), null, $7, 'H0', count(distinct pp.person_id)::int
    from person_phones pp where pp.e164 = any($3::text[]) and pp.jurisdiction = $7 group by pp.e164
    union all
    select 'document:' || pd.type || ':' || pd.number_normalised, min(pd.number_original),
      min(pd.issuing_country), $7, 'H0', count(distinct pd.person_id)::int
    from person_documents pd where pd.type || ':' || pd.number_normalised = any($4::text[]) and pd.jurisdiction = $7
    group by pd.type, pd.number_normalised
    union all
    select 'vehicle:' || v.plate_normalised, min(v.plate_original),
      nullif(concat_ws(' ', min(v.make), min(v.model), min(v.colour)), ''), $7,
      (array_agg(v.handling_code order by v.handling_code desc))[1], count(distinct v.case_id)::int
    from vehicles v where v.plate_normalised = any($5::text[]) and v.jurisdiction = $7 group by v.plate_normalised
    union all
    select 'crossing:' || x.id, x.name, array_to_string(x.countries, '–'), null, null,
      (select count(distinct l.case_id)::int from route_legs l where l.jurisdiction = $7 and l.crossing_id = x.id)
    from border_crossings x where x.id = any($6::text[])
    union all
    select 'hit:' || h.id, case when h.jurisdiction_a = $7 then h.jurisdiction_b else h.jurisdiction_a end,
      h.band, case when h.jurisdiction_a = $7 then h.jurisdiction_b else h.jurisdiction_a end, null, null
    from hits h where h.id = any($8::uuid[]) and (h.jurisdiction_a = $7 or h.jurisdiction_b = $7)`,
};

type DetailRow = {
  id: string;
  label: string;
  detail: string | null;
  jurisdiction: string | null;
  handlingCode: HandlingCode | null;
  sharedBy: number | null;
};

/** The most nodes a chart holds (what the page draws smoothly): a chart that would hold more stops there. */
export const MAX_NODES = 10_000;

/** Ties whose target is an identifier (phone, document, vehicle, crossing), weighted by how many share it. */
const SHARED_TIES = new Set<NetworkEdge['kind']>(['phone', 'document', 'vehicle', 'leg']);

/** Nodes that stand for what records share; the records that share one are counted in its details. */
const IDENTIFIERS = new Set<NodeKind>(['phone', 'document', 'vehicle', 'crossing']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function frontierOf(ids: Iterable<string>): Frontier & { hit: string[] } {
  const f: Frontier & { hit: string[] } = {
    person: [],
    case: [],
    phone: [],
    document: [],
    vehicle: [],
    crossing: [],
    hit: [],
  };
  for (const id of ids) {
    const kind = kindOf(id);
    const key = keyOf(id);
    if ((kind === 'person' || kind === 'case' || kind === 'hit') && !UUID.test(key)) continue;
    f[kind].push(key);
  }
  return f;
}

function filterValues(ctx: ActorContext, definition: ChartDefinition) {
  const f = definition.filters;
  return [
    ctx.actor.jurisdiction,
    f.from ?? null,
    f.to ?? null,
    f.roles?.length ? f.roles : null,
    f.caseTypes?.length ? f.caseTypes : null,
    f.jurisdictions?.length ? f.jurisdictions : null,
  ];
}

function frontierValues(f: Frontier) {
  return [f.person, f.case, f.phone, f.document, f.vehicle, f.crossing];
}

/** Builds the chart's graph: the seeds, `hops` steps around them, each expansion, without the hidden nodes. */
export async function buildGraph(
  ctx: ActorContext,
  definition: ChartDefinition,
  options: {
    /** Where the request holds the seeds (or each seed), for the error that names one the user may not see. */
    seedsField?: string | ((seed: string) => string);
    maxNodes?: number;
  } = {},
): Promise<NetworkGraph> {
  const maxNodes = options.maxNodes ?? MAX_NODES;
  if (!readsInvestigations(ctx.actor))
    throw new AppError('forbidden', 'the network is for those who work on investigation records');
  const filters = filterValues(ctx, definition);
  const hidden = new Set(definition.hidden);
  /** The ties drawn, each once (found from either end), with the probability of a duplicate or hit. */
  const edges = new Map<string, Omit<NetworkEdge, 'weight'> & { p: number | null }>();
  const keep = (r: TieRow) => {
    if (!edges.has(r.eid))
      edges.set(r.eid, {
        id: r.eid,
        source: r.a,
        target: r.b,
        kind: r.kind,
        label: r.label,
        date: r.date,
        p: r.p,
      });
  };
  const drawn = new Set<string>();
  const expanded = new Set<string>();
  const truncated = new Set<string>();
  let capped = false;

  const seeds = await details(ctx, definition.seeds);
  for (const s of definition.seeds)
    if (!seeds.has(s))
      throw new AppError('not_found', `no record ${s} that you may see`, {
        field:
          typeof options.seedsField === 'function' ? options.seedsField(s) : (options.seedsField ?? 'seeds'),
      });
  for (const s of definition.seeds) drawn.add(s);

  async function step(nodes: string[], kinds: readonly NodeKind[] | null): Promise<string[]> {
    if (drawn.size >= maxNodes) {
      capped = true;
      return [];
    }
    const frontier = frontierOf(nodes.filter((n) => !hidden.has(n)));
    if (Object.values(frontier).every((v) => v.length === 0)) return [];
    const rows = await runPrepared<TieRow>(ctx.tx, STEP, [
      ...frontierValues(frontier),
      ...filters,
      definition.limit,
      [...drawn],
      kinds?.length ? kinds : null,
    ]);
    const added: string[] = [];
    for (const r of rows) {
      if (hidden.has(r.dst)) continue;
      if (!drawn.has(r.dst)) {
        if (drawn.size >= maxNodes) {
          capped = true;
          continue;
        }
        drawn.add(r.dst);
        added.push(r.dst);
      }
      keep(r);
    }
    for (const n of nodes) expanded.add(n);
    return added;
  }

  // Steps around the seeds go through an identifier only when it is specific: a crossing or a
  // phone shared by more records than the limit is a hub, drawn but not expanded unless asked.
  const known = new Map(seeds);
  let frontier = [...definition.seeds];
  for (let hop = 0; hop < definition.hops && frontier.length; hop++) {
    if (hop > 0) {
      const identifiers = frontier.filter((n) => IDENTIFIERS.has(kindOf(n)) && !known.has(n));
      for (const [id, d] of await details(ctx, identifiers)) known.set(id, d);
      frontier = frontier.filter(
        (n) => !IDENTIFIERS.has(kindOf(n)) || (known.get(n)?.sharedBy ?? 0) <= definition.limit,
      );
    }
    frontier = await step(frontier, null);
  }
  for (const e of definition.expansions) {
    if (!drawn.has(e.node)) continue; // an expansion of a node no longer reached (the records changed)
    await step([e.node], e.kinds);
  }
  // Ties between nodes already drawn (two persons of one case both reached through a phone),
  // found from their person or case end, never from a hub (a crossing has thousands of ties).
  const recordEnd = (n: string) => n.startsWith('person:') || n.startsWith('case:');
  const pending = [...drawn].filter((n) => !expanded.has(n) && !hidden.has(n) && recordEnd(n));
  const visible = [...drawn].filter((n) => !hidden.has(n));
  const info = new Map([...known].filter(([id]) => drawn.has(id) && !hidden.has(id)));
  for (const [id, d] of await details(
    ctx,
    visible.filter((n) => !info.has(n)),
  ))
    info.set(id, d);
  const counts = new Map<string, Partial<Record<NodeKind, number>>>();
  // Neighbours not drawn: counted for persons, cases and vehicles; an identifier's (a phone's, a
  // document's, a crossing's) are the records that share it, which its details already count.
  const counted = visible.filter((n) => recordEnd(n) || n.startsWith('vehicle:'));
  for (const id of visible) {
    const kind = kindOf(id);
    const sharedBy = info.get(id)?.sharedBy;
    if ((kind === 'phone' || kind === 'document') && sharedBy) counts.set(id, { person: sharedBy });
    if (kind === 'crossing' && sharedBy) counts.set(id, { case: sharedBy });
  }
  if (counted.length) {
    const rows = await runPrepared<{ src: string; kind: NodeKind; n: number }>(ctx.tx, COUNTS, [
      ...frontierValues(frontierOf(counted)),
      ...filters,
    ]);
    for (const r of rows) {
      const c = counts.get(r.src) ?? {};
      counts.set(r.src, c);
      c[r.kind] = r.n;
    }
    // Close the ties among what is drawn: a leaf's ties to other drawn nodes.
    if (pending.length) {
      const closing = await runPrepared<TieRow>(ctx.tx, STEP, [
        ...frontierValues(frontierOf(pending)),
        ...filters,
        0,
        visible,
        null,
      ]);
      // The statement returns only ties to what is drawn ($14), the limit of new neighbours being 0.
      for (const r of closing) keep(r);
    }
  }

  // Distinct neighbours drawn, by kind, for each node.
  const neighbours = new Map<string, Set<string>>();
  for (const e of edges.values())
    for (const [x, y] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const set = neighbours.get(x) ?? new Set<string>();
      neighbours.set(x, set);
      set.add(y);
    }
  const nodes: NetworkNode[] = [];
  for (const id of visible) {
    const d = info.get(id);
    if (!d) continue;
    const drawnNeighbours: Partial<Record<NodeKind, number>> = {};
    for (const other of neighbours.get(id) ?? []) {
      if (!drawn.has(other) || hidden.has(other)) continue;
      const k = kindOf(other);
      drawnNeighbours[k] = (drawnNeighbours[k] ?? 0) + 1;
    }
    const more: Partial<Record<NodeKind, number>> = {};
    for (const [k, n] of Object.entries(counts.get(id) ?? {}) as [NodeKind, number][]) {
      const rest = n - (drawnNeighbours[k] ?? 0);
      if (rest > 0) more[k] = rest;
    }
    if (expanded.has(id) && Object.keys(more).length) truncated.add(id);
    nodes.push({ ...d, kind: kindOf(id), more });
  }
  const present = new Set(nodes.map((n) => n.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const finalEdges: NetworkEdge[] = [];
  for (const { p, ...e } of edges.values()) {
    if (!present.has(e.source) || !present.has(e.target)) continue;
    // Ties through identifiers many share are weak; a duplicate or hit is as strong as its probability.
    const identifier = SHARED_TIES.has(e.kind) ? e.target : null;
    const sharedBy = identifier ? byId.get(identifier)?.sharedBy : null;
    const weight = sharedBy ? sharedTieWeight(sharedBy) : p !== null ? p : 1;
    finalEdges.push({ ...e, weight: Math.round(weight * 1e4) / 1e4 });
  }
  return {
    nodes,
    edges: finalEdges,
    timeline: await timelineOf(ctx, nodes),
    handlingCode: strictestHandlingCode(
      nodes.map((n) => n.handlingCode).filter((c): c is HandlingCode => c !== null),
    ),
    truncated: [...truncated],
    capped,
  };
}

async function details(ctx: ActorContext, ids: readonly string[]): Promise<Map<string, DetailRow>> {
  const f = frontierOf(ids);
  if (ids.length === 0) return new Map();
  const rows = await runPrepared<DetailRow>(ctx.tx, DETAILS, [
    ...frontierValues(f),
    ctx.actor.jurisdiction,
    f.hit,
  ]);
  return new Map(rows.map(({ id, ...r }) => [id, { id, ...r }]));
}

const TIMELINE: PreparedStatement = {
  name: 'veza_network_timeline',
  text: `
    select * from (
      select 'event:' || e.id as id, 'event' as kind, e.date, e.type as label, null as transport,
        nullif(concat_ws(', ', e.place, e.country), '') as place,
        array_remove(array['case:' || e.case_id, 'person:' || e.person_id], null) as nodes
      from case_events e where e.case_id = any($1::uuid[]) and e.jurisdiction = $2 and e.date is not null
      union all
      select 'leg:' || l.id, 'leg', ${LEG_DATE},
        l.from_country || ' → ' || l.to_country, l.transport_mode,
        nullif(concat_ws(' → ', l.from_place, l.to_place), ''),
        array_remove(array['case:' || l.case_id, 'crossing:' || l.crossing_id, 'person:' || l.facilitator_person_id], null)
      from route_legs l where l.case_id = any($1::uuid[]) and l.jurisdiction = $2 and ${LEG_DATE} is not null
      union all
      select 'opened:' || c.id, 'case_opened', c.opened_on::text, c.reference, null, null, array['case:' || c.id]
      from cases c where c.id = any($1::uuid[]) and c.jurisdiction = $2
    ) t order by date, id limit 2000`,
};

/** The dated events, route legs and openings of the cases drawn, linked to the nodes they concern. */
async function timelineOf(ctx: ActorContext, nodes: readonly NetworkNode[]): Promise<TimelineItem[]> {
  const caseIds = nodes.filter((n) => n.kind === 'case').map((n) => keyOf(n.id));
  if (caseIds.length === 0) return [];
  const present = new Set(nodes.map((n) => n.id));
  const rows = await runPrepared<TimelineItem>(ctx.tx, TIMELINE, [caseIds, ctx.actor.jurisdiction]);
  return rows.map((r) => ({ ...r, nodes: r.nodes.filter((n) => present.has(n)) }));
}
