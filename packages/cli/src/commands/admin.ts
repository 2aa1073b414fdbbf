/**
 * `veza admin create`: the first administrator of a jurisdiction, for a production database where
 * no one can sign in yet. The password comes from VEZA_NEW_PASSWORD, never from the command line.
 */
import { AgencyType, Jurisdiction } from '@veza/core';
import { createFirstAdmin } from '@veza/server/bootstrap';
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../database.ts';
import { CliError } from '../errors.ts';

export function registerAdminCommands(program: Command) {
  const admin = program.command('admin').description("a jurisdiction's administrators");
  admin
    .command('create')
    .description('create an administrator (and their agency if new); password from VEZA_NEW_PASSWORD')
    .requiredOption('--jurisdiction <code>', `one of ${Jurisdiction.options.join(', ')}`)
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--name <display name>', "the person's name")
    .requiredOption('--agency <name>', "the agency's name; created if it does not exist")
    .option(
      '--agency-type <type>',
      `for a new agency: ${AgencyType.options.join(', ')}`,
      'anti_trafficking_office',
    )
    .action(
      async (options: {
        jurisdiction: string;
        username: string;
        name: string;
        agency: string;
        agencyType: string;
      }) => {
        const jurisdiction = Jurisdiction.safeParse(options.jurisdiction.toUpperCase());
        if (!jurisdiction.success)
          throw new CliError(
            `--jurisdiction: "${options.jurisdiction}" is not one of ${Jurisdiction.options.join(', ')}`,
            2,
          );
        const agencyType = AgencyType.safeParse(options.agencyType);
        if (!agencyType.success)
          throw new CliError(
            `--agency-type: "${options.agencyType}" is not one of ${AgencyType.options.join(', ')}`,
            2,
          );
        const password = process.env.VEZA_NEW_PASSWORD;
        if (!password) throw new CliError("set VEZA_NEW_PASSWORD to the new administrator's password", 2);
        const database = await openConfiguredDatabase();
        try {
          const result = await createFirstAdmin(database, {
            jurisdiction: jurisdiction.data,
            username: options.username,
            displayName: options.name,
            agencyName: options.agency,
            agencyType: agencyType.data,
            password,
          });
          console.log(`Created ${result.username} (${jurisdiction.data}, ${result.agencyName}).`);
        } catch (error) {
          throw new CliError(error instanceof Error ? error.message : String(error), 2);
        } finally {
          await database.close();
        }
      },
    );
}
