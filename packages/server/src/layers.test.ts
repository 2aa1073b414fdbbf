/**
 * The layer order is enforced by Biome's noRestrictedImports (biome.json, docs/architecture.md): an
 * import against it fails `npm test`'s lint step. Here each rule is tried on a file written where a
 * developer would write it, with an import it refuses and one it allows.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lints one probe file in `folder` that imports `from`; the layer message, or null when allowed. */
function lintImport(folder: string, from: string, names?: string): string | null {
  const file = join(ROOT, folder, `.layer-probe-${process.pid}.ts`);
  const binding = names ? `{ ${names} }` : '* as probe';
  writeFileSync(
    file,
    `import ${binding} from '${from}';\n\nexport const used = ${names ? `[${names}]` : 'probe'};\n`,
  );
  try {
    const run = spawnSync(BIOME, ['lint', '--only=style/noRestrictedImports', '--colors=off', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status === 0) return null;
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain('noRestrictedImports');
    return output;
  } finally {
    rmSync(file, { force: true });
  }
}

const SERVER = 'packages/server/src';

describe('the layer order', () => {
  it.each([
    ['a feature', `${SERVER}/features/audit`, '../../http/app.ts', 'a feature imports access, db'],
    ['a feature', `${SERVER}/features/audit`, '../../jobs/index.ts', 'a feature imports access, db'],
    ['a feature', `${SERVER}/features/audit`, '../../testing/app.ts', 'a feature imports access, db'],
    [
      'a feature',
      `${SERVER}/features/audit`,
      '../requests/service.ts',
      'through that feature' + "'s index.ts",
    ],
    ['access', `${SERVER}/access`, '../features/cases/service.ts', 'access decides who may do what'],
    ['access', `${SERVER}/access`, '../http/error-handler.ts', 'access decides who may do what'],
    ['the database layer', `${SERVER}/db`, '../access/actor.ts', 'db holds the schema'],
    ['the database layer', `${SERVER}/db`, '../features/screening/shipped.ts', 'db holds the schema'],
    ['jobs', `${SERVER}/jobs`, '../http/app.ts', 'jobs run the features'],
    ['core', 'packages/core/src/linkage', 'node:fs', 'core is pure logic'],
    ['core', 'packages/core/src/linkage', '@veza/server/db', 'core is pure logic'],
    ['the web app', 'packages/web/src/features/persons', '@veza/server/db', 'shares only @veza/core'],
  ])('refuses %s in %s importing %s', (_who, folder, from, message) => {
    const refusal = lintImport(folder, from);
    expect(refusal).toContain(message);
  });

  it('refuses a web page naming a URL itself instead of through its feature’s api.ts', () => {
    expect(lintImport('packages/web/src/features/users', '../../api.ts', 'get')).toContain(
      'names its URLs and query keys in its own api.ts',
    );
    expect(lintImport('packages/web/src/features/users', '../../api.ts', 'ApiError')).toBeNull();
  });

  it('refuses a feature building an audit entry by hand instead of through recordChange', () => {
    expect(lintImport(`${SERVER}/features/hits`, '../../access/audit.ts', 'appendAudit')).toContain(
      'with recordChange(ctx, …), never by hand',
    );
    expect(lintImport(`${SERVER}/features/hits`, '../../access/audit.ts', 'recordChange')).toBeNull();
  });

  it.each([
    [`${SERVER}/features/audit`, '../../access/actor.ts'],
    [`${SERVER}/features/audit`, '../../errors.ts'],
    [`${SERVER}/features/audit`, '../../db/schema.ts'],
    [`${SERVER}/features/audit`, '../notifications/index.ts'],
    [`${SERVER}/features/audit`, './service.ts'],
    [`${SERVER}/access`, '../db/connection.ts'],
    [`${SERVER}/jobs`, '../features/duplicates/find.ts'],
    [`${SERVER}/http`, '../jobs/index.ts'],
    ['packages/core/src/linkage', '../names/index.ts'],
    ['packages/web/src/features/persons', '@veza/core'],
  ])('allows %s to import %s', (folder, from) => {
    expect(lintImport(folder, from)).toBeNull();
  });
});
