/**
 * Investigation records at scale: importing 100,000 persons with phones and documents from a CSV file
 * (targets: under 60 s on PGlite, under 30 s on PostgreSQL), then name searches over them (target:
 * p95 under 100 ms on PostgreSQL), with names spelt as the region spells them: Cyrillic and Latin,
 * Albanian and BCMS, and the usual romanisations of Arabic, Persian and Urdu names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cyrillicToLatin, ImportMapping, serbianLatinToCyrillic } from '@veza/core';
import { actorOf, withActor } from '@veza/server/access';
import { prepareDatabase } from '@veza/server/bootstrap';
import { type Database, openDatabase } from '@veza/server/db';
import { seedDemoRegion } from '@veza/server/demo';
import { importPersons, readTable } from '@veza/server/imports';
import { searchRecords } from '@veza/server/search';
import { percentile, startPostgres } from './support.ts';

const GIVEN = [
  'Marko',
  'Nikola',
  'Jelena',
  'Milica',
  'Stefan',
  'Dragan',
  'Ana',
  'Ivana',
  'Arben',
  'Elira',
  'Besnik',
  'Drita',
  'Amir',
  'Emina',
  'Edin',
  'Aleksandar',
  'Biljana',
  'Gjorgji',
  'Mohammad',
  'Muhammad',
  'Mohamed',
  'Ahmad',
  'Ali',
  'Reza',
  'Hassan',
  'Hussein',
  'Javad',
  'Jawad',
  'Omar',
  'Khalid',
  'Yusuf',
  'Ibrahim',
  'Fatima',
  'Zahra',
  'Maryam',
  'Abdul',
  'Imran',
  'Bilal',
  'Tariq',
  'Samir',
];
const FAMILY = [
  'Đorđević',
  'Petrović',
  'Jovanović',
  'Nikolić',
  'Stojanović',
  'Ilić',
  'Marković',
  'Popović',
  'Hoxha',
  'Krasniqi',
  'Gashi',
  'Berisha',
  'Shehu',
  'Hodžić',
  'Mehić',
  'Begić',
  'Softić',
  'Trajkovski',
  'Stojanovski',
  'Nikolovski',
  'Ahmadi',
  'Ahmedi',
  'Hosseini',
  'Karimi',
  'Rahimi',
  'Mohammadi',
  'Rezaei',
  'Haidari',
  'Khan',
  'Chaudhry',
  'Hussain',
  'Akhtar',
  'Malik',
  'Qureshi',
  'Al-Hassan',
  'Haddad',
  'Khalil',
  'Saleh',
  'Mansour',
  'Nasser',
  'Yilmaz',
  'Demir',
  'Rahman',
  'Islam',
  'Hossain',
];
// How clerks re-spell a name: the other script, the other orthography, the other romanisation.
const RESPELL: [RegExp, string][] = [
  [/^Moh?amm?ad$/, 'Muhamed'],
  [/^Javad$/, 'Xhavad'],
  [/^Hussein$/, 'Husein'],
  [/^Chaudhry$/, 'Čaudri'],
  [/^Yusuf$/, 'Jusuf'],
  [/^Ahmadi$/, 'Ahmedi'],
  [/^Khalid$/, 'Halid'],
  [/^Hoxha$/, 'Hodža'],
  [/^Krasniqi$/, 'Krasnići'],
  [/^Đorđević$/, 'Djordjevic'],
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function respell(name: string, random: () => number): string {
  const r = random();
  if (r < 0.15) return serbianLatinToCyrillic(name);
  if (r < 0.3) for (const [pattern, other] of RESPELL) if (pattern.test(name)) return other;
  if (r < 0.35) return name.toUpperCase();
  return name;
}

export function personsCsv(count: number, seed = 7, offset = 0): string {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lines = ['ref,given,family,born,nationality,phone,passport,sex'];
  for (let i = offset; i < offset + count; i++) {
    const year = 1950 + Math.floor(random() * 58);
    const born =
      random() < 0.3
        ? `01.01.${year}`
        : `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}.${String(1 + Math.floor(random() * 12)).padStart(2, '0')}.${year}`;
    const nationality = pick([
      'AF',
      'SY',
      'PK',
      'MA',
      'BD',
      'IQ',
      'RS',
      'BA',
      'AL',
      'XK',
      'MK',
      'ME',
      'TR',
      'IR',
    ]);
    const phone = `+38761${String(1_000_000 + i).slice(-7)}`;
    lines.push(
      [
        `R${i}`,
        respell(pick(GIVEN), random),
        respell(pick(FAMILY), random),
        born,
        nationality,
        phone,
        `P${String(10_000_000 + i)}`,
        random() < 0.7 ? 'M' : 'F',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const MAPPING = ImportMapping.parse({
  target: 'persons',
  sourceKey: 'ref',
  columns: {
    givenNames: 'given',
    familyNames: 'family',
    birthDate: 'born',
    nationality: 'nationality',
    phone: 'phone',
    documentNumber: 'passport',
    sex: 'sex',
  },
  constants: { documentType: 'passport' },
  dateFormat: 'day_first',
});

const QUERIES = [
  'Marko Đorđević',
  'Ђорђевић',
  'djordjevic',
  'Mohammad Ahmadi',
  'Muhamed Ahmedi',
  'Мухамед',
  'Hodža',
  'Krasniqi',
  'Gjorgjeviq',
  'Javad Karimi',
  'Xhavad',
  'Hussein Khan',
  'Chaudhry',
  'Jusuf Rahman',
  'Fatima Hosseini 1990',
  'Ali',
  'Petrovic',
  'Stojanovski',
  'Halid Saleh',
  'Elira Gashi',
];

/**
 * Imports count generated persons (names in every spelling, phones, passports) as investigator.rs
 * of a database with the demo region, in chunks of at most 100,000; returns the milliseconds taken.
 */
export async function importGeneratedPersons(database: Database, count: number): Promise<number> {
  const actor = await actorOf(database, 'investigator.rs');
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 100_000) {
    const size = Math.min(100_000, count - offset);
    const csv = personsCsv(size, 7 + offset, offset);
    const table = await readTable(new TextEncoder().encode(csv), 'persons.csv');
    const report = await withActor(database, actor, (ctx) =>
      importPersons(ctx, table, MAPPING, { batchSize: 2000 }),
    );
    if (report.created !== size)
      throw new Error(
        `imported ${report.created} of ${size}: ${JSON.stringify(report.rejected.slice(0, 3))}`,
      );
  }
  return performance.now() - started;
}

async function measure(database: Database, count: number, searches: number) {
  const importMs = await importGeneratedPersons(database, count);
  const actor = await actorOf(database, 'investigator.rs');
  await database.db.execute('analyze' as never);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < searches; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const t0 = performance.now();
    const found = await withActor(database, actor, (ctx) => searchRecords(ctx, q, 'benchmark', 25));
    times.push(performance.now() - t0);
    hits += found.length;
  }
  times.sort((a, b) => a - b);
  return {
    persons: count,
    importSeconds: Number((importMs / 1000).toFixed(1)),
    importRowsPerSecond: Math.round(count / (importMs / 1000)),
    searches,
    searchMs: {
      p50: Number(percentile(times, 50).toFixed(1)),
      p95: Number(percentile(times, 95).toFixed(1)),
      max: Number(times.at(-1)!.toFixed(1)),
    },
    averageHits: Number((hits / searches).toFixed(1)),
    example: cyrillicToLatin(QUERIES[1]!),
  };
}

export async function freshDatabase(database: Database) {
  await prepareDatabase(database);
  await seedDemoRegion(database, { password: 'bench-password-not-used' });
}

export async function benchRecordsPglite(count = 100_000, searches = 200) {
  const dir = mkdtempSync(join(tmpdir(), 'veza-bench-records-'));
  const database = await openDatabase({ engine: 'pglite', dataDir: join(dir, 'data') });
  try {
    await freshDatabase(database);
    const result = await measure(database, count, searches);
    return {
      name: `import ${count} persons from CSV, then name search, PGlite`,
      engine: 'pglite',
      ...result,
      targets: { importSeconds: 60 },
      meetsTarget: result.importSeconds < 60,
    };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRecordsPostgres(count = 100_000, searches = 200) {
  const cluster = startPostgres();
  if ('skipped' in cluster) return { name: 'records on PostgreSQL', skipped: cluster.skipped };
  const database = await openDatabase({ engine: 'postgres', url: cluster.url, poolSize: 4 });
  try {
    await freshDatabase(database);
    const result = await measure(database, count, searches);
    return {
      name: `import ${count} persons from CSV, then name search, PostgreSQL`,
      engine: 'postgres',
      ...result,
      targets: { importSeconds: 30, searchP95Ms: 100 },
      meetsTarget: result.importSeconds < 30 && result.searchMs.p95 < 100,
    };
  } finally {
    await database.close();
    cluster.stop();
  }
}
