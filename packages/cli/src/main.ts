/** The `veza` command line: start the server, manage the database, verify the audit chain. */
import { Command, CommanderError } from 'commander';
import { registerAdminCommands } from './commands/admin.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDatabaseCommands } from './commands/database.ts';
import { registerHtcdsCommands } from './commands/htcds.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerLinkCommand } from './commands/link.ts';
import { registerPrivateLinkCommands } from './commands/private-link.ts';
import { registerSecretsCommands } from './commands/secrets.ts';
import { registerStartCommand } from './commands/start.ts';
import { CliError } from './errors.ts';

const program = new Command('veza')
  .description(
    'Veza: cooperation against migrant smuggling and trafficking in human beings in the Western Balkans',
  )
  .version('0.1.0')
  .showHelpAfterError('(run veza --help for the commands)')
  .exitOverride();

registerStartCommand(program);
registerDatabaseCommands(program);
registerImportCommand(program);
registerLinkCommand(program);
registerPrivateLinkCommands(program);
registerHtcdsCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerAdminCommands(program);
registerSecretsCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode);
  }
  const message = error instanceof CliError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`veza: ${message.split('\n')[0]}\n`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
}
