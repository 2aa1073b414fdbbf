/**
 * `veza import FILE --mapping MAP.json --user NAME`: persons from a CSV or XLSX file, as that user, all
 * or nothing unless --skip-bad; a report names every rejected row; Ctrl-C cancels and keeps nothing.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportMapping } from '@veza/core';
import { actorOf, withActor } from '@veza/server/access';
import { findDuplicates } from '@veza/server/duplicates';
import { importPersons, readTable } from '@veza/server/imports';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

function readMapping(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: ${(error as Error).message.split('\n')[0]}`, 2);
  }
  const mapping = ImportMapping.safeParse(json);
  if (!mapping.success) {
    const issue = mapping.error.issues[0]!;
    throw new CliError(`${path}: ${issue.path.join('.') || 'mapping'}: ${issue.message}`, 2);
  }
  return mapping.data;
}

export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description(
      'import persons from a CSV or XLSX file with a column mapping; all or nothing unless --skip-bad',
    )
    .argument('<file>', 'the CSV or XLSX file')
    .requiredOption('--mapping <map.json>', 'how the file’s columns map onto Veza’s fields')
    .requiredOption(
      '--user <username>',
      'whose import this is: their jurisdiction and agency own the records',
    )
    .option('--dry-run', 'check every row and report, store nothing')
    .option('--skip-bad', 'import the good rows even when some are rejected')
    .action(
      async (
        file: string,
        options: { mapping: string; user: string; dryRun?: boolean; skipBad?: boolean },
      ) => {
        const mapping = readMapping(options.mapping);
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(file);
        } catch (error) {
          throw new CliError(
            `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
            2,
          );
        }
        const table = await readTable(bytes, basename(file)).catch((error: Error) => {
          throw new CliError(error.message, 2);
        });
        const database = await openConfiguredDatabase();
        const controller = new AbortController();
        const cancel = () => controller.abort();
        process.once('SIGINT', cancel);
        const bar = process.stderr.isTTY
          ? new SingleBar({ format: 'importing [{bar}] {value}/{total} rows', stream: process.stderr })
          : null;
        try {
          const actor = await actorOf(database, options.user).catch((error: Error) => {
            throw new CliError(error.message, 2);
          });
          let started = false;
          const report = await withActor(database, actor, (ctx) =>
            importPersons(ctx, table, mapping, {
              dryRun: options.dryRun,
              skipBad: options.skipBad,
              signal: controller.signal,
              onProgress: (done, total) => {
                if (!bar) return;
                if (!started) bar.start(total, 0);
                started = true;
                bar.update(done);
              },
            }),
          );
          bar?.stop();
          for (const row of report.rejected)
            process.stderr.write(`${basename(file)} line ${row.line}: ${row.problems.join('; ')}\n`);
          for (const row of report.warnings)
            process.stderr.write(
              `${basename(file)} line ${row.line} (warning): ${row.messages.join('; ')}\n`,
            );
          console.log(
            `${report.rows} rows: ${report.created} imported, ${report.alreadyImported} already imported, ${report.rejected.length} rejected (${report.outcome.replace('_', ' ')})`,
          );
          if (report.outcome === 'refused') {
            throw new CliError(
              `${report.rejected.length} rows rejected; nothing was imported (use --skip-bad to import the others)`,
              4,
            );
          }
          if (report.created > 0) {
            // What the server does in the background after an import, done here before exiting.
            const found = await findDuplicates(database, actor.jurisdiction);
            console.log(
              `Possible duplicates in ${actor.jurisdiction}: ${found.found} among ${found.persons} persons (${found.added} new), shown on the persons' pages.`,
            );
          }
        } catch (error) {
          bar?.stop();
          throw error instanceof CliError ? error : new CliError((error as Error).message, 1);
        } finally {
          process.off('SIGINT', cancel);
          await database.close();
        }
      },
    );
}
