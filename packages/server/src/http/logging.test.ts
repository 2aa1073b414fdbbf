import { DrizzleQueryError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, withoutQuotes } from '../errors.ts';
import { type SignedIn, startTestApp, type TestApp } from '../testing/app.ts';
import { leaksInLines, type PersonalTerm } from '../testing/log-check.ts';
import { loggableError, requestIdOf } from './logging.ts';

const lines: string[] = [];
const log = { write: (line: string) => void lines.push(line) };
let t: TestApp;
let investigator: SignedIn;

beforeAll(async () => {
  t = await startTestApp({ VEZA_LOG_LEVEL: 'info' }, { log });
  investigator = await t.signIn('investigator.rs');
});
afterAll(() => t.close());

const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

// A person as the field writes one: names in two scripts, a phone as typed, a passport number.
const PERSON = {
  names: [
    { givenNames: 'Зоранка', familyNames: 'Тестовска' },
    { givenNames: 'Zoranka', familyNames: 'Testovska' },
  ],
  birthDate: '1990-04-12',
  phones: ['+381 64 998 8776'],
  documents: [{ type: 'passport', number: 'XK9988776', issuingCountry: 'RS' }],
};
const TERMS: PersonalTerm[] = [
  { kind: 'name', value: 'Testovska' },
  { kind: 'name', value: 'Тестовска' },
  { kind: 'name', value: 'Zoranka' },
  { kind: 'phone', value: '9988776' },
  { kind: 'phone', value: '64 998 8776' },
  { kind: 'document', value: 'XK9988776' },
];

describe('the log', () => {
  it('records each request under its id and route, with none of the personal data it carried', async () => {
    const created = await investigator.post('/api/persons', PERSON);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    for (const q of ['Testovska', 'Тестовска', '+381649988776', 'XK9988776']) {
      const found = await investigator.get(`/api/search?q=${encodeURIComponent(q)}&purpose=investigation`);
      expect(found.statusCode, `${q}: ${found.body}`).toBe(200);
    }
    expect((await investigator.get(`/api/persons/${id}?purpose=checking%20links`)).statusCode).toBe(200);
    // Bad input that names the person: a name where an id belongs, a refused update.
    expect((await investigator.get('/api/persons/Zoranka%20Testovska')).statusCode).toBe(400);
    const refused = await investigator.post('/api/persons', { ...PERSON, birthDate: 'Testovska' });
    expect(refused.statusCode).toBe(400);
    const traced = await investigator.request({
      method: 'GET',
      url: `/api/persons/${id}?purpose=checking%20links`,
      headers: { 'x-request-id': 'proxy-7f3a9c21' },
    });
    expect(traced.headers['x-request-id']).toBe('proxy-7f3a9c21');

    const written = records();
    expect(written.length).toBeGreaterThan(10);
    const completed = written.filter((r) => r.msg === 'request completed');
    expect(completed.map((r) => (r.req as { route?: string } | undefined)?.route ?? r.route)).toBeDefined();
    expect(written.some((r) => r.requestId === 'proxy-7f3a9c21')).toBe(true);
    expect(written.filter((r) => r.msg === 'incoming request').map((r) => r.req)).toContainEqual({
      method: 'GET',
      route: '/api/search',
    });
    expect(leaksInLines(lines, TERMS)).toEqual([]);
  });

  it('answers every request with its id: a new one, or the proxy’s when it looks like one', () => {
    const fresh = requestIdOf({ headers: {} } as never);
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ headers: { 'x-request-id': 'a'.repeat(200) } } as never)).not.toBe('a'.repeat(200));
    expect(requestIdOf({ headers: { 'x-request-id': 'Zoranka Testovska' } } as never)).not.toContain(
      'Zoranka',
    );
  });

  it('writes of an error its kind, code and place, never the values it was about', () => {
    const database = Object.assign(new Error('invalid input syntax for type uuid: "Zoranka Testovska"'), {
      code: '22P02',
      detail: 'Key (family_names)=(Testovska) already exists.',
    });
    const wrapped = new DrizzleQueryError(
      'select * from person_names where family_names = $1',
      ['Testovska', 'XK9988776'],
      database,
    );
    const logged = JSON.stringify(loggableError(wrapped));
    expect(logged).toContain('DrizzleQueryError');
    expect(logged).toContain('22P02');
    expect(logged).toContain('invalid input syntax for type uuid');
    expect(logged).not.toMatch(/Testovska|Zoranka|XK9988776|family_names = \$1/);
    const own = JSON.stringify(
      loggableError(new AppError('validation', 'no person named Zoranka', { field: 'q' })),
    );
    expect(own).toContain('"field":"q"');
    expect(own).not.toContain('Zoranka');
    expect(withoutQuotes('duplicate key value violates unique constraint "person_documents_number"')).toBe(
      'duplicate key value violates unique constraint …',
    );
  });
});
