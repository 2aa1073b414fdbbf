/** `veza audit verify`: walks the hash chain and names the first broken or missing entry. */
import { verifyAuditChain } from '@veza/server/audit';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check that no audit entry was changed, inserted or removed')
    .action(async () => {
      const database = await openConfiguredDatabase({ migrate: false });
      try {
        const result = await verifyAuditChain(database);
        if (!result.ok)
          throw new CliError(
            `audit chain broken at entry ${result.seq}: ${result.problem} (${result.entries} entries before it are intact)`,
            3,
          );
        console.log(`Audit chain intact: ${result.entries} entries, head ${result.head.slice(0, 16)}…`);
      } finally {
        await database.close();
      }
    });
}
