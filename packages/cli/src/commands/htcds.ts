/**
 * `veza export REFERENCE... --user NAME --purpose WHY [--csv]`: cases in HTCDS, to standard output.
 * `veza import-htcds FILE --user NAME`: the cases of an HTCDS JSON document, each imported once.
 */
import { readFileSync } from 'node:fs';
import { CaseBundle, fromHtcds, HtcdsDocument, htcdsCsv } from '@veza/core';
import { actorOf, withActor } from '@veza/server/access';
import { caseIdsByReference, exportHtcds, importBundle } from '@veza/server/cases';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerHtcdsCommands(program: Command) {
  program
    .command('export')
    .description(
      'write cases as HTCDS JSON (or CSV) to standard output; the export is audited with its purpose',
    )
    .argument('<reference...>', 'case references, e.g. RS-2026-0042')
    .requiredOption('--user <username>', 'who exports: they must be allowed to read the cases')
    .requiredOption('--purpose <why>', 'why the cases are exported (kept in the audit log)')
    .option('--csv', 'CSV, one row per person, instead of JSON')
    .action(async (references: string[], options: { user: string; purpose: string; csv?: boolean }) => {
      if (options.purpose.trim().length < 3)
        throw new CliError('--purpose: say why, in at least 3 characters', 2);
      const database = await openConfiguredDatabase();
      try {
        const actor = await actorOf(database, options.user).catch((e: Error) => {
          throw new CliError(e.message, 2);
        });
        const document = await withActor(database, actor, async (ctx) => {
          const ids = await caseIdsByReference(ctx, references);
          const missing = references.filter((r) => !ids.has(r));
          if (missing.length)
            throw new CliError(`no case ${missing.join(', ')} that ${options.user} may read`, 2);
          return exportHtcds(
            ctx,
            references.map((r) => ids.get(r)!),
            options.purpose.trim(),
          );
        });
        process.stdout.write(
          options.csv ? htcdsCsv(document.cases) : `${JSON.stringify(document, null, 2)}\n`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('import-htcds')
    .description('import the cases of an HTCDS JSON document into the user’s jurisdiction; each case once')
    .argument('<file>', 'the HTCDS JSON document')
    .requiredOption('--user <username>', 'whose import this is')
    .action(async (file: string, options: { user: string }) => {
      let document: HtcdsDocument;
      try {
        const parsed = HtcdsDocument.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new CliError(`${file}: ${issue.path.join('.')}: ${issue.message}`, 2);
        }
        document = parsed.data;
      } catch (error) {
        throw error instanceof CliError
          ? error
          : new CliError(`${file}: ${(error as Error).message.split('\n')[0]}`, 2);
      }
      const database = await openConfiguredDatabase();
      try {
        const actor = await actorOf(database, options.user).catch((e: Error) => {
          throw new CliError(e.message, 2);
        });
        const results = await withActor(database, actor, async (ctx) => {
          const out: string[] = [];
          for (const htcds of document.cases) {
            const bundle = CaseBundle.safeParse(fromHtcds(htcds));
            if (!bundle.success)
              throw new CliError(`${file}: case ${htcds.cas_CaseId}: ${bundle.error.issues[0]!.message}`, 2);
            const created = await importBundle(ctx, bundle.data);
            out.push(
              created
                ? `${htcds.cas_CaseId} → ${created.reference}`
                : `${htcds.cas_CaseId}: already imported`,
            );
          }
          return out;
        });
        console.log(results.join('\n'));
      } finally {
        await database.close();
      }
    });
}
