import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BORDERS, SERBIA, veza } from './testing.ts';

function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

describe('veza link', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'veza-link-'));
    writeFileSync(file('serbia.csv'), SERBIA);
    writeFileSync(file('borders.csv'), BORDERS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links the same people across scripts, orthographies and files, and no one else', async () => {
    const run = await veza([
      'link',
      file('serbia.csv'),
      file('borders.csv'),
      '--out',
      file('pairs.csv'),
      '--clusters',
      file('clusters.csv'),
      '--explain',
      file('explain.jsonl'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^13 records, .* 5 pairs at or above 0.5, 8 clusters/);
    const [header, ...pairs] = csvRows(file('pairs.csv'));
    expect(header).toEqual(['left_id', 'right_id', 'score']);
    expect(pairs.map(([l, r]) => `${l}~${r}`).sort()).toEqual(
      ['RS-1~AL-1', 'RS-2~MK-1', 'RS-3~ME-1', 'RS-5~BA-2', 'RS-6~RS-7'].sort(),
    );
    for (const [, , score] of pairs) {
      expect(score).toMatch(/^[01]\.\d{6}$/);
      expect(Number(score)).toBeGreaterThanOrEqual(0.5);
      expect(Number(score)).toBeLessThanOrEqual(1);
    }
    // Best first.
    const scores = pairs.map(([, , s]) => Number(s));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const [clusterHeader, ...clusters] = csvRows(file('clusters.csv'));
    expect(clusterHeader).toEqual(['id', 'cluster_id']);
    const clusterOf = new Map(clusters.map(([id, c]) => [id, c]));
    expect(clusterOf.size).toBe(13);
    expect(clusterOf.get('AL-1')).toBe(clusterOf.get('RS-1'));
    expect(clusterOf.get('RS-7')).toBe(clusterOf.get('RS-6'));
    // Namesakes sharing a phone, with other birth dates and passports, stay apart.
    expect(clusterOf.get('BA-1')).not.toBe(clusterOf.get('RS-4'));
    expect(clusterOf.get('XK-1')).toBe('XK-1');

    const explanations = readFileSync(file('explain.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(explanations).toHaveLength(5);
    for (const e of explanations) {
      const sum = e.prior_weight + e.fields.reduce((s: number, f: { weight: number }) => s + f.weight, 0);
      expect(sum).toBeCloseTo(e.total_weight, 2);
      expect(2 ** e.total_weight / (1 + 2 ** e.total_weight)).toBeCloseTo(e.score, 3);
      expect(e.fields.map((f: { field: string }) => f.field)).toEqual([
        'given_names',
        'family_names',
        'birth_date',
        'sex',
        'nationality',
        'phone',
        'document_number',
      ]);
    }
    const swapped = explanations.find((e) => e.left_id === 'RS-6');
    expect(swapped.names_swapped).toBe(true);
    const marko = explanations.find((e) => e.left_id === 'RS-1');
    expect(marko.fields.find((f: { field: string }) => f.field === 'family_names').level).toBe('exact');
    expect(marko.fields.find((f: { field: string }) => f.field === 'document_number').level).toBe('exact');
  });

  it('writes every pair at or above a lower threshold', async () => {
    const run = await veza([
      'link',
      file('serbia.csv'),
      file('borders.csv'),
      '--out',
      file('low.csv'),
      '--threshold',
      '0.001',
    ]);
    expect(run.code).toBe(0);
    const pairs = csvRows(file('low.csv')).slice(1);
    expect(pairs.length).toBeGreaterThan(5);
    // The namesakes: a shared phone, but other birth years and passports.
    expect(Number(pairs.find(([l, r]) => l === 'RS-4' && r === 'BA-1')![2])).toBeLessThan(0.02);
    expect(pairs.map(([l, r]) => `${l}~${r}`)).toContain('RS-4~BA-1');
  });

  it.each([
    [
      'a row with a field too few',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\nA,RS,Ana,Ilić,F,1990,RS,,\nB,RS,Ana,Ilić,F,1990,RS,\n',
      /bad\.csv line 3: the row does not have the 9 fields/,
    ],
    [
      'a birth date that is no date',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\nA,RS,Ana,Ilić,F,1990,RS,,\nB,RS,Ana,Ilić,F,1990-02-30,RS,,\n',
      /bad\.csv line 3: birth_date "1990-02-30" is not a date/,
    ],
    [
      'a missing column',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone\nA,RS,Ana,Ilić,F,1990,RS,\n',
      /bad\.csv line 1: missing column "document_number"/,
    ],
    [
      'an unknown column',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number,notes\n',
      /bad\.csv line 1: unexpected column "notes"/,
    ],
    [
      'an empty id',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\n,RS,Ana,Ilić,F,1990,RS,,\n',
      /bad\.csv line 2: id is empty/,
    ],
    [
      'an id used twice',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\nA,RS,Ana,Ilić,F,1990,RS,,\n"A",RS,Ana,Ilić,F,1990,RS,,\n',
      /bad\.csv line 3: id "A" was already used \(.*bad\.csv line 2\)/,
    ],
    [
      'an unclosed quote',
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\nA,RS,"Ana,Ilić,F,1990,RS,,\n',
      /bad\.csv line \d+: a quoted field is never closed/,
    ],
    ['an empty file', '', /bad\.csv line 1: the file is empty/],
  ])('stops on %s, naming the file and line', async (_what, content, message) => {
    writeFileSync(file('bad.csv'), content);
    const run = await veza(['link', file('serbia.csv'), file('bad.csv'), '--out', file('never.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(file('never.csv'))).toBe(false);
  });

  it('stops on bytes that are not UTF-8', async () => {
    const header = Buffer.from(
      'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number\nA,RS,',
    );
    writeFileSync(
      file('latin1.csv'),
      Buffer.concat([
        header,
        Buffer.from([0x4e, 0x69, 0x6b, 0x6f, 0x6c, 0x69, 0xe6]),
        Buffer.from(',X,,,,,,\n'),
      ]),
    );
    const run = await veza(['link', file('latin1.csv'), '--out', file('never.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/latin1\.csv line 2: not UTF-8 text/);
  });

  it.each([
    [['--threshold', '1.5'], /--threshold must be a number from 0 to 1, not "1.5"/],
    [['--threshold', 'high'], /--threshold must be a number from 0 to 1/],
    [['--workers', '-1'], /--workers must be a whole number/],
  ])('refuses %j', async (extra, message) => {
    const run = await veza(['link', file('serbia.csv'), '--out', file('never.csv'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a missing file, and an output that is an input', async () => {
    const missing = await veza(['link', file('nowhere.csv'), '--out', file('never.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.csv: no such file/);
    const clobber = await veza(['link', file('serbia.csv'), '--out', file('serbia.csv')]);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toMatch(/serbia\.csv is also an input file/);
    expect(readFileSync(file('serbia.csv'), 'utf8')).toBe(SERBIA);
  });
  it('learns from a decisions file, and refuses one it cannot read, naming the line', async () => {
    const run = (decisions: string) => {
      writeFileSync(file('decisions.csv'), decisions);
      return veza([
        'link',
        file('serbia.csv'),
        file('borders.csv'),
        '--out',
        file('learnt.csv'),
        '--decisions',
        file('decisions.csv'),
      ]);
    };
    const learnt = await run(
      'left_id,right_id,decision\nRS-1,AL-1,same\nRS-4,BA-1,different\nRS-2,MK-1,SAME\n',
    );
    expect(learnt.stderr).toBe('');
    expect(learnt.code).toBe(0);
    const before = new Map(csvRows(file('pairs.csv')).map(([l, r, p]) => [`${l}~${r}`, p]));
    const after = new Map(csvRows(file('learnt.csv')).map(([l, r, p]) => [`${l}~${r}`, p]));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // The same pairs, scored by a model that counted the decisions in.
    expect([...after].some(([pair, p]) => pair !== 'left_id~right_id' && before.get(pair) !== p)).toBe(true);

    const refused = [
      ['left,right,decision\n', 'line 1: the header must be left_id,right_id,decision'],
      ['left_id,right_id,decision\nRS-1,XX-9,same\n', 'line 2: right_id "XX-9" is not a record'],
      [
        'left_id,right_id,decision\nRS-1,AL-1,maybe\n',
        'line 2: decision must be "same" or "different", not "maybe"',
      ],
      ['left_id,right_id,decision\nRS-1,RS-1,same\n', 'line 2: left_id and right_id are the same record'],
      ['left_id,right_id,decision\nRS-1,AL-1\n', 'line 2: the row does not have the 3 fields of the header'],
    ] as const;
    for (const [text, message] of refused) {
      const result = await run(text);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(message);
    }
    // Six runs of the command, each a process of its own: about 20 s on this machine, more on a busy one.
  }, 120_000);
});
