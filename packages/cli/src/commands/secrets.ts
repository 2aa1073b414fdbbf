/**
 * `veza secrets reseal --old-key-file FILE`: rotates the key that seals the second-factor secrets.
 * The new key is the configured one (VEZA_SECRET_KEY, or VEZA_SECRET_KEY_FILE, made if absent);
 * every sealed secret is opened with the old key and sealed with the new, all or nothing. Stop the
 * servers first, and start them with the new key after.
 */
import { resealTotpSecrets } from '@veza/server/accounts';
import { loadConfig } from '@veza/server/config';
import { loadSecretBox, secretBoxFromFile } from '@veza/server/secret-box';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerSecretsCommands(program: Command) {
  const secrets = program.command('secrets').description('keys Veza keeps outside the database');
  secrets
    .command('reseal')
    .description(
      'seal the second-factor secrets again under the configured key, opening them with the old one',
    )
    .requiredOption('--old-key-file <file>', 'the key they are sealed with now')
    .action(async (options: { oldKeyFile: string }) => {
      let from: ReturnType<typeof secretBoxFromFile>;
      try {
        from = secretBoxFromFile(options.oldKeyFile);
      } catch (error) {
        throw new CliError((error as Error).message, 2);
      }
      const to = loadSecretBox(loadConfig());
      const database = await openConfiguredDatabase();
      try {
        const count = await resealTotpSecrets(database, from, to).catch((error: Error) => {
          throw new CliError(error.message, 3);
        });
        console.log(`Sealed ${count} second-factor secret${count === 1 ? '' : 's'} again under the new key.`);
      } finally {
        await database.close();
      }
    });
}
