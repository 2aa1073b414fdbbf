/**
 * A chart handed over: GraphML and GEXF for Gephi and other graph tools, CSV tables of nodes and
 * of edges, and i2 ANX for Analyst's Notebook. Every file says what it is (handling code,
 * purpose, who exported it and when) in its own metadata.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { csvTable } from '../csv.ts';
import type { ExportFormat, NetworkGraph, NodeKind } from './model.ts';

export type ExportContext = {
  purpose: string;
  exportedBy: string;
  exportedAt: Date;
  /** Where each node was drawn, when the chart has a layout. */
  positions?: Record<string, { x: number; y: number }>;
  /** Each node's community, when the chart was analysed. */
  communities?: Record<string, number>;
};

export const EXPORT_TYPES: Record<
  Exclude<ExportFormat, 'png'>,
  { contentType: string; extension: string }
> = {
  graphml: { contentType: 'application/graphml+xml', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml', extension: 'gexf' },
  'csv-nodes': { contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv' },
  'csv-edges': { contentType: 'text/csv; charset=utf-8', extension: 'edges.csv' },
  anx: { contentType: 'application/xml', extension: 'anx' },
};

function xml(value: string): string {
  return (
    value
      // Characters XML 1.0 cannot hold at all.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
  );
}

function heading(graph: NetworkGraph, context: ExportContext) {
  return {
    handlingCode: graph.handlingCode,
    purpose: context.purpose,
    exportedBy: context.exportedBy,
    exportedAt: context.exportedAt.toISOString(),
  };
}

const NODE_KEYS = [
  'kind',
  'label',
  'detail',
  'jurisdiction',
  'handling_code',
  'shared_by',
  'community',
] as const;
const EDGE_KEYS = ['kind', 'weight', 'label', 'date'] as const;

export function toGraphml(graph: NetworkGraph, context: ExportContext): string {
  const head = heading(graph, context);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of Object.keys(head))
    out.push(`  <key id="g_${k}" for="graph" attr.name="${k}" attr.type="string"/>`);
  for (const k of NODE_KEYS)
    out.push(
      `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'shared_by' || k === 'community' ? 'int' : 'string'}"/>`,
    );
  out.push('  <key id="n_x" for="node" attr.name="x" attr.type="double"/>');
  out.push('  <key id="n_y" for="node" attr.name="y" attr.type="double"/>');
  for (const k of EDGE_KEYS)
    out.push(
      `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'weight' ? 'double' : 'string'}"/>`,
    );
  out.push('  <graph id="veza" edgedefault="undirected">');
  for (const [k, v] of Object.entries(head)) out.push(`    <data key="g_${k}">${xml(v)}</data>`);
  for (const n of graph.nodes) {
    const values: Record<string, string | number | null> = {
      kind: n.kind,
      label: n.label,
      detail: n.detail,
      jurisdiction: n.jurisdiction,
      handling_code: n.handlingCode,
      shared_by: n.sharedBy,
      community: context.communities?.[n.id] ?? null,
      x: context.positions?.[n.id]?.x ?? null,
      y: context.positions?.[n.id]?.y ?? null,
    };
    out.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(values))
      if (v !== null) out.push(`      <data key="n_${k}">${xml(String(v))}</data>`);
    out.push('    </node>');
  }
  for (const e of graph.edges) {
    out.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    const values = { kind: e.kind, weight: e.weight, label: e.label, date: e.date };
    for (const [k, v] of Object.entries(values))
      if (v !== null) out.push(`      <data key="e_${k}">${xml(String(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

export function toGexf(graph: NetworkGraph, context: ExportContext): string {
  const g = new Graph({ type: 'undirected', multi: true });
  const head = heading(graph, context);
  g.updateAttributes(() => ({
    creator: `Veza; ${head.exportedBy}; purpose: ${head.purpose}`,
    description: `Handling code ${head.handlingCode}; exported ${head.exportedAt}`,
    lastModifiedDate: head.exportedAt.slice(0, 10),
  }));
  for (const n of graph.nodes)
    g.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      detail: n.detail ?? '',
      jurisdiction: n.jurisdiction ?? '',
      handling_code: n.handlingCode ?? '',
      shared_by: n.sharedBy ?? 0,
      community: context.communities?.[n.id] ?? -1,
      x: context.positions?.[n.id]?.x,
      y: context.positions?.[n.id]?.y,
    });
  for (const e of graph.edges)
    g.addEdgeWithKey(e.id, e.source, e.target, {
      kind: e.kind,
      weight: e.weight,
      label: e.label ?? '',
      date: e.date ?? '',
    });
  return writeGexf(g, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label as string,
      ...(typeof a.x === 'number' && typeof a.y === 'number' ? { viz: { x: a.x, y: a.y } } : {}),
      attributes: {
        kind: a.kind,
        detail: a.detail,
        jurisdiction: a.jurisdiction,
        handling_code: a.handling_code,
        shared_by: a.shared_by,
        community: a.community,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.label as string,
      weight: a.weight as number,
      attributes: { kind: a.kind, date: a.date },
    }),
  });
}

export function toNodesCsv(graph: NetworkGraph, context: ExportContext): string {
  const head = heading(graph, context);
  return csvTable([
    ['id', 'kind', 'label', 'detail', 'jurisdiction', 'handling_code', 'shared_by', 'community', 'x', 'y'],
    ...graph.nodes.map((n) => [
      n.id,
      n.kind,
      n.label,
      n.detail ?? '',
      n.jurisdiction ?? '',
      n.handlingCode ?? '',
      n.sharedBy === null ? '' : String(n.sharedBy),
      String(context.communities?.[n.id] ?? ''),
      String(context.positions?.[n.id]?.x ?? ''),
      String(context.positions?.[n.id]?.y ?? ''),
    ]),
    [
      `# handling code ${head.handlingCode}; purpose: ${head.purpose}; ${head.exportedBy}, ${head.exportedAt}`,
    ],
  ]);
}

export function toEdgesCsv(graph: NetworkGraph, context: ExportContext): string {
  const head = heading(graph, context);
  return csvTable([
    ['id', 'source', 'target', 'kind', 'weight', 'label', 'date'],
    ...graph.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.kind,
      String(e.weight),
      e.label ?? '',
      e.date ?? '',
    ]),
    [
      `# handling code ${head.handlingCode}; purpose: ${head.purpose}; ${head.exportedBy}, ${head.exportedAt}`,
    ],
  ]);
}

/** Analyst's Notebook entity types for each kind of node (icons ANB ships with). */
const ANX_TYPES: Record<NodeKind, string> = {
  person: 'Person',
  phone: 'Phone',
  vehicle: 'Vehicle',
  document: 'Document',
  case: 'Case',
  crossing: 'Location',
  hit: 'Hit',
};

/** A full date or a month or year as its first day, as ANX's DateTime wants it. */
function anxDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00`;
}

/**
 * i2 ANX (the XML exchange format of Analyst's Notebook 7 and later): an entity chart item per
 * node, a link chart item per edge between the entities' ids, dated where the tie has a date,
 * the handling code and purpose in the chart's summary.
 */
export function toAnx(graph: NetworkGraph, context: ExportContext): string {
  const head = heading(graph, context);
  const kinds = [...new Set(graph.nodes.map((n) => n.kind))];
  const links = [...new Set(graph.edges.map((e) => e.kind))];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Chart IdReferenceLinking="false" Rigorous="true">',
    '  <EntityTypeCollection>',
    ...kinds.map((k) => `    <EntityType Name="${ANX_TYPES[k]}" IconFile="${ANX_TYPES[k]}"/>`),
    '  </EntityTypeCollection>',
    '  <LinkTypeCollection>',
    ...links.map((k) => `    <LinkType Name="${k}"/>`),
    '  </LinkTypeCollection>',
    '  <ChartItemCollection>',
  ];
  let k = 0;
  for (const n of graph.nodes) {
    const x = Math.round(context.positions?.[n.id]?.x ?? (k % 20) * 120);
    const y = Math.round(context.positions?.[n.id]?.y ?? Math.floor(k / 20) * 120);
    k++;
    out.push(
      `    <ChartItem Label="${xml(n.label)}" Description="${xml(n.detail ?? '')}" DateSet="false" XPosition="${x}">`,
      `      <End Y="${y}">`,
      `        <Entity EntityId="${xml(n.id)}" Identity="${xml(n.id)}" LabelIsIdentity="false">`,
      `          <Icon><IconStyle Type="${ANX_TYPES[n.kind]}"/></Icon>`,
      '        </Entity>',
      '      </End>',
      '    </ChartItem>',
    );
  }
  for (const e of graph.edges) {
    const dated = e.date ? ` DateTime="${anxDate(e.date)}"` : '';
    out.push(
      `    <ChartItem Label="${xml(e.label ?? e.kind)}" DateSet="${e.date ? 'true' : 'false'}"${dated}>`,
      `      <Link End1Id="${xml(e.source)}" End2Id="${xml(e.target)}">`,
      `        <LinkStyle Type="${e.kind}" ArrowStyle="ArrowNone" LineWidth="${Math.max(1, Math.round(e.weight * 3))}"/>`,
      '      </Link>',
      '    </ChartItem>',
    );
  }
  out.push(
    '  </ChartItemCollection>',
    '  <Summary>',
    `    <Field Type="SummaryFieldTitle" Content="Veza network chart, handling code ${head.handlingCode}"/>`,
    `    <Field Type="SummaryFieldSubject" Content="${xml(head.purpose)}"/>`,
    `    <Field Type="SummaryFieldAuthor" Content="${xml(head.exportedBy)}"/>`,
    `    <Field Type="SummaryFieldComments" Content="Exported ${head.exportedAt}"/>`,
    '  </Summary>',
    '</Chart>',
  );
  return `${out.join('\n')}\n`;
}

export function exportChart(
  format: Exclude<ExportFormat, 'png'>,
  graph: NetworkGraph,
  context: ExportContext,
): string {
  switch (format) {
    case 'graphml':
      return toGraphml(graph, context);
    case 'gexf':
      return toGexf(graph, context);
    case 'csv-nodes':
      return toNodesCsv(graph, context);
    case 'csv-edges':
      return toEdgesCsv(graph, context);
    case 'anx':
      return toAnx(graph, context);
  }
}
