/** Vitest global set-up: the template database every test file copies, and the built web app for the browser tests. */
import { ensureWebBuilt } from '../packages/cli/src/web-build.ts';
import { prepareTemplate } from '../packages/server/src/testing/database.ts';

export default async function setup() {
  await Promise.all([prepareTemplate(), ensureWebBuilt()]);
}
