import { ImportMapping, suggestMapping } from '@veza/core';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { withActor } from '../../access/transaction.ts';
import { users } from '../../db/schema.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { readCsv, readXlsx } from './read.ts';
import { importPersons } from './service.ts';

let database: TestDatabase;
let investigator: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  const [u] = await database.db.select().from(users).where(eq(users.username, 'investigator.ba'));
  investigator = {
    userId: u!.id,
    username: u!.username,
    jurisdiction: 'BA',
    agencyId: u!.agencyId,
    roles: ['investigator'],
  };
});
afterAll(() => database.close());

const mapping = ImportMapping.parse({
  target: 'persons',
  sourceKey: 'ID',
  columns: {
    givenNames: 'Ime',
    familyNames: 'Prezime',
    birthDate: 'Datum rođenja',
    nationality: 'Državljanstvo',
    phone: 'Telefon',
    documentNumber: 'Pasoš',
    sex: 'Spol',
  },
  constants: { documentType: 'passport' },
  dateFormat: 'day_first',
});

const GIVEN = ['Amir', 'Emina', 'Mohammad', 'Ahmad', 'Jelena', 'Edin', 'Reza', 'Ајша'];
const FAMILY = ['Hodžić', 'Mehić', 'Ahmadi', 'Karimi', 'Петровић', 'Begić', 'Hosseini', 'Softić'];

/** A 1,000-row register, with the bad rows put at the given row numbers (1-based, after the header). */
function register(rows: number, bad: Map<number, string[]> = new Map(), prefix = 'BIH'): string {
  const lines = ['ID,Ime,Prezime,Datum rođenja,Državljanstvo,Telefon,Pasoš,Spol'];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const fields = [
      `${prefix}-${i}`,
      GIVEN[i % GIVEN.length]!,
      FAMILY[(i * 7) % FAMILY.length]!,
      `${day}.0${(i % 9) + 1}.19${60 + (i % 40)}`,
      i % 3 === 0 ? 'AF' : 'BA',
      `+387 61 ${String(100000 + i).slice(-6)}`,
      `P${String(1000000 + i)}`,
      i % 2 ? 'M' : 'Ž',
    ];
    lines.push(
      (bad.get(i) ?? fields).map((f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const asInvestigator = <T>(work: Parameters<typeof withActor<T>>[2]) =>
  withActor(database, investigator, work);
const count = async (sql: string) => Number((await database.owner(sql)).rows[0]!.n);

describe('importing persons from a spreadsheet', () => {
  it('refuses a 1,000-row file with ten bad rows, naming exactly those rows, and stores nothing', async () => {
    const bad = new Map<number, string[]>([
      [7, ['BIH-7', 'Amir', 'Hodžić', '31.02.1990', 'BA', '', '', 'M']],
      [55, ['BIH-55', '', '', '01.01.1990', 'BA', '', '', 'M']],
      [120, ['BIH-120', 'Edin', 'Begić', '01.01.1990', 'Bosnia and the moon', '', '', 'M']],
      [240, ['BIH-240', 'Edin', 'Begić', '01.01.1990', 'BA', 'not a phone', '', 'M']],
      [333, ['', 'Edin', 'Begić', '01.01.1990', 'BA', '', '', 'M']],
      [401, ['BIH-1', 'Edin', 'Begić', '01.01.1990', 'BA', '', '', 'M']],
      [512, ['BIH-512', 'Edin', 'Begić', '1990-13', 'BA', '', '', 'M']],
      [640, ['BIH-640', 'Edin', 'Begić', '01.01.1990', 'XX', '', '', 'M']],
      [777, ['BIH-777', 'Edin', 'Begić', '01.01.1990', 'BA', '12', '', 'M']],
      [999, ['BIH-999', 'Edin', 'Begić', '01.01.1990', 'BA', '', '#', 'M']],
    ]);
    const table = readCsv(new TextEncoder().encode(register(1000, bad)), 'register.csv');
    expect(table.rows).toHaveLength(1000);
    const before = await count(`select count(*)::int as n from persons`);
    const report = await asInvestigator((ctx) => importPersons(ctx, table, mapping));
    expect(report.outcome).toBe('refused');
    expect(report.created).toBe(0);
    // Line numbers are the file's: the header is line 1, row n is line n + 1.
    expect(report.rejected.map((r) => r.line)).toEqual([...bad.keys()].map((n) => n + 1));
    expect(report.rejected.find((r) => r.line === 402)!.problems.join()).toMatch(/also on line 2/);
    expect(report.rejected.find((r) => r.line === 241)!.problems.join()).toMatch(/^Telefon: /);
    expect(report.rejected.find((r) => r.line === 121)!.problems.join()).toMatch(/^Državljanstvo: /);
    expect(await count(`select count(*)::int as n from persons`)).toBe(before);
  });

  it('with bad rows skipped, imports the rest', async () => {
    const bad = new Map([[3, ['SKIP-3', '', '', '', '', '', '', '']]]);
    const table = readCsv(new TextEncoder().encode(register(20, bad, 'SKIP')), 'register.csv');
    const report = await asInvestigator((ctx) => importPersons(ctx, table, mapping, { skipBad: true }));
    expect(report).toMatchObject({ outcome: 'imported', created: 19, rejected: [{ line: 4 }] });
  });

  it('imports a good file once: a second run adds nothing', async () => {
    const table = readCsv(new TextEncoder().encode(register(300, new Map(), 'GOOD')), 'good.csv');
    const progress: number[] = [];
    const first = await asInvestigator((ctx) =>
      importPersons(ctx, table, mapping, { batchSize: 100, onProgress: (done) => progress.push(done) }),
    );
    expect(first).toMatchObject({ outcome: 'imported', created: 300, alreadyImported: 0 });
    expect(progress).toEqual([100, 200, 300]);
    const persons = await count(`select count(*)::int as n from persons where source_key like 'GOOD-%'`);
    const phones = await count(
      `select count(*)::int as n from person_phones p join persons x on x.id = p.person_id where x.source_key like 'GOOD-%'`,
    );
    const documents = await count(
      `select count(*)::int as n from person_documents p join persons x on x.id = p.person_id where x.source_key like 'GOOD-%'`,
    );
    expect([persons, phones, documents]).toEqual([300, 300, 300]);
    const second = await asInvestigator((ctx) => importPersons(ctx, table, mapping));
    expect(second).toMatchObject({ outcome: 'imported', created: 0, alreadyImported: 300 });
    expect(await count(`select count(*)::int as n from persons where source_key like 'GOOD-%'`)).toBe(300);
    const { rows } = await database.owner(
      `select birth_date, nationalities, sex from persons where source_key = 'GOOD-3'`,
    );
    expect(rows[0]).toMatchObject({ birth_date: '1963-04-04', nationalities: ['AF'], sex: 'male' });
  });

  it('changes nothing on a dry run, and keeps nothing of a cancelled import', async () => {
    const table = readCsv(new TextEncoder().encode(register(50, new Map(), 'DRY')), 'dry.csv');
    const dry = await asInvestigator((ctx) => importPersons(ctx, table, mapping, { dryRun: true }));
    expect(dry).toMatchObject({ outcome: 'dry_run', valid: 50, created: 0 });
    const controller = new AbortController();
    await expect(
      asInvestigator((ctx) =>
        importPersons(ctx, table, mapping, {
          batchSize: 10,
          onProgress: (done) => done >= 20 && controller.abort(),
          signal: controller.signal,
        }),
      ),
    ).rejects.toThrow(/cancelled/);
    expect(await count(`select count(*)::int as n from persons where source_key like 'DRY-%'`)).toBe(0);
  });

  it('reads the first sheet of an XLSX workbook the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Registar');
    sheet.addRow(['ID', 'Ime', 'Prezime', 'Datum rođenja', 'Državljanstvo', 'Telefon', 'Pasoš', 'Spol']);
    sheet.addRow(['X-1', 'Ајша', 'Softić', '05.05.2001', 'BA', '061 222 333', 'A1234567', 'Ž']);
    sheet.addRow(['X-2', 'Reza', 'Hosseini', '2004', 'IR', '', '', 'M']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readXlsx(bytes, 'register.xlsx');
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
    const report = await asInvestigator((ctx) =>
      importPersons(ctx, table, { ...mapping, dateFormat: 'day_first' }),
    );
    expect(report).toMatchObject({ outcome: 'imported', created: 2 });
  });

  it('names a malformed CSV file and its line', () => {
    expect(() => readCsv(new TextEncoder().encode('ID,Ime\nA,"unclosed\n'), 'broken.csv')).toThrow(
      /broken\.csv/,
    );
    expect(() => readCsv(new TextEncoder().encode('ID,Ime\nA,B,C\n'), 'wide.csv')).toThrow(
      /wide\.csv line 2/,
    );
  });
});

describe('a register as the region writes it', () => {
  const csv = [
    'Ime,Prezime,Datum rođenja,Državljanstvo,Telefon',
    'Ahmad,Karimi,01.01.1990,AFG,+387 61 123 456',
    'Amir,Hodžić,02.02.1991,Avganistan,',
    'Reza,Hosseini,03.03.1992,RKS,',
    'Emina,Mehić,30.02.1993,BA,',
    'Ahmad,Karimi,01.01.1990,AFG,+387 61 123 456',
  ].join('\n');

  it('maps its headers by itself, and reads every form of a country', async () => {
    const table = readCsv(new TextEncoder().encode(csv), 'registar.csv');
    const suggested = suggestMapping(table.headers);
    expect(suggested.columns).toMatchObject({
      givenNames: 'Ime',
      familyNames: 'Prezime',
      birthDate: 'Datum rođenja',
      nationality: 'Državljanstvo',
      phone: 'Telefon',
    });
    expect(suggested.sourceKey).toBeUndefined();
    // No identifier column: each row is known by its content, so the copy on line 6 is the same row.
    const map = ImportMapping.parse({
      target: 'persons',
      columns: suggested.columns,
      dateFormat: 'day_first',
    });
    const report = await asInvestigator((ctx) => importPersons(ctx, table, map, { dryRun: true }));
    expect(report.rejected.map((r) => r.line)).toEqual([5, 6]);
    // A refused row says what the file wrote.
    expect(report.rejected[0]!.problems.join()).toMatch(
      /^Datum rođenja: "30\.02\.1993": not a date of the calendar/,
    );
    expect(report.rejected[1]!.problems.join()).toMatch(/the same as line 2/);
  });

  it('puts the imported persons in a case, with its handling code, and says so', async () => {
    const created = await asInvestigator(async (ctx) => {
      const { createCase } = await import('../cases/service.ts');
      return createCase(ctx, {
        type: 'smuggling',
        status: 'open',
        openedOn: '2026-03-01',
        title: 'Grupa iz registra',
        handlingCode: 'H1',
        modusOperandi: [],
        exploitationTypes: [],
      });
    });
    const table = readCsv(new TextEncoder().encode(csv.split('\n').slice(0, 4).join('\n')), 'registar.csv');
    const map = ImportMapping.parse({
      target: 'persons',
      columns: suggestMapping(table.headers).columns,
      dateFormat: 'day_first',
      attach: { caseId: created.id, role: 'smuggled_migrant' },
    });
    const report = await asInvestigator((ctx) => importPersons(ctx, table, map));
    expect(report).toMatchObject({
      outcome: 'imported',
      created: 3,
      attachedTo: { caseId: created.id, role: 'smuggled_migrant', persons: 3 },
    });
    const { rows } = await database.owner(
      `select p.handling_code, p.nationalities from case_roles r join persons p on p.id = r.person_id where r.case_id = '${created.id}' order by p.display_name`,
    );
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.handling_code)).toEqual(['H1', 'H1', 'H1']);
    expect(rows.map((r) => r.nationalities).sort()).toEqual([['AF'], ['AF'], ['XK']]);
  });
});

describe('a phone written in a local form Veza cannot place', () => {
  it('is kept as written with a warning, not a reason to refuse the row, and found by its digits', async () => {
    const csv = ['ID,Ime,Prezime,Telefon', 'LOC-1,Karim,Rahimi,0919/663-1293', 'LOC-2,Edin,Begić,12'].join(
      '\n',
    );
    const table = readCsv(new TextEncoder().encode(csv), 'local.csv');
    const map = ImportMapping.parse({
      target: 'persons',
      sourceKey: 'ID',
      columns: { givenNames: 'Ime', familyNames: 'Prezime', phone: 'Telefon' },
    });
    const report = await asInvestigator((ctx) => importPersons(ctx, table, map, { skipBad: true }));
    expect(report).toMatchObject({ outcome: 'imported', created: 1 });
    // Too few digits to be a phone at all: refused, quoting the value.
    expect(report.rejected.map((r) => r.line)).toEqual([3]);
    expect(report.rejected[0]!.problems.join()).toMatch(/"12"/);
    expect(report.warnings).toEqual([
      { line: 2, messages: [expect.stringMatching(/"0919\/663-1293".*kept as written/)] },
    ]);
    const { rows } = await database.owner(
      `select p.e164, p.original from person_phones p join persons x on x.id = p.person_id where x.source_key = 'LOC-1'`,
    );
    expect(rows).toEqual([{ e164: '09196631293', original: '0919/663-1293' }]);
    const { searchRecords } = await import('../persons/search.ts');
    const found = await asInvestigator((ctx) =>
      searchRecords(ctx, '0919 663 1293', 'checking an imported phone', 10),
    );
    expect(JSON.stringify(found)).toContain('Rahimi');
  });
});
