import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../../secret-box.ts';
import { enrolSecondFactor, startTestApp, type TestApp } from '../../testing/app.ts';
import { sealTotpSecrets } from './sealing.ts';
import { totpCodeAt } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ VEZA_SIGN_IN_MAX_FAILURES_ADDRESS: '1000' });
});
afterAll(() => t.close());

const login = (
  username: string,
  password: string,
  extra: Record<string, unknown> = {},
  address = '127.0.0.1',
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...extra },
    remoteAddress: address,
  });

describe('signing in', () => {
  it('signs in a demo account and returns who it is', async () => {
    const response = await login('coordinator.rs', 'veza-demo-2026');
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me).toMatchObject({
      username: 'coordinator.rs',
      jurisdiction: 'RS',
      roles: ['coordinator'],
      isDemo: true,
    });
    const cookie = response.headers['set-cookie'] as string;
    expect(cookie).toMatch(/veza_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    const wrongPassword = await login('coordinator.rs', 'not the password');
    const unknownUser = await login('nobody.rs', 'veza-demo-2026');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
  });

  it('gives /api/me with username, jurisdiction, agency and roles, and 401 without a session', async () => {
    const user = await t.signIn('investigator.al');
    const me = await user.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'investigator.al',
      jurisdiction: 'AL',
      roles: ['investigator'],
    });
    expect(me.json().agency.name).toBeTruthy();
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
  });

  it('signs out: the session no longer works', async () => {
    const user = await t.signIn('screener.mk');
    expect((await user.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await user.get('/api/me')).statusCode).toBe(401);
  });

  it('audits good and failed sign-ins', async () => {
    await login('analyst.me', 'wrong password');
    await t.signIn('analyst.me');
    const admin = await t.signIn('admin.me');
    const log = (await admin.get('/api/audit?action=sign_in&limit=200')).json();
    const forAnalyst = log.entries.filter(
      (e: { details: { username?: string } }) => e.details.username === 'analyst.me',
    );
    expect(forAnalyst.map((e: { outcome: string }) => e.outcome)).toEqual(
      expect.arrayContaining(['success', 'failure']),
    );
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const user = await t.signIn('caseworker.ba');
    t.clock.advance(29 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(401);
  });

  it('end 12 hours after sign-in however active', async () => {
    const user = await t.signIn('caseworker.xk');
    for (let hour = 0; hour < 11; hour++) {
      for (let step = 0; step < 3; step++) {
        t.clock.advance(20 * 60_000);
        expect((await user.get('/api/me')).statusCode).toBe(200);
      }
    }
    t.clock.advance(20 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(20 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(21 * 60_000);
    expect((await user.get('/api/me')).statusCode).toBe(401);
  });

  it('all end when the password changes', async () => {
    const first = await t.signIn('prosecutor.me');
    const second = await t.signIn('prosecutor.me');
    const change = await first.post('/api/me/password', {
      currentPassword: 'veza-demo-2026',
      newPassword: 'a much longer new password',
    });
    expect(change.statusCode).toBe(200);
    expect((await first.get('/api/me')).statusCode).toBe(401);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    expect((await login('prosecutor.me', 'veza-demo-2026')).statusCode).toBe(401);
    expect((await login('prosecutor.me', 'a much longer new password')).statusCode).toBe(200);
  });

  it('refuse a password change with a wrong current password or a short new one, naming the field', async () => {
    const user = await t.signIn('prosecutor.mk');
    const wrong = await user.post('/api/me/password', {
      currentPassword: 'nope',
      newPassword: 'a much longer new password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('currentPassword');
    const short = await user.post('/api/me/password', {
      currentPassword: 'veza-demo-2026',
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('newPassword');
    expect((await user.get('/api/me')).statusCode).toBe(200);
  });
});

describe('rate limiting of failed sign-ins', () => {
  it('locks an account after 5 failures in 15 minutes, even for the right password, then lets it in again', async () => {
    for (let i = 0; i < 5; i++) expect((await login('investigator.me', `wrong ${i}`)).statusCode).toBe(401);
    const locked = await login('investigator.me', 'veza-demo-2026');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    expect((await login('investigator.me', 'veza-demo-2026')).statusCode).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    const limited = await startTestApp({ VEZA_SIGN_IN_MAX_FAILURES_ADDRESS: '3' });
    try {
      const attempt = (username: string, password: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password },
          remoteAddress: '10.9.8.7',
        });
      for (const name of ['screener.rs', 'screener.al', 'screener.ba'])
        expect((await attempt(name, 'wrong')).statusCode).toBe(401);
      expect((await attempt('screener.me', 'veza-demo-2026')).statusCode).toBe(429);
      const elsewhere = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'screener.me', password: 'veza-demo-2026' },
        remoteAddress: '10.9.8.8',
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the session token', async () => {
    const user = await t.signIn('coordinator.al');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { locale: 'sq' },
      headers: { cookie: `veza_session=${user.cookie}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
    const wrongToken = await user.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { locale: 'sq' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(wrongToken.statusCode).toBe(403);
    expect((await user.get('/api/me')).json().locale).toBeNull();
  });

  it('refuses a request from another site', async () => {
    const user = await t.signIn('coordinator.al');
    const response = await user.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { locale: 'sq' },
      headers: { origin: 'https://evil.example', host: 'localhost:8080' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('preferences', () => {
  it('remembers the interface language per user', async () => {
    const user = await t.signIn('coordinator.rs');
    expect((await user.patch('/api/me', { locale: 'sr-Cyrl' })).statusCode).toBe(200);
    const again = await t.signIn('coordinator.rs');
    expect(again.me.locale).toBe('sr-Cyrl');
    const admin = await t.signIn('admin.rs');
    const log = (await admin.get('/api/audit?action=update&actor=coordinator.rs')).json();
    expect(log.entries[0]).toMatchObject({ recordType: 'user', details: { locale: 'sr-Cyrl' } });
    const bad = await user.patch('/api/me', { locale: 'klingon' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('locale');
  });

  it('keeps the address for notification e-mails, and clears it', async () => {
    const user = await t.signIn('investigator.me');
    const set = await user.patch('/api/me', { email: 'vesna.ivanovic@policija.example' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().email).toBe('vesna.ivanovic@policija.example');
    const bad = await user.patch('/api/me', { email: 'not an address' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('email');
    expect((await user.get('/api/me')).json().email).toBe('vesna.ivanovic@policija.example');
    expect((await user.patch('/api/me', { email: null })).json().email).toBeNull();
  });
});

describe('second factor', () => {
  it('enrols an authenticator, then asks for its code at sign-in and accepts a recovery code once', async () => {
    const user = await t.signIn('investigator.rs');
    const enrol = await user.post('/api/me/totp/enrol');
    expect(enrol.statusCode).toBe(200);
    const { secret, uri, qrSvg } = enrol.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/<svg/);
    const wrong = await user.post('/api/me/totp/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    const confirm = await user.post('/api/me/totp/confirm', {
      code: totpCodeAt('investigator.rs', secret, t.clock.now),
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);

    const passwordOnly = await login('investigator.rs', 'veza-demo-2026');
    expect(passwordOnly.statusCode).toBe(401);
    expect(passwordOnly.json().error.code).toBe('totp_required');
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: '123456' })).statusCode).toBe(401);
    // The code that confirmed the enrolment is spent; the next one works, once.
    const spent = totpCodeAt('investigator.rs', secret, t.clock.now);
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: spent })).statusCode).toBe(401);
    t.clock.advance(30_000);
    const next = totpCodeAt('investigator.rs', secret, t.clock.now);
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: next })).statusCode).toBe(200);
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: next })).statusCode).toBe(401);
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: recoveryCodes[0] })).statusCode).toBe(
      200,
    );
    expect((await login('investigator.rs', 'veza-demo-2026', { totp: recoveryCodes[0] })).statusCode).toBe(
      401,
    );
    // A wrong password with a right code is still wrong credentials, with no hint which part failed.
    t.clock.advance(30_000);
    const wrongPassword = await login('investigator.rs', 'nope', {
      totp: totpCodeAt('investigator.rs', secret, t.clock.now),
    });
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
  });
});

describe('a second factor for the roles that see victims', () => {
  it('is required of a caseworker before anything but setting it up, and lets them work once set up', async () => {
    const admin = await t.signIn('admin.mk');
    const created = await admin.post('/api/users', {
      username: 'new.caseworker.mk',
      displayName: 'Nova Socijalna',
      agencyId: (await t.signIn('caseworker.mk')).me.agency.id,
      roles: ['caseworker'],
      password: 'correct horse battery staple',
    });
    expect(created.statusCode, created.body).toBe(201);
    const caseworker = await t.signIn('new.caseworker.mk', 'correct horse battery staple');
    expect(caseworker.me).toMatchObject({ secondFactorRequired: true, totpEnabled: false });
    for (const url of ['/api/protection-cases', '/api/screenings', '/api/notifications', '/api/requests']) {
      const refused = await caseworker.get(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code, url).toBe('second_factor_required');
    }
    const opened = await caseworker.post('/api/protection-cases', { givenNames: 'Someone' });
    expect(opened.json().error.code).toBe('second_factor_required');
    // Setting it up is allowed, and then the work is.
    await enrolSecondFactor(t, caseworker);
    expect((await caseworker.get('/api/me')).json()).toMatchObject({
      secondFactorRequired: false,
      totpEnabled: true,
    });
    expect((await caseworker.get('/api/protection-cases')).statusCode).toBe(200);
    // Investigators and demo accounts are not held to it.
    const investigator = await t.signIn('investigator.mk');
    expect(investigator.me.secondFactorRequired).toBe(false);
    expect((await t.signIn('caseworker.mk')).me.secondFactorRequired).toBe(false);
  });

  it('keeps TOTP secrets sealed with a key outside the database: the stored value neither shows nor opens without it', async () => {
    const user = await t.signIn('prosecutor.mk');
    const { secret } = (await user.post('/api/me/totp/enrol')).json();
    const { rows } = await t.database.owner(
      `select id, totp_secret from users where username = 'prosecutor.mk'`,
    );
    const stored = rows[0]!.totp_secret as string;
    const id = rows[0]!.id as string;
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    expect(t.app.veza.secrets.open(stored, id)).toBe(secret);
    expect(() => SecretBox.random().open(stored, id)).toThrow(/does not open/);
    // Bound to its account: the same sealed value on another row does not open.
    expect(() => t.app.veza.secrets.open(stored, '00000000-0000-4000-8000-000000000000')).toThrow();
  });

  it('seals a secret stored in the clear before sealing existed, at start', async () => {
    const { rows } = await t.database.owner(
      `update users set totp_secret = 'JBSWY3DPEHPK3PXP' where username = 'analyst.mk' returning id`,
    );
    expect(await sealTotpSecrets(t.database, t.app.veza.secrets)).toBe(1);
    const id = rows[0]!.id as string;
    const after = await t.database.owner(`select totp_secret from users where id = '${id}'`);
    expect(after.rows[0]!.totp_secret).toMatch(/^v1:/);
    expect(t.app.veza.secrets.open(after.rows[0]!.totp_secret as string, id)).toBe('JBSWY3DPEHPK3PXP');
  });
});

describe('the device queue key', () => {
  it('is made once per user, never cached, and is no one else’s', async () => {
    const user = await t.signIn('screener.rs');
    const first = await user.get('/api/me/queue-key');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(Buffer.from(first.json().key, 'base64')).toHaveLength(32);
    expect((await user.get('/api/me/queue-key')).json().key).toBe(first.json().key);
    const other = await t.signIn('screener.ba');
    expect((await other.get('/api/me/queue-key')).json().key).not.toBe(first.json().key);
  });
});
