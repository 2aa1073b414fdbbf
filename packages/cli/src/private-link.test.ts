import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BORDERS, SERBIA, veza } from './testing.ts';

describe('veza encode and veza match', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  const pairsOf = (path: string) =>
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(0, 2).join('~'))
      .sort();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'veza-private-'));
    writeFileSync(file('serbia.csv'), SERBIA);
    writeFileSync(file('borders.csv'), BORDERS);
    writeFileSync(file('region.key'), 'the regional secret of the task forces, never the matcher');
    writeFileSync(file('other.key'), 'a secret some other party made up, not the regional one');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links on encodings what plaintext linkage links', async () => {
    for (const name of ['serbia', 'borders']) {
      const run = await veza([
        'encode',
        file(`${name}.csv`),
        '--secret-file',
        file('region.key'),
        '--out',
        file(`${name}.jsonl`),
      ]);
      expect(run.code, run.stderr).toBe(0);
    }
    const matched = await veza([
      'match',
      file('serbia.jsonl'),
      file('borders.jsonl'),
      '--out',
      file('private.csv'),
      '--clusters',
      file('private-clusters.csv'),
    ]);
    expect(matched.code, matched.stderr).toBe(0);
    const plain = await veza(['link', file('serbia.csv'), file('borders.csv'), '--out', file('plain.csv')]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(pairsOf(file('private.csv'))).toEqual(pairsOf(file('plain.csv')));
    expect(pairsOf(file('private.csv'))).toEqual(
      ['RS-1~AL-1', 'RS-2~MK-1', 'RS-3~ME-1', 'RS-5~BA-2', 'RS-6~RS-7'].sort(),
    );
    const clusters = readFileSync(file('private-clusters.csv'), 'utf8').trim().split('\n');
    expect(clusters).toHaveLength(14);
    // What the matcher returns is record references and scores.
    for (const line of readFileSync(file('private.csv'), 'utf8').trim().split('\n').slice(1))
      expect(line).toMatch(/^[A-Z]{2}-\d,[A-Z]{2}-\d,[01]\.\d{6}$/);
    for (const line of clusters.slice(1)) expect(line).toMatch(/^[A-Z]{2}-\d,[A-Z]{2}-\d$/);
  });

  it('writes encodings only: no name, date, phone or document of the input', () => {
    const encoded = readFileSync(file('serbia.jsonl'), 'utf8') + readFileSync(file('borders.jsonl'), 'utf8');
    const plaintext = [SERBIA, BORDERS].flatMap((csv) =>
      csv
        .trim()
        .split('\n')
        .slice(1)
        .flatMap((line) => line.split(',')),
    );
    const ids = new Set([...encoded.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]));
    for (const value of plaintext) {
      if (value === '' || ids.has(value) || /^[A-Z]{2}$/.test(value)) continue;
      for (const form of new Set([
        value,
        value.toLowerCase(),
        value.toUpperCase(),
        value.replace(/\D+/g, ''),
      ])) {
        // Short runs of digits occur by chance in hex and base64; the structure check below covers them.
        if (form.length >= (/^\d+$/.test(form) ? 8 : 4)) expect(encoded, form).not.toContain(form);
      }
    }
    // Every value is a 64-bit keyed hash or a 1024-bit encoding, but the id and the jurisdiction.
    for (const line of encoded.trim().split('\n')) {
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string') {
          if (key === 'id' || key === 'jurisdiction') return;
          if (key === 'bloom') expect(Buffer.from(value, 'base64')).toHaveLength(128);
          else expect(value).toMatch(/^[0-9a-f]{16}$/);
        } else if (Array.isArray(value)) {
          for (const v of value) walk(v, key);
        } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      };
      walk(JSON.parse(line), '');
    }
  });

  it('finds nothing across files encoded with different secrets', async () => {
    await veza([
      'encode',
      file('borders.csv'),
      '--secret-file',
      file('other.key'),
      '--out',
      file('borders-other.jsonl'),
    ]);
    const run = await veza([
      'match',
      file('serbia.jsonl'),
      file('borders-other.jsonl'),
      '--out',
      file('wrong.csv'),
      '--threshold',
      '0.01',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const serbian = new Set(['RS-1', 'RS-2', 'RS-3', 'RS-4', 'RS-5', 'RS-6', 'RS-7']);
    const across = pairsOf(file('wrong.csv')).filter((p) => {
      const [l, r] = p.split('~');
      return serbian.has(l!) !== serbian.has(r!);
    });
    expect(across).toEqual([]);
  });

  it('refuses a short secret, a missing one, and a malformed encodings file with its line', async () => {
    writeFileSync(file('short.key'), 'too short');
    const short = await veza([
      'encode',
      file('serbia.csv'),
      '--secret-file',
      file('short.key'),
      '--out',
      file('x.jsonl'),
    ]);
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/short\.key: the secret must be at least 16 bytes/);
    const missing = await veza([
      'encode',
      file('serbia.csv'),
      '--secret-file',
      file('none.key'),
      '--out',
      file('x.jsonl'),
    ]);
    expect(missing.stderr).toMatch(/none\.key: no such file/);
    writeFileSync(
      file('bad.jsonl'),
      `${readFileSync(file('serbia.jsonl'), 'utf8').split('\n')[0]}\n{"id": 3}\n`,
    );
    const bad = await veza(['match', file('bad.jsonl'), '--out', file('x.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.jsonl line 2: an encoded record needs an id/);
  });
});
