import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random.ts';
import {
  analyseNetwork,
  analysisGraph,
  connectingNetwork,
  dateSpan,
  shortestPath,
  timeRespectingPath,
} from './analyse.ts';
import { toAnx, toEdgesCsv, toGexf, toGraphml, toNodesCsv } from './exports.ts';
import { kindOf, type NetworkEdge, type NetworkGraph, type NetworkNode, sharedTieWeight } from './model.ts';

function node(id: string): NetworkNode {
  return {
    id,
    kind: kindOf(id),
    label: id,
    detail: null,
    jurisdiction: 'RS',
    handlingCode: 'H0',
    sharedBy: null,
    more: {},
  };
}

let edgeCount = 0;
function edge(source: string, target: string, extra: Partial<NetworkEdge> = {}): NetworkEdge {
  return {
    id: `e${++edgeCount}`,
    source,
    target,
    kind: 'role',
    weight: 1,
    label: null,
    date: null,
    ...extra,
  };
}

function build(edges: NetworkEdge[]) {
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return analysisGraph(ids.map(node), edges);
}

describe('ties through shared identifiers', () => {
  it('weigh 1/(n−1): a phone of two is a full tie, a phone of a travelling group of 40 a weak one', () => {
    expect(sharedTieWeight(1)).toBe(1);
    expect(sharedTieWeight(2)).toBe(1);
    expect(sharedTieWeight(40)).toBeCloseTo(1 / 39);
  });

  it('make a path through a group phone longer than one through a case both are in', () => {
    const w = sharedTieWeight(40);
    const g = build([
      edge('person:a', 'phone:+38160', { kind: 'phone', weight: w }),
      edge('phone:+38160', 'person:b', { kind: 'phone', weight: w }),
      edge('person:a', 'case:1'),
      edge('case:1', 'person:c'),
      edge('person:c', 'case:2'),
      edge('case:2', 'person:b'),
    ]);
    const path = shortestPath(g, 'person:a', 'person:b');
    expect(path?.nodes).toEqual(['person:a', 'case:1', 'person:c', 'case:2', 'person:b']);
    expect(path?.length).toBe(4);
  });
});

describe('shortest paths', () => {
  // a and b meet at the crossing (a hub of 10 cases) or through a longer chain of persons.
  const edges = [
    edge('case:a', 'crossing:hub', { kind: 'leg' }),
    edge('crossing:hub', 'case:b', { kind: 'leg' }),
    ...Array.from({ length: 8 }, (_, k) => edge(`case:x${k}`, 'crossing:hub', { kind: 'leg' })),
    edge('case:a', 'person:1'),
    edge('person:1', 'case:m'),
    edge('case:m', 'person:2'),
    edge('person:2', 'case:b'),
  ];

  it('go through the hub when nothing is skipped', () => {
    expect(shortestPath(build(edges), 'case:a', 'case:b')?.nodes).toEqual([
      'case:a',
      'crossing:hub',
      'case:b',
    ]);
  });

  it('skip a hub when asked, and find the chain of persons', () => {
    const path = shortestPath(build(edges), 'case:a', 'case:b', { skipHubsAbove: 5 });
    expect(path?.nodes).toEqual(['case:a', 'person:1', 'case:m', 'person:2', 'case:b']);
    expect(path?.nodes).not.toContain('crossing:hub');
  });

  it('never skip an endpoint, however many ties it has', () => {
    const path = shortestPath(build(edges), 'crossing:hub', 'case:b', { skipHubsAbove: 2 });
    expect(path?.nodes).toEqual(['crossing:hub', 'case:b']);
  });

  it('are null between parts the graph does not join', () => {
    const g = build([edge('person:a', 'case:1'), edge('person:b', 'case:2')]);
    expect(shortestPath(g, 'person:a', 'person:b')).toBeNull();
  });

  it('name the records behind each step, parallel ties included', () => {
    const role = edge('person:a', 'case:1', { label: 'suspect' });
    const facilitation = edge('person:a', 'case:1', { kind: 'facilitator', date: '2024-03-02' });
    const g = build([role, facilitation]);
    expect(g.size).toBe(1);
    expect(shortestPath(g, 'person:a', 'case:1')?.edges.sort()).toEqual([role.id, facilitation.id].sort());
  });
});

describe('time-respecting paths', () => {
  it('reads partial dates as the days they may stand for', () => {
    expect(dateSpan('2024-02')?.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
    expect(dateSpan('2024')?.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))).toEqual([
      '2024-01-01',
      '2024-12-31',
    ]);
  });

  it('refuse a tie that goes back in time, and take the later one instead', () => {
    const edges = [
      edge('person:a', 'case:1', { date: '2024-03-10' }),
      edge('case:1', 'person:b', { date: '2024-01-05' }), // before a reached case 1
      edge('person:a', 'case:2', { date: '2024-02-01' }),
      edge('case:2', 'person:c', { date: '2024-04-01' }),
      edge('person:c', 'case:3', { date: '2024-05-01' }),
      edge('case:3', 'person:b', { date: '2024-06-01' }),
    ];
    const g = build(edges);
    expect(shortestPath(g, 'person:a', 'person:b')?.nodes).toEqual(['person:a', 'case:1', 'person:b']);
    expect(timeRespectingPath(g, 'person:a', 'person:b')?.nodes).toEqual([
      'person:a',
      'case:2',
      'person:c',
      'case:3',
      'person:b',
    ]);
  });

  it('find none when every way goes back in time', () => {
    const g = build([
      edge('person:a', 'case:1', { date: '2024-03-10' }),
      edge('case:1', 'person:b', { date: '2024-01-05' }),
    ]);
    expect(timeRespectingPath(g, 'person:a', 'person:b')).toBeNull();
  });

  it('let undated ties (a phone) fit anywhere, and a month overlap the day within it', () => {
    const g = build([
      edge('person:a', 'case:1', { date: '2024-03-20' }),
      edge('case:1', 'person:c', { date: '2024-03' }), // may be after 20 March
      edge('person:c', 'phone:+1', { kind: 'phone' }),
      edge('phone:+1', 'person:b', { kind: 'phone' }),
    ]);
    expect(timeRespectingPath(g, 'person:a', 'person:b')?.nodes).toEqual([
      'person:a',
      'case:1',
      'person:c',
      'phone:+1',
      'person:b',
    ]);
  });
});

describe('communities and centrality', () => {
  /** Two groups of 8 persons, each a clique through their own ties, joined by one broker. */
  function planted() {
    const edges: NetworkEdge[] = [];
    for (const group of ['a', 'b'])
      for (let i = 0; i < 8; i++)
        for (let j = i + 1; j < 8; j++) edges.push(edge(`person:${group}${i}`, `person:${group}${j}`));
    edges.push(edge('person:a0', 'person:broker'), edge('person:broker', 'person:b0'));
    return build(edges);
  }

  it('find a planted community', () => {
    const { communities } = analyseNetwork(planted());
    const a = new Set(Array.from({ length: 8 }, (_, i) => communities[`person:a${i}`]));
    const b = new Set(Array.from({ length: 8 }, (_, i) => communities[`person:b${i}`]));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
  });

  it('rank the broker between two groups first by betweenness', () => {
    const { centrality } = analyseNetwork(planted());
    const ranked = Object.entries(centrality).sort((x, y) => y[1].betweenness - x[1].betweenness);
    expect(ranked[0]![0]).toBe('person:broker');
    // a0 and b0 come next: every path between the groups passes them too.
    expect(
      ranked
        .slice(1, 3)
        .map(([n]) => n)
        .sort(),
    ).toEqual(['person:a0', 'person:b0']);
    // The most tied-in, by degree, are the clique members at the doors.
    expect(centrality['person:a0']!.degree).toBeGreaterThan(centrality['person:broker']!.degree);
  });

  it('estimate betweenness from a sample on large graphs, keeping the organisers on top', () => {
    // 30 groups of 60 around 5 organisers who each reach 6 groups, and the organisers in a ring.
    const random = seededRandom(7);
    const edges: NetworkEdge[] = [];
    for (let g = 0; g < 30; g++) {
      for (let i = 0; i < 60; i++)
        for (let k = 0; k < 3; k++) {
          const j = Math.floor(random() * 60);
          if (j !== i) edges.push(edge(`person:g${g}m${i}`, `person:g${g}m${j}`));
        }
      edges.push(edge(`person:organiser${g % 5}`, `person:g${g}m0`));
    }
    for (let o = 0; o < 5; o++) edges.push(edge(`person:organiser${o}`, `person:organiser${(o + 1) % 5}`));
    const g = build(edges);
    expect(g.order).toBeGreaterThan(1500);
    const sampled = analyseNetwork(g, { exactUpTo: 100, samples: 150 });
    const exact = analyseNetwork(g, { exactUpTo: 10_000 });
    expect(sampled.betweennessSampled).toBe(true);
    const top = (a: typeof exact) =>
      Object.entries(a.centrality)
        .sort((x, y) => y[1].betweenness - x[1].betweenness)
        .slice(0, 5)
        .map(([n]) => n)
        .sort();
    expect(top(exact)).toEqual([
      'person:organiser0',
      'person:organiser1',
      'person:organiser2',
      'person:organiser3',
      'person:organiser4',
    ]);
    expect(top(sampled)).toEqual(top(exact));
    const o = 'person:organiser0';
    expect(sampled.centrality[o]!.betweenness / exact.centrality[o]!.betweenness).toBeGreaterThan(0.7);
    expect(sampled.centrality[o]!.betweenness / exact.centrality[o]!.betweenness).toBeLessThan(1.3);
  });

  it('join a selection by its connecting network', () => {
    const g = build([
      edge('person:a', 'case:1'),
      edge('case:1', 'person:b'),
      edge('person:b', 'case:2'),
      edge('case:2', 'person:c'),
      edge('case:2', 'person:unrelated'),
    ]);
    const net = connectingNetwork(g, ['person:a', 'person:c']);
    expect(net.nodes.sort()).toEqual(['case:1', 'case:2', 'person:a', 'person:b', 'person:c']);
    expect(net.edges).toHaveLength(4);
  });
});

describe('exports', () => {
  const graph: NetworkGraph = {
    nodes: [
      { ...node('person:1'), label: 'Ana "Ani" Petrović <&>', handlingCode: 'H2' },
      { ...node('phone:+38160111'), label: '+381 60 111', sharedBy: 3 },
      { ...node('hit:9'), label: 'Hit in BA', jurisdiction: 'BA', handlingCode: null },
    ],
    edges: [
      edge('person:1', 'phone:+38160111', { id: 'e-phone', kind: 'phone', weight: 0.5 }),
      edge('person:1', 'hit:9', { id: 'e-hit', kind: 'hit', date: '2025-06', label: 'high' }),
    ],
    timeline: [],
    handlingCode: 'H2',
    truncated: [],
    capped: false,
  };
  const context = {
    purpose: 'JIT request to BA, ref 12/2026',
    exportedBy: 'inv.rs',
    exportedAt: new Date('2026-12-06T10:00:00Z'),
    positions: { 'person:1': { x: 1.5, y: -2 } },
    communities: { 'person:1': 0, 'phone:+38160111': 0, 'hit:9': 1 },
  };

  it('GraphML reads back in graphology with every node, edge and attribute', () => {
    const text = toGraphml(graph, context);
    const g = parseGraphml(Graph, text);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttribute('person:1', 'label')).toBe('Ana "Ani" Petrović <&>');
    expect(g.getNodeAttribute('person:1', 'x')).toBe(1.5);
    expect(g.getNodeAttribute('hit:9', 'community')).toBe(1);
    expect(g.getEdgeAttribute('e-hit', 'date')).toBe('2025-06');
    expect(g.getAttribute('handlingCode')).toBe('H2');
    expect(g.getAttribute('purpose')).toBe(context.purpose);
  });

  it('GEXF reads back with labels, weights and positions', () => {
    const g = parseGexf(Graph, toGexf(graph, context));
    expect(g.order).toBe(3);
    expect(g.getNodeAttribute('person:1', 'label')).toBe('Ana "Ani" Petrović <&>');
    expect(g.getNodeAttribute('person:1', 'x')).toBe(1.5);
    expect(g.getEdgeAttribute('e-phone', 'weight')).toBe(0.5);
    expect(String(g.getAttribute('description'))).toContain('H2');
  });

  it('CSV quotes what needs quoting and keeps a phone from being a formula', () => {
    const nodes = toNodesCsv(graph, context).split('\r\n');
    expect(nodes[0]).toBe('id,kind,label,detail,jurisdiction,handling_code,shared_by,community,x,y');
    expect(nodes[1]).toContain('"Ana ""Ani"" Petrović <&>"');
    expect(nodes[2]).toContain(",'+381 60 111,");
    expect(nodes.at(-2)).toContain('handling code H2; purpose: JIT request to BA');
    const edges = toEdgesCsv(graph, context).split('\r\n');
    expect(edges[2]).toBe('e-hit,person:1,hit:9,hit,1,high,2025-06');
  });

  it('ANX is well-formed: an entity per node, a dated link per dated edge, the handling code in the summary', async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    const doc = new DOMParser().parseFromString(toAnx(graph, context), 'application/xml');
    const entities = doc.getElementsByTagName('Entity');
    expect(entities.length).toBe(3);
    const links = doc.getElementsByTagName('Link');
    expect(links.length).toBe(2);
    expect(links[1]!.getAttribute('End2Id')).toBe('hit:9');
    const items = doc.getElementsByTagName('ChartItem');
    expect(items[4]!.getAttribute('DateTime')).toBe('2025-06-01T00:00:00');
    expect(items[4]!.getAttribute('DateSet')).toBe('true');
    expect(items[0]!.getAttribute('Label')).toBe('Ana "Ani" Petrović <&>');
    const title = [...Array.from(doc.getElementsByTagName('Field'))].map((f) => f.getAttribute('Content'));
    expect(title.join(' ')).toContain('handling code H2');
  });
});
