/**
 * Linkage benchmarks, all through the real command (`veza link` as a child process, from reading the
 * CSV to writing pairs and clusters):
 * - speed: generated files of 100k, 300k and 1M records, with worker threads and without (the
 *   baseline measured in the same run), wall time and peak memory;
 * - accuracy: pairwise precision, recall and F1 on the generator's truth at each size and over
 *   thresholds, and on the FEBRL files (1 to 3 deduplicated, 4a + 4b linked).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { VEZA } from '../support.ts';
import { scoringCeiling } from './ceiling.ts';
import { readFebrl } from './febrl.ts';
import { csvLine, DEFAULT_KNOBS, GENERATOR_VERSION, HEADER, type Knobs, writeGenerated } from './generate.ts';
import { largestCluster, type PairwiseScores, scoreBands, scoreClusters, scorePairList } from './metrics.ts';

const DIR = join(tmpdir(), 'veza-linkage-bench');
const SEED = 1;

interface RunResult {
  seconds: number;
  peakMiB: number;
  comparedPairs: number;
  summary: string;
  steps: Record<string, number>;
}

function runLink(files: string[], out: string, extra: string[] = []): RunResult {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [VEZA, 'link', ...files, '--out', out, '--clusters', `${out}.clusters.csv`, ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`veza link failed: ${run.stderr}`);
  const summary = run.stdout.trim();
  const steps: Record<string, number> = {};
  for (const m of summary.matchAll(/(\w+) ([\d.]+) s[,)]/g)) steps[m[1]!] = Number(m[2]);
  const peak = /peak memory (\d+) MiB/.exec(summary);
  const compared = /(\d+) compared pairs/.exec(summary);
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakMiB: Number(peak?.[1] ?? 0),
    comparedPairs: Number(compared?.[1] ?? 0),
    summary,
    steps,
  };
}

/** Record indexes by id, in file order, and each record's true person. */
function truthOf(truthFile: string): { index: Map<string, number>; entity: Int32Array } {
  const rows = parse(readFileSync(truthFile), { columns: true }) as { id: string; entity: string }[];
  const index = new Map<string, number>();
  const entity = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    index.set(row.id, i);
    entity[i] = Number(row.entity);
  });
  return { index, entity };
}

function readPairs(file: string, index: Map<string, number>) {
  const rows = parse(readFileSync(file), { columns: true }) as {
    left_id: string;
    right_id: string;
    score: string;
  }[];
  return {
    left: Int32Array.from(rows, (r) => index.get(r.left_id)!),
    right: Int32Array.from(rows, (r) => index.get(r.right_id)!),
    score: Float64Array.from(rows, (r) => Number(r.score)),
  };
}

function readClusters(file: string, index: Map<string, number>, size: number): Int32Array {
  const rows = parse(readFileSync(file), { columns: true }) as { id: string; cluster_id: string }[];
  const cluster = new Int32Array(size);
  for (const row of rows) cluster[index.get(row.id)!] = index.get(row.cluster_id)!;
  return cluster;
}

/** Pairwise scores at each threshold from one run's pairs (written at the lowest threshold). */
function sweep(entity: Int32Array, pairs: ReturnType<typeof readPairs>, thresholds: number[]) {
  const out: Record<string, PairwiseScores> = {};
  for (const t of thresholds) {
    const keep = [];
    for (let k = 0; k < pairs.score.length; k++) if (pairs.score[k]! >= t) keep.push(k);
    out[String(t)] = scorePairList(
      entity,
      Int32Array.from(keep, (k) => pairs.left[k]!),
      Int32Array.from(keep, (k) => pairs.right[k]!),
    );
  }
  return out;
}

/** FEBRL records in the veza link CSV format. */
function writeFebrlCsv(path: string, records: ReturnType<typeof readFebrl>['records']) {
  writeFileSync(
    path,
    `${HEADER}\n${records
      .map((r) =>
        csvLine([
          r.id,
          '',
          r.givenNames ?? '',
          r.familyNames ?? '',
          '',
          r.birthDate ?? '',
          '',
          '',
          typeof r.documentNumber === 'string' ? r.documentNumber : '',
        ]),
      )
      .join('\n')}\n`,
  );
}

/** A generated file and its truth, cached by size, seed, generator version and knobs. */
async function generated(records: number, knobs: Partial<Knobs> = {}) {
  mkdirSync(DIR, { recursive: true });
  const setting = Object.entries(knobs)
    .filter(([k, v]) => DEFAULT_KNOBS[k as keyof Knobs] !== v)
    .map(([k, v]) => `-${k}${v}`)
    .join('');
  const name = `generated-v${GENERATOR_VERSION}-${records}-${SEED}${setting}`;
  const file = join(DIR, `${name}.csv`);
  const truth = join(DIR, `${name}.truth.csv`);
  if (!existsSync(file) || !existsSync(truth)) await writeGenerated(records, SEED, file, truth, knobs);
  return { file, truth };
}

const THRESHOLDS = [0.1, 0.3, 0.5, 0.7, 0.9, 0.99];

export async function benchLinkageSpeed(sizes = [100_000, 300_000, 1_000_000]) {
  const runs: Record<string, unknown>[] = [];
  for (const records of sizes) {
    const { file, truth } = await generated(records);
    const out = join(DIR, `pairs-${records}.csv`);
    const parallel = runLink([file], out);
    const { index, entity } = truthOf(truth);
    const pairs = readPairs(out, index);
    const clusters = readClusters(`${out}.clusters.csv`, index, entity.length);
    runs.push({
      records,
      seconds: parallel.seconds,
      peakMiB: parallel.peakMiB,
      comparedPairs: parallel.comparedPairs,
      steps: parallel.steps,
      pairs: scorePairList(entity, pairs.left, pairs.right),
      clusters: scoreClusters(entity, clusters),
      largestCluster: largestCluster(clusters),
      bands: scoreBands(entity, pairs),
      ceiling: await scoringCeiling(file, index, entity),
    });
  }
  // The baseline: the largest size again on one thread (no workers).
  const largest = sizes[sizes.length - 1]!;
  const { file } = await generated(largest);
  const single = runLink([file], join(DIR, 'pairs-single.csv'), ['--workers', '0']);
  const parallel = runs[runs.length - 1]!;
  return {
    runs,
    singleThread: { records: largest, seconds: single.seconds, peakMiB: single.peakMiB, steps: single.steps },
    speedupWithWorkers: Math.round((single.seconds / (parallel.seconds as number)) * 100) / 100,
    targetSeconds: 60,
    targetPeakMiB: 4096,
  };
}

export async function benchLinkageAccuracy(size = 100_000) {
  const { file, truth } = await generated(size);
  const out = join(DIR, `sweep-${size}.csv`);
  runLink([file], out, ['--threshold', String(THRESHOLDS[0])]);
  const { index, entity } = truthOf(truth);
  const scored = readPairs(out, index);
  const generatedSweep = sweep(entity, scored, THRESHOLDS);
  const bands = scoreBands(entity, scored);
  const ceiling = await scoringCeiling(file, index, entity);
  const febrl: Record<string, unknown> = {};
  for (const files of [
    ['dataset1.csv'],
    ['dataset2.csv'],
    ['dataset3.csv'],
    ['dataset4a.csv', 'dataset4b.csv'],
  ]) {
    const { records, entity: truthEntity } = readFebrl(...files);
    const csv = join(DIR, `febrl-${files.join('+')}.csv`);
    writeFebrlCsv(csv, records);
    const febrlIndex = new Map(records.map((r, i) => [r.id, i]));
    const pairsOut = join(DIR, `febrl-${files.join('+')}.pairs.csv`);
    runLink([csv], pairsOut, ['--threshold', String(THRESHOLDS[0])]);
    febrl[files.join(' + ')] = sweep(truthEntity, readPairs(pairsOut, febrlIndex), THRESHOLDS);
  }
  return {
    records: size,
    generated: generatedSweep,
    ceiling,
    bands,
    febrl,
    target: { generatedF1: 0.93, febrl4F1: 0.98 },
  };
}

/**
 * The hardest knobs of the generator swept one at a time around the default (100k records each):
 * pairwise and cluster F1 at the default threshold, so that a change that helps one setting and
 * hurts the others shows.
 */
export const SWEEP: Record<string, number[]> = {
  namesakes: [0.02, 0.05, 0.1, 0.2],
  namesakeGuessedDate: [0.2, 0.5, 0.8],
  groupPhones: [0.2, 0.5, 0.8],
  families: [0.05, 0.15, 0.3],
  guessedDates: [0.3, 0.55, 0.8],
};

export async function benchLinkageSweep(size = 100_000) {
  const rows: Record<string, unknown>[] = [];
  for (const [knob, values] of Object.entries(SWEEP)) {
    for (const value of values) {
      const { file, truth } = await generated(size, { [knob]: value });
      const out = join(DIR, `knob-${knob}-${value}.csv`);
      const run = runLink([file], out);
      const { index, entity } = truthOf(truth);
      const pairs = readPairs(out, index);
      const clusters = readClusters(`${out}.clusters.csv`, index, entity.length);
      rows.push({
        knob,
        value,
        default: DEFAULT_KNOBS[knob as keyof Knobs] === value,
        pairs: scorePairList(entity, pairs.left, pairs.right),
        clusters: scoreClusters(entity, clusters),
        largestCluster: largestCluster(clusters),
        comparedPairs: run.comparedPairs,
        ceiling: await scoringCeiling(file, index, entity),
      });
    }
  }
  return { records: size, rows };
}

/**
 * Private linkage against plaintext on the same data: `veza encode` with a secret, `veza match`,
 * and `veza link`, scored against the truth at the default threshold.
 */
export async function benchPrivateAccuracy(size = 100_000) {
  const secret = join(DIR, 'bench.key');
  writeFileSync(secret, 'a regional secret for the benchmark only, 2026');
  const encodeAndMatch = (csvs: string[], out: string) => {
    const encoded = csvs.map((csv, k) => {
      const enc = `${out}.${k}.jsonl`;
      const started = performance.now();
      const run = spawnSync(process.execPath, [VEZA, 'encode', csv, '--secret-file', secret, '--out', enc], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`veza encode failed: ${run.stderr}`);
      return { enc, seconds: (performance.now() - started) / 1000 };
    });
    const started = performance.now();
    const run = spawnSync(process.execPath, [VEZA, 'match', ...encoded.map((e) => e.enc), '--out', out], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`veza match failed: ${run.stderr}`);
    return {
      encodeSeconds: Math.round(encoded.reduce((sum, e) => sum + e.seconds, 0) * 10) / 10,
      matchSeconds: Math.round(((performance.now() - started) / 1000) * 10) / 10,
    };
  };
  const { file, truth } = await generated(size);
  const { index, entity } = truthOf(truth);
  const privateOut = join(DIR, `private-${size}.csv`);
  const times = encodeAndMatch([file], privateOut);
  const plainOut = join(DIR, `plain-${size}.csv`);
  runLink([file], plainOut);
  const generatedScores = {
    private: scorePairList(entity, readPairs(privateOut, index).left, readPairs(privateOut, index).right),
    plaintext: scorePairList(entity, readPairs(plainOut, index).left, readPairs(plainOut, index).right),
    ...times,
  };
  const { records, entity: febrlEntity } = readFebrl('dataset4a.csv', 'dataset4b.csv');
  const febrlIndex = new Map(records.map((r, i) => [r.id, i]));
  const csvs = ['a', 'b'].map((half, k) => {
    const csv = join(DIR, `febrl4${half}.csv`);
    const part = records.filter((r) => (k === 0 ? r.id.endsWith('-org') : !r.id.endsWith('-org')));
    writeFebrlCsv(csv, part);
    return csv;
  });
  const febrlPrivate = join(DIR, 'febrl4-private.csv');
  encodeAndMatch(csvs, febrlPrivate);
  const febrlPlain = join(DIR, 'febrl4-plain.csv');
  runLink(csvs, febrlPlain);
  const score = (path: string) => {
    const p = readPairs(path, febrlIndex);
    return scorePairList(febrlEntity, p.left, p.right);
  };
  return {
    records: size,
    generated: generatedScores,
    febrl4: { private: score(febrlPrivate), plaintext: score(febrlPlain) },
    target: { maxF1Gap: 0.02, febrl4PrivateF1: 0.95 },
  };
}

/**
 * Private linkage at scale: 1M generated records encoded (`veza encode`), then matched end to end
 * (`veza match`: reading the encodings to writing the pairs), wall time and peak memory; and the
 * same file linked in plaintext (`veza link`) in the same run, for the accuracy gap.
 */
export async function benchPrivateSpeed(size = 1_000_000) {
  const secret = join(DIR, 'bench.key');
  writeFileSync(secret, 'a regional secret for the benchmark only, 2026');
  const { file, truth } = await generated(size);
  const encoded = join(DIR, `speed-${size}.jsonl`);
  const timed = (args: string[]) => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [VEZA, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`veza ${args[0]} failed: ${run.stderr}`);
    const peak = /peak memory (\d+) MiB/.exec(run.stdout);
    return {
      seconds: Math.round(((performance.now() - started) / 1000) * 10) / 10,
      peakMiB: peak ? Number(peak[1]) : null,
      summary: run.stdout.trim(),
    };
  };
  const encode = timed(['encode', file, '--secret-file', secret, '--out', encoded]);
  const privateOut = join(DIR, `speed-private-${size}.csv`);
  const match = timed(['match', encoded, '--out', privateOut]);
  const plainOut = join(DIR, `speed-plain-${size}.csv`);
  const plain = runLink([file], plainOut);
  const { index, entity } = truthOf(truth);
  const privatePairs = readPairs(privateOut, index);
  const plainPairs = readPairs(plainOut, index);
  const privateScores = scorePairList(entity, privatePairs.left, privatePairs.right);
  const plainScores = scorePairList(entity, plainPairs.left, plainPairs.right);
  return {
    records: size,
    encode,
    match,
    plaintext: { seconds: plain.seconds, peakMiB: plain.peakMiB },
    f1: { private: privateScores.f1, plaintext: plainScores.f1 },
    targetMatchSeconds: 120,
    meetsTarget: match.seconds < 120,
  };
}

/**
 * What investigators' decisions teach: on the 100k generated register, `decisions` pairs that
 * investigators would review (drawn at random, with a fixed seed, among the pairs the engine scores
 * from `from` to `to`: the suggestions it is unsure of) are decided from the truth and given to
 * `veza link --decisions`; pairwise and cluster scores at the default threshold before and after.
 */
export async function benchLinkageLearning(size = 100_000, decisions = 200, from = 0.2, to = 0.999) {
  const { file, truth } = await generated(size);
  const before = join(DIR, `learning-before-${size}.csv`);
  runLink([file], before, ['--threshold', String(from)]);
  const { index, entity } = truthOf(truth);
  const scored = readPairs(before, index);
  const ids = [...index.keys()];
  const reviewable: number[] = [];
  for (let k = 0; k < scored.score.length; k++)
    if (scored.score[k]! >= from && scored.score[k]! < to) reviewable.push(k);
  // A seeded shuffle, then the first `decisions`, written as the decisions file `veza link` reads.
  const draw = (seed: number) => {
    let state = seed;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const order = [...reviewable];
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    const chosen = order.slice(0, decisions);
    const path = join(DIR, `learning-decisions-${size}-${decisions}-${seed}.csv`);
    writeFileSync(
      path,
      `left_id,right_id,decision\n${chosen
        .map((k) => {
          const l = scored.left[k]!;
          const r = scored.right[k]!;
          return `${ids[l]},${ids[r]},${entity[l] === entity[r] ? 'same' : 'different'}`;
        })
        .join('\n')}\n`,
    );
    return { chosen, path };
  };
  const { chosen, path: decisionsFile } = draw(12345);
  const at = (pairs: ReturnType<typeof readPairs>, threshold: number) => {
    const keep: number[] = [];
    for (let k = 0; k < pairs.score.length; k++) if (pairs.score[k]! >= threshold) keep.push(k);
    return scorePairList(
      entity,
      Int32Array.from(keep, (k) => pairs.left[k]!),
      Int32Array.from(keep, (k) => pairs.right[k]!),
    );
  };
  const beforeDefault = join(DIR, `learning-before-default-${size}.csv`);
  runLink([file], beforeDefault);
  const after = join(DIR, `learning-after-${size}-${decisions}.csv`);
  runLink([file], after, ['--decisions', decisionsFile]);
  const afterPairs = readPairs(after, index);
  const beforePairs = readPairs(beforeDefault, index);
  const samePerson = chosen.filter((k) => entity[scored.left[k]!] === entity[scored.right[k]!]).length;
  // Other draws of as many decisions: the gain is not one lucky sample.
  const otherDraws = [1, 2, 3].map((seed) => {
    const { chosen: drawn, path } = draw(seed);
    const out = join(DIR, `learning-after-${size}-${decisions}-${seed}.csv`);
    runLink([file], out, ['--decisions', path]);
    const pairs = readPairs(out, index);
    return {
      seed,
      decidedSame: drawn.filter((k) => entity[scored.left[k]!] === entity[scored.right[k]!]).length,
      pairs: at(pairs, 0),
      clusters: scoreClusters(entity, readClusters(`${out}.clusters.csv`, index, entity.length)),
    };
  });
  return {
    records: size,
    decisions: chosen.length,
    decidedSame: samePerson,
    decidedDifferent: chosen.length - samePerson,
    reviewedScores: [from, to],
    before: {
      pairs: at(beforePairs, 0),
      clusters: scoreClusters(entity, readClusters(`${beforeDefault}.clusters.csv`, index, entity.length)),
      bands: scoreBands(entity, beforePairs),
    },
    after: {
      pairs: at(afterPairs, 0),
      clusters: scoreClusters(entity, readClusters(`${after}.clusters.csv`, index, entity.length)),
      bands: scoreBands(entity, afterPairs),
    },
    otherDraws,
  };
}
