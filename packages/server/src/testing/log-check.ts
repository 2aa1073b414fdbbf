/**
 * Logs carry no personal data: every test app of a test run logs at "info" (each request, each
 * error) into .veza-test/logs, and when the run ends the logs are searched for the demo region's
 * persons: their names as written and folded, their phones as typed and as E.164, their document
 * numbers. The persons are read from a database seeded the way `npm start` seeds it, so that a
 * person added to the demo is looked for too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchKey } from '@veza/core';
import { sql } from 'drizzle-orm';
import pino, { type DestinationStream } from 'pino';
import { prepareDatabase } from '../bootstrap.ts';
import { openDatabase, rowsOf } from '../db/connection.ts';
import { seedDemoRecords } from '../demo/records.ts';
import { seedDemoRegion } from '../demo/seed.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const TEST_LOG_DIR = join(ROOT, '.veza-test', 'logs');

/** Empties the folder at the start of a run. */
export function clearTestLogs(): void {
  rmSync(TEST_LOG_DIR, { recursive: true, force: true });
  mkdirSync(TEST_LOG_DIR, { recursive: true });
}

let destination: DestinationStream | null = null;

/** Where a test app logs within a test run (one file per test process); null outside one. */
export function testLogDestination(): DestinationStream | null {
  if (!process.env.VITEST || !existsSync(TEST_LOG_DIR)) return null;
  destination ??= pino.destination({
    dest: join(TEST_LOG_DIR, `${process.pid}.log`),
    sync: true,
    append: true,
  });
  return destination;
}

export interface PersonalTerm {
  readonly kind: 'name' | 'phone' | 'document';
  readonly value: string;
}

const DEMO_SOURCES = join(ROOT, 'packages', 'server', 'src', 'demo');
const TERMS_CACHE = join(ROOT, '.veza-test', 'demo-terms.json');

/**
 * The demo region's persons, as the words a leaking log would show. Seeding the demo takes half a
 * minute, so the terms are kept in .veza-test with the digest of the demo's sources they came from.
 */
export async function demoPersonalTerms(): Promise<PersonalTerm[]> {
  const digest = createHash('sha256');
  for (const file of readdirSync(DEMO_SOURCES).sort()) digest.update(readFileSync(join(DEMO_SOURCES, file)));
  const key = digest.digest('hex');
  if (existsSync(TERMS_CACHE)) {
    const cached = JSON.parse(readFileSync(TERMS_CACHE, 'utf8')) as { key: string; terms: PersonalTerm[] };
    if (cached.key === key) return cached.terms;
  }
  const terms = await seededTerms();
  writeFileSync(TERMS_CACHE, JSON.stringify({ key, terms }));
  return terms;
}

async function seededTerms(): Promise<PersonalTerm[]> {
  const database = await openDatabase({ engine: 'pglite' });
  try {
    await prepareDatabase(database);
    await seedDemoRegion(database, { password: 'check-the-logs' });
    await seedDemoRecords(database);
    const terms = new Map<string, PersonalTerm>();
    const add = (kind: PersonalTerm['kind'], value: string | null, minLength: number) => {
      const v = (value ?? '').trim();
      if (v.length >= minLength) terms.set(`${kind}:${v.toLowerCase()}`, { kind, value: v });
    };
    const names = rowsOf<{ given: string; family: string }>(
      await database.db.execute(sql`select given_names as given, family_names as family from person_names
        union select coalesce(given_names, ''), coalesce(family_names, '') from protection_cases`),
    );
    for (const { given, family } of names) {
      add('name', `${given} ${family}`, 6);
      add('name', searchKey(`${given} ${family}`), 6);
      // A family name alone is looked for when it is long enough not to be an ordinary word.
      add('name', family, 6);
    }
    const phones = rowsOf<{ e164: string; original: string }>(
      await database.db.execute(sql`select e164, original from person_phones`),
    );
    for (const { e164, original } of phones) {
      add('phone', e164, 8);
      add('phone', e164.replace(/^\+/, ''), 8);
      add('phone', original, 8);
    }
    const documents = rowsOf<{ original: string; normalised: string }>(
      await database.db.execute(
        sql`select number_original as original, number_normalised as normalised from person_documents`,
      ),
    );
    for (const { original, normalised } of documents) {
      add('document', original, 5);
      add('document', normalised, 5);
    }
    return [...terms.values()];
  } finally {
    await database.close();
  }
}

export interface LogLeak {
  readonly file: string;
  readonly line: number;
  readonly term: PersonalTerm;
}

/** The lines that hold one of the terms (case aside; \u-escapes undone), by their index. */
export function leaksInLines(lines: readonly string[], terms: readonly PersonalTerm[]) {
  const needles = terms.map((term) => ({ term, needle: term.value.toLowerCase() }));
  const leaks: { line: number; term: PersonalTerm }[] = [];
  lines.forEach((line, index) => {
    const plain = line
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
      .toLowerCase();
    for (const { term, needle } of needles) if (plain.includes(needle)) leaks.push({ line: index + 1, term });
  });
  return leaks;
}

/** Every line of the logs in folder that holds one of the terms. */
export function leaksIn(folder: string, terms: readonly PersonalTerm[]): { lines: number; leaks: LogLeak[] } {
  const leaks: LogLeak[] = [];
  let lines = 0;
  for (const file of existsSync(folder) ? readdirSync(folder) : []) {
    const text = readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean);
    lines += text.length;
    for (const leak of leaksInLines(text, terms)) leaks.push({ file, ...leak });
  }
  return { lines, leaks };
}
