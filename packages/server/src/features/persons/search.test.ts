import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.mk');
  const people: [string, Record<string, unknown>][] = [
    [
      'djordjevic',
      {
        names: [{ givenNames: 'Марко', familyNames: 'Ђорђевић' }],
        birthDate: '1984',
        phones: ['070 300 110'],
      },
    ],
    [
      'ahmadi',
      {
        names: [{ givenNames: 'Mohammad Reza', familyNames: 'Ahmadi' }],
        birthDate: '2007-01-01',
        birthDatePresumed: true,
        nationalities: ['AF'],
      },
    ],
    [
      'ahmadi2',
      { names: [{ givenNames: 'Muhamed', familyNames: 'Ahmedi' }], birthDate: '2006', nationalities: ['AF'] },
    ],
    [
      'hoxha',
      {
        names: [
          { givenNames: 'Arben', familyNames: 'Hoxha' },
          { givenNames: 'Arbën', familyNames: 'Хоџа', kind: 'alias' },
        ],
        documents: [{ type: 'passport', number: 'AB 123 456', issuingCountry: 'AL' }],
      },
    ],
    ['other', { names: [{ givenNames: 'Jovan', familyNames: 'Petrović' }] }],
  ];
  for (const [key, body] of people) {
    const response = await investigator.post('/api/persons', body);
    expect(response.statusCode, response.body).toBe(201);
    ids[key] = response.json().id;
  }
  const created = (
    await investigator.post('/api/cases', {
      type: 'smuggling',
      openedOn: '2026-02-01',
      title: 'Van at Tabanovce',
    })
  ).json();
  await investigator.post(`/api/cases/${created.id}/vehicles`, { plate: 'SK-1234-AB' });
  ids.case = created.id;
});
afterAll(() => t.close());

async function search(q: string) {
  const response = await investigator.get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().hits as {
    kind: string;
    id: string;
    reasons: string[];
    score: number;
    caseId: string | null;
  }[];
}

describe('the search box', () => {
  it.each(['Ђорђевић', 'Đorđević', 'Djordjevic', 'Gjorgjeviq', 'marko djordjevic', 'djordj'])(
    'finds Марко Ђорђевић by "%s"',
    async (q) => {
      const hits = await search(q);
      expect(hits[0]?.id).toBe(ids.djordjevic);
      expect(hits[0]?.reasons).toContain('name');
    },
  );

  it('finds the romanisations of one name, the exact spelling first', async () => {
    const hits = await search('Mohammad Ahmadi');
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual([ids.ahmadi, ids.ahmadi2]);
    expect(hits[0]!.reasons).toContain('name');
    expect(hits[1]!.reasons).toContain('name_similar');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits.map((h) => h.id)).not.toContain(ids.other);
  });

  it('says when the birth year matches too', async () => {
    const hits = await search('Muhamed Ahmedi 2006');
    expect(hits[0]).toMatchObject({ id: ids.ahmadi2 });
    expect(hits[0]!.reasons).toEqual(expect.arrayContaining(['name', 'birth_year']));
    expect(hits.find((h) => h.id === ids.ahmadi)!.reasons).toContain('birth_year_close');
  });

  it('finds a person by an alias in another script', async () => {
    const hits = await search('Hodža');
    expect(hits[0]?.id).toBe(ids.hoxha);
  });

  it('finds a person by phone in any format', async () => {
    for (const q of ['+389 70 300 110', '0038970300110', '070/300-110']) {
      const hits = await search(q);
      expect(hits[0], q).toMatchObject({ id: ids.djordjevic, reasons: ['phone'] });
    }
  });

  it('finds a person by document number, however spaced', async () => {
    const hits = await search('ab123456');
    expect(hits[0]).toMatchObject({ id: ids.hoxha, reasons: ['document'] });
  });

  it('finds a vehicle by its plate, typed in Cyrillic look-alikes', async () => {
    const hits = await search('SK 1234 АВ');
    expect(hits[0]).toMatchObject({ kind: 'vehicle', reasons: ['plate'], caseId: ids.case });
  });

  it('finds nothing for a name nobody has', async () => {
    expect(await search('Zzyzx')).toEqual([]);
  });

  it('audits every search with its query and purpose', async () => {
    await investigator.get(`/api/search?q=Ahmadi&purpose=${encodeURIComponent('border incident 14 March')}`);
    const admin = await t.signIn('admin.mk');
    const log = (await admin.get('/api/audit?action=read&actor=investigator.mk')).json();
    expect(log.entries[0]).toMatchObject({
      recordType: 'person_search',
      purpose: 'border incident 14 March',
      details: { q: 'Ahmadi' },
    });
  });

  it('rejects a phone that is not one when recording a person, naming the entry', async () => {
    const response = await investigator.post('/api/persons', {
      names: [{ givenNames: 'A', familyNames: 'B' }],
      phones: ['+389 70 300 110', 'ring me'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('phones.1');
  });
});
