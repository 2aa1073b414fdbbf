/**
 * `veza audit verify [--anchor FILE]`: walks the hash chain and names the first broken or missing
 * entry; with anchors, also finds every anchored entry (entries removed from the end are named).
 * `veza audit anchor`: signs the chain's head now and appends it to the anchor file.
 */
import { verifyAuditChain } from '@veza/server/audit';
import { anchorAudit, checkAnchors, loadAnchorKey, readAnchors } from '@veza/server/audit-anchor';
import { loadConfig } from '@veza/server/config';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check that no audit entry was changed, inserted or removed')
    .option(
      '--anchor <file>',
      'anchors exported by the server: each anchored entry must still be in the chain',
    )
    .option('--public-key <base64>', 'trust only anchors signed by this key (its SPKI, as in the anchors)')
    .action(async (options: { anchor?: string; publicKey?: string }) => {
      let anchors: ReturnType<typeof readAnchors> = [];
      if (options.anchor) {
        try {
          anchors = readAnchors(options.anchor);
        } catch (error) {
          throw new CliError((error as Error).message, 2);
        }
      }
      const database = await openConfiguredDatabase({ migrate: false });
      try {
        const result = await verifyAuditChain(database);
        if (!result.ok)
          throw new CliError(
            `audit chain broken at entry ${result.seq}: ${result.problem} (${result.entries} entries before it are intact)`,
            3,
          );
        let anchored = '';
        if (options.anchor) {
          const check = await checkAnchors(database, anchors, options.publicKey);
          if (!check.ok) throw new CliError(`audit chain does not match its anchors: ${check.problem}`, 3);
          anchored = check.latest
            ? `; all ${check.anchors} anchors found, the latest (entry ${check.latest.seq}, ${check.latest.at}) included`
            : '; the anchor file holds no anchor yet';
        }
        console.log(
          `Audit chain intact: ${result.entries} entries, head ${result.head.slice(0, 16)}…${anchored}`,
        );
      } finally {
        await database.close();
      }
    });
  audit
    .command('anchor')
    .description("sign the chain's head now and append it to the anchor file (VEZA_AUDIT_ANCHOR_FILE)")
    .option('--to <file>', 'the anchor file, instead of VEZA_AUDIT_ANCHOR_FILE')
    .action(async (options: { to?: string }) => {
      const config = loadConfig();
      const file = options.to ?? config.auditAnchorFile;
      if (!file) throw new CliError('give the anchor file: --to FILE or VEZA_AUDIT_ANCHOR_FILE', 2);
      const database = await openConfiguredDatabase({ migrate: false });
      try {
        const anchor = await anchorAudit(
          database,
          { file, email: null, key: loadAnchorKey(config.auditAnchorKeyFile) },
          new Date(),
        );
        console.log(
          anchor
            ? `Anchored entry ${anchor.seq} in ${file} (public key ${anchor.publicKey}).`
            : 'The audit chain is empty: nothing to anchor.',
        );
      } finally {
        await database.close();
      }
    });
}
