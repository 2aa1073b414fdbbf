/**
 * Vitest global set-up: the template database every test file copies, and the built web app for the
 * browser tests. The test apps log into .veza-test/logs; when the run ends, the logs are searched for
 * the demo persons' names, phones and document numbers, and the run fails on any (log-check.ts).
 */
import { ensureWebBuilt } from '../packages/cli/src/web-build.ts';
import { prepareTemplate } from '../packages/server/src/testing/database.ts';
import {
  clearTestLogs,
  demoPersonalTerms,
  leaksIn,
  TEST_LOG_DIR,
} from '../packages/server/src/testing/log-check.ts';

export default async function setup() {
  clearTestLogs();
  await Promise.all([prepareTemplate(), ensureWebBuilt()]);
  return async function teardown() {
    const terms = await demoPersonalTerms();
    const { lines, leaks } = leaksIn(TEST_LOG_DIR, terms);
    if (leaks.length > 0) {
      const shown = leaks
        .slice(0, 20)
        .map((l) => `  ${l.file}:${l.line}: a ${l.term.kind} (${l.term.value})`)
        .join('\n');
      throw new Error(
        `the logs of this test run hold personal data, ${leaks.length} times, in ${TEST_LOG_DIR}:\n${shown}`,
      );
    }
    console.log(
      `logs: ${lines} lines searched for ${terms.length} names, phones and document numbers of the demo: none found`,
    );
  };
}
