/** Opens the database the way the server does, from the same environment variables. */

import { prepareDatabase } from '@veza/server/bootstrap';
import { loadConfig } from '@veza/server/config';
import { type Database, openDatabase } from '@veza/server/db';

export async function openConfiguredDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl, poolSize: 2 }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  if (options.migrate !== false) await prepareDatabase(database);
  return database;
}
