/**
 * Private linkage from the command line, for offline use and evaluation:
 * `veza encode FILE.csv --secret-file KEY --out ENC.jsonl` turns records (the `veza link` input
 * format) into encodings only; `veza match ENC.jsonl … --out PAIRS.csv [--clusters …] [--threshold P]`
 * links encodings with the same scorer and output formats as `veza link`.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareCandidates, DEFAULT_THRESHOLD, finishLink } from '@veza/core';
import { deriveKeys, EncodedTable, encodedBlocks, encodeRecords } from '@veza/core/private-linkage';
import {
  LinkInputError,
  readEncodedFiles,
  readLinkFiles,
  writeClusters,
  writeLines,
  writePairs,
} from '@veza/server/linkage';
import type { Command } from 'commander';
import { CliError } from '../errors.ts';
import { parseThreshold } from './link.ts';

function readSecret(path: string): Uint8Array {
  let secret: Buffer;
  try {
    secret = readFileSync(path);
  } catch (error) {
    throw new CliError(
      `${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      2,
    );
  }
  if (secret.length < 16) throw new CliError(`${path}: the secret must be at least 16 bytes`, 2);
  return secret;
}

async function inputs<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof LinkInputError) throw new CliError(error.message, 2);
    throw error;
  }
}

export function registerPrivateLinkCommands(program: Command) {
  program
    .command('encode')
    .description('encode person records (the veza link CSV format) for private matching: encodings only')
    .argument('<file>', 'a UTF-8 CSV file with the veza link header')
    .requiredOption(
      '--secret-file <KEY>',
      'the regional secret (at least 16 bytes), which the matcher never holds',
    )
    .requiredOption('--out <ENC.jsonl>', 'where to write one encoded record per line')
    .action(async (file: string, options: { secretFile: string; out: string }) => {
      if (resolve(options.out) === resolve(file))
        throw new CliError(`${options.out} is also the input; choose another output`, 2);
      const keys = deriveKeys(readSecret(options.secretFile));
      const table = await inputs(() => readLinkFiles([file]));
      const temporary = `${options.out}.${process.pid}.partial`;
      let count = 0;
      const lines = function* () {
        for (const record of encodeRecords(table, keys)) {
          count++;
          yield JSON.stringify(record);
        }
      };
      try {
        await writeLines(temporary, null, lines());
        renameSync(temporary, options.out);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new CliError(`${options.out}: ${(error as Error).message}`, 1);
      }
      process.stdout.write(`${count} records encoded\n`);
    });

  program
    .command('match')
    .description('link encoded records (from veza encode); the outputs are those of veza link')
    .argument('<files...>', 'ENC.jsonl files')
    .requiredOption('--out <PAIRS.csv>', 'where to write left_id,right_id,score')
    .option('--clusters <CLUSTERS.csv>', 'where to write id,cluster_id for every record')
    .option(
      '--threshold <P>',
      `the match probability from which a pair is written (default ${DEFAULT_THRESHOLD})`,
    )
    .action(async (files: string[], options: { out: string; clusters?: string; threshold?: string }) => {
      const threshold = parseThreshold(options.threshold);
      const started = performance.now();
      const records = await inputs(() => readEncodedFiles(files));
      let table: EncodedTable;
      try {
        table = new EncodedTable(records);
      } catch (error) {
        throw new CliError((error as Error).message, 2);
      }
      const pairs = compareCandidates(table, encodedBlocks(table));
      const result = finishLink(table, [pairs], { threshold });
      for (const [path, write] of [
        [options.out, writePairs],
        [options.clusters, writeClusters],
      ] as const) {
        if (!path) continue;
        const temporary = `${path}.${process.pid}.partial`;
        try {
          await write(temporary, table, result);
          renameSync(temporary, path);
        } catch (error) {
          rmSync(temporary, { force: true });
          throw new CliError(`${path}: ${(error as Error).message}`, 1);
        }
      }
      process.stdout.write(
        `${table.size} encoded records, ${result.candidates} compared pairs, ${result.pairs.left.length} pairs at or above ${threshold}, in ${((performance.now() - started) / 1000).toFixed(1)} s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n`,
      );
    });
}
