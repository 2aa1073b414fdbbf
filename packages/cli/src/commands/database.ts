/** `veza migrate` and `veza demo`: the database's schema and the demo region. */

import { loadConfig } from '@veza/server/config';
import { demoAccounts, isEmpty, seedDemoRecords, seedDemoRegion } from '@veza/server/demo';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerDatabaseCommands(program: Command) {
  program
    .command('migrate')
    .description('apply database migrations (PGlite in VEZA_DATA_DIR, or PostgreSQL at DATABASE_URL)')
    .action(async () => {
      const database = await openConfiguredDatabase();
      await database.close();
      console.log('Database is up to date.');
    });

  program
    .command('demo')
    .description('load the fictional demo region into an empty database (never in production)')
    .action(async () => {
      const config = loadConfig();
      if (config.production) throw new CliError('the demo region is never loaded when NODE_ENV=production');
      const database = await openConfiguredDatabase();
      try {
        if (!(await isEmpty(database)))
          throw new CliError(
            'the database already has agencies; the demo region goes only into an empty one',
          );
        await seedDemoRegion(database, { password: config.demoPassword });
        const cases = await seedDemoRecords(database);
        console.log(`Demo cases: ${cases}.`);
        console.log(
          `Demo region loaded: ${demoAccounts().length} accounts, password "${config.demoPassword}".`,
        );
      } finally {
        await database.close();
      }
    });
}
