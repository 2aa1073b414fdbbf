/**
 * `veza link FILE.csv [FILE.csv ...] --out PAIRS.csv [--clusters CLUSTERS.csv] [--threshold P]
 * [--explain EXPLAIN.jsonl] [--decisions DECISIONS.csv]`: finds the same person across and within the files. The contract of
 * the files is in docs/linkage.md; other tools rely on it.
 */
import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { countDecisions, DEFAULT_THRESHOLD } from '@veza/core';
import {
  LinkInputError,
  linkInParallel,
  readDecisions,
  readLinkFiles,
  writeClusters,
  writeExplanations,
  writePairs,
} from '@veza/server/linkage';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CliError } from '../errors.ts';

interface LinkCommandOptions {
  out: string;
  clusters?: string;
  threshold?: string;
  explain?: string;
  workers?: string;
  decisions?: string;
}

export function parseThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_THRESHOLD;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
    throw new CliError(`--threshold must be a number from 0 to 1, not "${text}"`, 2);
  return value;
}

function parseWorkers(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 64)
    throw new CliError(`--workers must be a whole number from 0 to 64, not "${text}"`, 2);
  return value;
}

/** Writes through a temporary file, so that a failed run never leaves half an output behind. */
async function writeWhole(path: string, write: (temporary: string) => Promise<void>) {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await write(temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`${path}: ${(error as Error).message}`, 1);
  }
}

export function registerLinkCommand(program: Command) {
  program
    .command('link')
    .description(
      'find the same person within and across CSV files (id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number)',
    )
    .argument('<files...>', 'UTF-8 CSV files with that header; all are deduplicated and linked together')
    .requiredOption(
      '--out <PAIRS.csv>',
      'where to write left_id,right_id,score for each pair at or above the threshold',
    )
    .option('--clusters <CLUSTERS.csv>', 'where to write id,cluster_id for every record')
    .option(
      '--threshold <P>',
      `the match probability from which a pair is written (default ${DEFAULT_THRESHOLD})`,
    )
    .option('--explain <EXPLAIN.jsonl>', 'where to write each pair with the weight each field contributed')
    .option('--workers <N>', 'worker threads for comparing (default: one per core; 0: none)')
    .option(
      '--decisions <DECISIONS.csv>',
      'investigators\' decisions to learn from: left_id,right_id,decision with decision "same" or "different"',
    )
    .action(async (files: string[], options: LinkCommandOptions) => {
      const threshold = parseThreshold(options.threshold);
      const workers = parseWorkers(options.workers);
      const inputs = new Set(files.map((f) => resolve(f)));
      for (const output of [options.out, options.clusters, options.explain]) {
        if (output && inputs.has(resolve(output)))
          throw new CliError(`${output} is also an input file; choose another output`, 2);
      }
      const started = performance.now();
      const tty = process.stderr.isTTY;
      const bar = tty
        ? new SingleBar({ format: '{phase} [{bar}] {percentage}%', stream: process.stderr, hideCursor: true })
        : null;
      const timings: Record<string, number> = {};
      let lap = performance.now();
      const step = (name: string) => {
        timings[name] = Math.round(performance.now() - lap);
        lap = performance.now();
      };
      const table = await (async () => {
        bar?.start(1, 0, { phase: 'reading  ' });
        try {
          return await readLinkFiles(files, (p) => bar?.update(p.bytesRead / Math.max(1, p.totalBytes)));
        } catch (error) {
          bar?.stop();
          if (error instanceof LinkInputError) throw new CliError(error.message, 2);
          throw error;
        }
      })();
      const labels = (() => {
        if (!options.decisions) return undefined;
        try {
          return countDecisions(table, readDecisions(options.decisions, table));
        } catch (error) {
          if (error instanceof LinkInputError) throw new CliError(error.message, 2);
          throw error;
        }
      })();
      step('read');
      bar?.setTotal(Math.max(1, table.size));
      bar?.update(0, { phase: 'comparing' });
      const result = await linkInParallel(table, {
        threshold,
        workers,
        ...(labels ? { labels } : {}),
        onProgress: (done) => bar?.update(done),
      });
      Object.assign(timings, result.timings);
      lap = performance.now();
      bar?.update(table.size, { phase: 'writing  ' });
      await writeWhole(options.out, (path) => writePairs(path, table, result));
      if (options.clusters) await writeWhole(options.clusters, (path) => writeClusters(path, table, result));
      if (options.explain)
        await writeWhole(options.explain, (path) => writeExplanations(path, table, result));
      step('write');
      bar?.stop();
      const clusters = new Set(result.clusters).size;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const peak = Math.round(process.resourceUsage().maxRSS / 1024);
      const steps = Object.entries(timings)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', ');
      process.stdout.write(
        `${table.size} records, ${result.candidates} compared pairs, ${result.pairs.left.length} pairs at or above ${threshold}, ${clusters} clusters, in ${seconds} s (${steps}), peak memory ${peak} MiB\n`,
      );
    });
}
