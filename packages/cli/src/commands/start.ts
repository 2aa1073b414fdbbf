/** `veza start`: build the web app when its sources changed, then run the server. */
import type { Command } from 'commander';
import { ensureWebBuilt } from '../web-build.ts';

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description(
      'start the server on PORT (default 8080): migrations, demo region on an empty database, API and web app',
    )
    .option('--no-build', 'serve the web app as last built, without checking its sources')
    .action(async (options: { build: boolean }) => {
      if (options.build) await ensureWebBuilt();
      const { start } = await import('@veza/server/main');
      await start();
    });
}
