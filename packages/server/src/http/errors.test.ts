import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../testing/app.ts';

let t: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ VEZA_BODY_LIMIT_BYTES: '4096' });
  admin = await t.signIn('admin.rs');
});
afterAll(() => t.close());

const expectErrorShape = (body: unknown) =>
  expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });

describe('the API answers every kind of bad request with its status and one error shape', () => {
  it('200: health reports the database and version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { engine: t.database.engine, status: 'up' },
      version: expect.any(String),
    });
  });

  it('400: malformed JSON', async () => {
    const response = await admin.request({
      method: 'PATCH',
      url: '/api/me',
      payload: '{"locale": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('400: a schema violation names the field', async () => {
    const response = await admin.post('/api/contact-points', {
      agencyId: admin.me.agency.id,
      name: 'X',
      function: 'Liaison',
      availability: { kind: 'always' },
    });
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.json());
    expect(response.json().error).toMatchObject({ code: 'validation', field: 'name' });
  });

  it('400: a nested field is named with its path', async () => {
    const response = await admin.post('/api/contact-points', {
      agencyId: admin.me.agency.id,
      name: 'Valid Name',
      function: 'Liaison',
      availability: {
        kind: 'office_hours',
        days: [1],
        opens: '25:00',
        closes: '16:00',
        timeZone: 'Europe/Belgrade',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('availability.opens');
  });

  it('401: no session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/directory' });
    expect(response.statusCode).toBe(401);
    expectErrorShape(response.json());
  });

  it('404: a record that does not exist', async () => {
    const response = await admin.get('/api/agencies/00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('404: a record of another jurisdiction, indistinguishable from a missing one', async () => {
    const adminAl = await t.signIn('admin.al');
    const alUser = (await adminAl.get('/api/users')).json().users[0];
    const missing = await admin.get('/api/users/00000000-0000-4000-8000-000000000000');
    const foreign = await admin.get(`/api/users/${alUser.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe(missing.json().error.code);
  });

  it('404: an unknown API path', async () => {
    const response = await admin.get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expectErrorShape(response.json());
  });

  it('409: a stale version', async () => {
    const agency = (await admin.get(`/api/agencies/${admin.me.agency.id}`)).json().agency;
    expect(
      (
        await admin.patch(`/api/agencies/${agency.id}`, {
          version: agency.version,
          address: 'Кнеза Милоша 101',
        })
      ).statusCode,
    ).toBe(200);
    const stale = await admin.patch(`/api/agencies/${agency.id}`, {
      version: agency.version,
      address: 'Somewhere else',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('413: a body over the limit', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/contact-points',
      payload: JSON.stringify({ name: 'x'.repeat(10_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('415: a body that is not JSON', async () => {
    const response = await admin.request({
      method: 'PATCH',
      url: '/api/me',
      payload: 'locale=sq',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('never answers bad input with a 500', async () => {
    const garbage: unknown[] = [
      null,
      42,
      'text',
      [],
      { version: 'x' },
      { version: -1 },
      { version: 1, languages: 'sr' },
      { version: 2 ** 60 },
      { agencyId: 'not-a-uuid' },
    ];
    const targets = [
      ['POST', '/api/contact-points'],
      ['PATCH', `/api/agencies/${admin.me.agency.id}`],
      ['POST', '/api/users'],
      ['PATCH', '/api/me'],
      ['POST', '/api/auth/login'],
      ['POST', '/api/me/password'],
      ['POST', '/api/me/totp/confirm'],
    ] as const;
    for (const [method, url] of targets) {
      for (const payload of garbage) {
        const response = await admin.request({
          method,
          url,
          payload: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBeGreaterThanOrEqual(
          400,
        );
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBeLessThan(500);
      }
    }
    for (const url of [
      '/api/users/not-a-uuid',
      '/api/agencies/%00',
      '/api/directory?limit=abc',
      '/api/audit?from=yesterday',
      `/api/directory?q=${'a'.repeat(500)}`,
    ]) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
    }
  });

  it('refuses a change with an Origin it cannot parse as from another site, not with a 500', async () => {
    for (const origin of ['null', 'not a url', 'http://']) {
      const response = await admin.request({
        method: 'PATCH',
        url: '/api/me',
        payload: { locale: 'sq' },
        headers: { origin },
      });
      expect(response.statusCode, origin).toBe(403);
    }
  });

  it('publishes an OpenAPI 3.1 document generated from the schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/directory', '/api/users/{id}']),
    );
    expect(doc.paths['/api/directory'].get.parameters.map((p: { name: string }) => p.name)).toContain('q');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });
});
