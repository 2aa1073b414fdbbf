import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../access/sessions.ts';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { TEST_DEMO_PASSWORD } from '../testing/database.ts';
import { API_DOCS_POLICY, API_POLICY, STRICT_TRANSPORT, WEB_APP_POLICY } from './security-headers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ VEZA_TRUST_PROXY: '1' });
});
afterAll(() => t.close());

const signIn = (headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'analyst.rs', password: TEST_DEMO_PASSWORD },
    headers,
  });

describe('security headers', () => {
  it('pages get the strict policy, the API a policy that allows nothing, both refuse framing', async () => {
    expect(WEB_APP_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const page = await t.app.inject({ method: 'GET', url: '/cases' });
    expect(page.headers['content-security-policy']).toBe(WEB_APP_POLICY);
    const api = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['content-security-policy']).toBe(API_POLICY);
    for (const response of [page, api]) {
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    // The API's documentation is a page: its own scripts only, and the one style element it writes.
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
    expect(docs.headers['content-security-policy']).toBe(API_DOCS_POLICY);
    expect(API_DOCS_POLICY).toContain("script-src 'self';");
  });

  it('over plain HTTP: no Strict-Transport-Security, and the session cookie is not Secure', async () => {
    const response = await signIn({});
    expect(response.statusCode).toBe(200);
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBeFalsy();
  });

  it('behind a TLS proxy: Strict-Transport-Security on every answer, and the cookie Secure and HttpOnly', async () => {
    const tls = { 'x-forwarded-proto': 'https' };
    const response = await signIn(tls);
    expect(response.statusCode).toBe(200);
    expect(response.headers['strict-transport-security']).toBe(STRICT_TRANSPORT);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    const page = await t.app.inject({ method: 'GET', url: '/', headers: tls });
    expect(page.headers['strict-transport-security']).toBe(STRICT_TRANSPORT);
  });
});
