/** Vitest global set-up: the template database every test file copies. */
import { prepareTemplate } from '../packages/server/src/testing/database.ts';

export default async function setup() {
  await prepareTemplate();
}
