/** `npm run bench`: every benchmark, its numbers printed and written to bench/results/latest.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalysisPostgres } from './analysis.ts';
import { benchBackupPglite, benchBackupPostgres } from './backup.ts';
import { benchAnalysisBundle, benchScreeningBundle } from './bundle.ts';
import { benchDirectoryPglite, benchDirectoryPostgres } from './directory.ts';
import { benchHitFreshness } from './hits.ts';
import { benchKnowledgeSearch } from './knowledge.ts';
import {
  benchLinkageAccuracy,
  benchLinkageLearning,
  benchLinkageSpeed,
  benchLinkageSweep,
  benchPrivateAccuracy,
  benchPrivateSpeed,
} from './linkage/bench.ts';
import { benchDice } from './linkage/dice.ts';
import { benchNetworkAnalysis, benchNetworkPostgres } from './network.ts';
import { benchNetworkFps } from './network-fps.ts';
import { benchOperations } from './operations.ts';
import { benchProtectionAlerts, benchProtectionPostgres } from './protection.ts';
import { benchRecordsPglite, benchRecordsPostgres } from './records.ts';
import { benchRequests } from './requests.ts';
import { benchScreeningScore } from './screening.ts';
import { benchStartup } from './startup.ts';
import { ROOT } from './support.ts';

const only = process.argv[2];
const seconds = Number(process.env.VEZA_BENCH_SECONDS || 10);
const personCount = Number(process.env.VEZA_BENCH_PERSONS || 100_000);
const results: Record<string, unknown>[] = [];
const benches: [string, () => Promise<Record<string, unknown>>][] = [
  ['startup', () => benchStartup()],
  ['directory-pglite', () => benchDirectoryPglite(seconds)],
  ['directory-postgres', () => benchDirectoryPostgres(seconds, 1)],
  ['directory-postgres-2-workers', () => benchDirectoryPostgres(seconds, 2)],
  ['records-pglite', () => benchRecordsPglite(personCount)],
  ['records-postgres', () => benchRecordsPostgres(personCount)],
  ['protection-postgres', () => benchProtectionPostgres()],
  ['protection-alerts', () => benchProtectionAlerts()],
  ['linkage-accuracy', () => benchLinkageAccuracy()],
  ['linkage-speed', () => benchLinkageSpeed()],
  ['linkage-sweep', () => benchLinkageSweep()],
  ['linkage-learning', () => benchLinkageLearning()],
  ['private-linkage-accuracy', () => benchPrivateAccuracy()],
  ['private-linkage-speed', () => benchPrivateSpeed()],
  ['dice-speed', async () => benchDice()],
  ['hit-freshness', () => benchHitFreshness()],
  ['requests-postgres', () => benchRequests(Math.max(seconds, 30))],
  ['backup-pglite', () => benchBackupPglite(Number(process.env.VEZA_BENCH_BACKUP_PERSONS ?? 1_000_000))],
  ['backup-postgres', () => benchBackupPostgres(Number(process.env.VEZA_BENCH_BACKUP_PERSONS ?? 1_000_000))],
  [
    'operations-postgres',
    () => benchOperations(Math.max(seconds, 30), Number(process.env.VEZA_BENCH_USERS ?? 200)),
  ],
  ['screening-score', async () => benchScreeningScore(1)],
  ['screening-score-v2', async () => benchScreeningScore(2)],
  ['screening-bundle', async () => benchScreeningBundle()],
  [
    'analysis-postgres',
    () => benchAnalysisPostgres(Number(process.env.VEZA_BENCH_ANALYSIS_CASES ?? 200_000)),
  ],
  ['analysis-bundle', async () => benchAnalysisBundle()],
  ['network-postgres', () => benchNetworkPostgres(Number(process.env.VEZA_BENCH_NETWORK_CASES ?? 20_000))],
  ['network-analysis', async () => benchNetworkAnalysis()],
  ['network-fps', () => benchNetworkFps()],
  ['knowledge-search', () => benchKnowledgeSearch(Number(process.env.VEZA_BENCH_PRACTICES ?? 10_000))],
];

// The web app is built once up front, so that start-up measures the server, not Vite.
const { ensureWebBuilt } = await import('../packages/cli/src/web-build.ts');
await ensureWebBuilt();

for (const [key, bench] of benches) {
  if (only && key !== only) continue;
  process.stderr.write(`▶ ${key}\n`);
  const result = await bench();
  results.push({ key, ...result });
  console.log(JSON.stringify({ key, ...result }));
}

const dir = join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log('\nsummary');
for (const r of results) {
  if (r.skipped) console.log(`  ${r.key}: skipped (${r.skipped})`);
  else if (r.key === 'linkage-speed') {
    for (const run of r.runs as {
      records: number;
      seconds: number;
      peakMiB: number;
      comparedPairs: number;
      pairs: { f1: number; precision: number; recall: number };
      clusters: { f1: number };
      largestCluster: number;
      bands: { from: number; precision: number }[];
      ceiling: { f1: number };
    }[])
      console.log(
        `  ${r.key}: ${run.records} records in ${run.seconds} s, peak ${run.peakMiB} MiB, ${run.comparedPairs} compared pairs; pairs P ${run.pairs.precision} R ${run.pairs.recall} F1 ${run.pairs.f1} (ceiling of any scorer ${run.ceiling.f1}), clusters F1 ${run.clusters.f1}, largest cluster ${run.largestCluster}; precision from 0.99: ${run.bands
          .filter((b) => b.from >= 0.99)
          .map((b) => `${b.from}+ ${b.precision}`)
          .join(', ')}`,
      );
    const single = r.singleThread as { records: number; seconds: number };
    console.log(
      `  ${r.key}: ${single.records} records on one thread in ${single.seconds} s; workers ${r.speedupWithWorkers}× as fast`,
    );
  } else if (r.key === 'linkage-learning') {
    type Side = { pairs: { precision: number; recall: number; f1: number }; clusters: { f1: number } };
    const side = (s: Side) =>
      `pairs P ${s.pairs.precision} R ${s.pairs.recall} F1 ${s.pairs.f1}, clusters F1 ${s.clusters.f1}`;
    const before = r.before as Side;
    const after = r.after as Side;
    console.log(
      `  ${r.key}: ${r.records} records, ${r.decisions} decisions (${r.decidedSame} same, ${r.decidedDifferent} different): before ${side(before)}; after ${side(after)}; F1 ${after.pairs.f1 >= before.pairs.f1 ? '+' : ''}${Math.round((after.pairs.f1 - before.pairs.f1) * 10_000) / 10_000}`,
    );
    for (const draw of r.otherDraws as (Side & { seed: number; decidedSame: number })[])
      console.log(
        `  ${r.key}: other draw ${draw.seed} (${draw.decidedSame} same): after ${side(draw)}; F1 ${draw.pairs.f1 >= before.pairs.f1 ? '+' : ''}${Math.round((draw.pairs.f1 - before.pairs.f1) * 10_000) / 10_000}`,
      );
  } else if (r.key === 'linkage-sweep') {
    for (const row of r.rows as {
      knob: string;
      value: number;
      default: boolean;
      pairs: { precision: number; recall: number; f1: number };
      clusters: { f1: number };
      largestCluster: number;
      ceiling: { f1: number };
    }[])
      console.log(
        `  ${r.key}: ${row.knob} ${row.value}${row.default ? ' (default)' : ''}: pairs P ${row.pairs.precision} R ${row.pairs.recall} F1 ${row.pairs.f1} (ceiling ${row.ceiling.f1}); clusters F1 ${row.clusters.f1}; largest ${row.largestCluster}`,
      );
  } else if (r.key === 'linkage-accuracy') {
    const line = (name: string, sweep: Record<string, { precision: number; recall: number; f1: number }>) =>
      console.log(
        `  ${r.key}: ${name}: ${Object.entries(sweep)
          .map(([t, s]) => `@${t} P ${s.precision} R ${s.recall} F1 ${s.f1}`)
          .join('; ')}`,
      );
    line(`generated ${r.records}`, r.generated as never);
    const ceiling = r.ceiling as { precision: number; recall: number; f1: number };
    console.log(
      `  ${r.key}: ceiling of any scorer on these comparisons (each pattern decided by the truth): P ${ceiling.precision} R ${ceiling.recall} F1 ${ceiling.f1}`,
    );
    console.log(
      `  ${r.key}: score bands (precision / mean score): ${(
        r.bands as { from: number; to: number; precision: number; meanScore: number }[]
      )
        .map((b) => `[${b.from}, ${b.to}) ${b.precision} / ${b.meanScore}`)
        .join('; ')}`,
    );
    for (const [name, sweep] of Object.entries(r.febrl as Record<string, never>))
      line(`FEBRL ${name}`, sweep);
  } else if (r.key === 'screening-bundle') {
    console.log(
      `  ${r.key}: ${r.screeningRouteKB} KB of JavaScript gzipped for the screening route (${r.screeningRouteFiles} files; target < ${r.targetKB} KB); the whole app ${r.wholeAppKB} KB`,
    );
  } else if (r.key === 'screening-score' || r.key === 'screening-score-v2') {
    console.log(
      `  ${r.key}: ${r.screenings} screenings in ${r.medianMs} ms (median of 5; ${r.microsecondsPerScreening} µs each; target < ${r.targetMs} ms)`,
    );
  } else if (r.key === 'private-linkage-speed') {
    const e = r.encode as { seconds: number; peakMiB: number | null };
    const m = r.match as { seconds: number; peakMiB: number | null };
    const f1 = r.f1 as { private: number; plaintext: number };
    console.log(
      `  ${r.key}: ${r.records} records: encode ${e.seconds} s, match ${m.seconds} s (peak ${m.peakMiB} MiB, target < ${r.targetMatchSeconds} s); F1 private ${f1.private}, plaintext ${f1.plaintext}`,
    );
  } else if (r.key === 'requests-postgres') {
    for (const mode of ['asPeopleWork', 'saturated'] as const) {
      const m = r[mode] as {
        operationsPerSecond: number;
        perOperation: Record<string, { p50Ms: number; p99Ms: number; perSecond: number; errors: number }>;
      };
      console.log(
        `  ${r.key} (${mode}): ${m.operationsPerSecond} operations/s; ${Object.entries(m.perOperation)
          .map(
            ([op, o]) =>
              `${op} ${o.perSecond}/s p50 ${o.p50Ms} ms p99 ${o.p99Ms} ms${o.errors ? ` (${o.errors} errors)` : ''}`,
          )
          .join('; ')}`,
      );
    }
  } else if (r.key === 'protection-postgres') {
    const l = r.listMs as { p50: number; p95: number; max: number };
    console.log(
      `  ${r.key}: ${r.cases} cases (+${r.otherJurisdiction} elsewhere): list p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms over ${r.lists} lists (target p95 < 100 ms); lists showing another jurisdiction's cases: ${r.listsShowingOtherJurisdictions}`,
    );
  } else if (r.key === 'analysis-postgres') {
    const c = r.chartMs as { p50: number; p95: number; max: number };
    const m = r.mapMs as { p50: number; p95: number; max: number };
    const w = r.wholeDashboardMs as { p50: number; p95: number };
    console.log(
      `  ${r.key}: ${r.persons} persons, ${r.cases} cases, ${r.legs} legs (facts built in ${r.factsSeconds} s): each chart p50 ${c.p50} ms, p95 ${c.p95} ms, max ${c.max} ms (target p95 < 200 ms); map p95 ${m.p95} ms (target < 300 ms); whole dashboard p50 ${w.p50} ms, p95 ${w.p95} ms`,
    );
  } else if (r.key === 'analysis-bundle') {
    console.log(
      `  ${r.key}: the analysis page adds ${r.analysisAddedKB} KB gzipped (target ≤ ${r.targetKB} KB); analysis code in the screening route: ${r.analysisInScreeningRoute ? 'yes' : 'none'}`,
    );
  } else if (r.key === 'protection-alerts') {
    console.log(
      `  ${r.key}: median ${r.medianMs} ms, max ${r.maxMs} ms from a reflection period becoming due to the caseworker's alert (target < ${r.targetMs} ms)`,
    );
  } else if (r.key === 'hit-freshness') {
    console.log(
      `  ${r.key}: median ${r.medianMs} ms, max ${r.maxMs} ms from saving to the other side's badge (target < ${r.targetMs} ms)`,
    );
  } else if (r.key === 'dice-speed') {
    for (const x of r.results as {
      encodings: number;
      workingSetMiB: number;
      wasmMillionsPerSecond: number;
      javascriptMillionsPerSecond: number;
      ratio: number;
    }[])
      console.log(
        `  ${r.key}: ${x.encodings} encodings (${x.workingSetMiB} MiB): ${x.wasmMillionsPerSecond} M Dice/s with the kernel, ${x.javascriptMillionsPerSecond} M/s in JavaScript (${x.ratio}×)`,
      );
  } else if (r.key === 'private-linkage-accuracy') {
    type Scores = { precision: number; recall: number; f1: number };
    const g = r.generated as {
      private: Scores;
      plaintext: Scores;
      encodeSeconds: number;
      matchSeconds: number;
    };
    const f = r.febrl4 as { private: Scores; plaintext: Scores };
    const show = (s: Scores) => `P ${s.precision} R ${s.recall} F1 ${s.f1}`;
    console.log(
      `  ${r.key}: generated ${r.records}: private ${show(g.private)}; plaintext ${show(g.plaintext)}; encode ${g.encodeSeconds} s, match ${g.matchSeconds} s`,
    );
    console.log(`  ${r.key}: FEBRL 4: private ${show(f.private)}; plaintext ${show(f.plaintext)}`);
  } else if (String(r.key).startsWith('records')) {
    const s = r.searchMs as { p50: number; p95: number };
    console.log(
      `  ${r.key}: import ${r.persons} persons in ${r.importSeconds} s (${r.importRowsPerSecond}/s); name search p50 ${s.p50} ms, p95 ${s.p95} ms`,
    );
  } else if (r.key === 'startup')
    console.log(
      `  ${r.key}: median ${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}; target < ${r.targetMs} ms)`,
    );
  else if (r.key === 'network-postgres') {
    const g = r.graphMs as { p50: number; p95: number; max: number };
    console.log(
      `  ${r.key}: ${r.persons} persons, ${r.cases} cases; graph two steps around a node p50 ${g.p50} ms, p95 ${g.p95} ms, max ${g.max} ms (target p95 < 300 ms)`,
    );
  } else if (r.key === 'network-analysis') {
    const m = r.ms as { p50: number; p95: number };
    console.log(
      `  ${r.key}: ${r.nodes} nodes, ${r.edges} ties: p50 ${m.p50} ms, p95 ${m.p95} ms; planted groups found ${r.plantedGroupsRecovered} (target < 2000 ms)`,
    );
  } else if (r.key === 'knowledge-search') {
    const m = r.searchMs as { p50: number; p95: number; max: number };
    console.log(
      `  ${r.key}: ${r.practices} practices: search p50 ${m.p50} ms, p95 ${m.p95} ms, max ${m.max} ms (target p95 < 100 ms)`,
    );
  } else if (r.key === 'operations-postgres') {
    type Summary = { p50Ms: number; p99Ms: number; stepsPerSecond: number; errors: number };
    const runs = { two: r.twoProcesses, one: r.oneProcess } as Record<
      string,
      { atWork: Summary; brisk: Summary }
    >;
    for (const [processes, run] of Object.entries(runs))
      for (const [pace, m] of Object.entries(run))
        console.log(
          `  ${r.key}: ${r.users} users, ${processes} process(es), ${pace}: ${m.stepsPerSecond} steps/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.errors} errors`,
        );
    console.log(
      `  ${r.key}: p99 ratio one/two ${JSON.stringify(r.p99RatioOneToTwo)} (target p99 < 200 ms, no errors, two processes at work)`,
    );
  } else if (r.key === 'backup-pglite' || r.key === 'backup-postgres') {
    console.log(
      `  ${r.key}: ${r.persons} persons (${r.rows} rows): backup ${r.backupSeconds} s (${r.backupMiB} MiB), restore ${r.restoreSeconds} s, check ${r.checkSeconds} s`,
    );
  } else if (r.key === 'network-fps') {
    for (const run of r.runs as Record<string, number>[])
      console.log(
        `  ${r.key}: ${run.nodes} nodes, ${run.edges} ties: ${run.panFramesPerSecond} fps panning, ${run.dragFramesPerSecond} fps dragged by the mouse (target 30 at 10,000 nodes)`,
      );
  } else {
    const l = r.latencyMs as { p50: number; p99: number };
    console.log(
      `  ${r.key}: ${r.requestsPerSecond} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, non-2xx ${r.non2xx}`,
    );
  }
}
