import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("a jurisdiction admin manages its own jurisdiction's users", () => {
  it('creates a user, who can sign in; disables them, which ends their sessions; re-enables them', async () => {
    const admin = await t.signIn('admin.rs');
    const created = await admin.post('/api/users', {
      username: 'ana.markovic',
      displayName: 'Ана Марковић',
      agencyId: admin.me.agency.id,
      roles: ['investigator'],
      password: 'correct horse battery',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      username: 'ana.markovic',
      jurisdiction: 'RS',
      roles: ['investigator'],
      disabled: false,
    });

    const ana = await t.signIn('ana.markovic', 'correct horse battery');
    expect((await ana.get('/api/me')).statusCode).toBe(200);

    const disabled = await admin.patch(`/api/users/${user.id}`, { version: user.version, disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await ana.get('/api/me')).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ana.markovic', password: 'correct horse battery' },
    });
    expect(refused.statusCode).toBe(401);

    const enabled = await admin.patch(`/api/users/${user.id}`, {
      version: disabled.json().version,
      disabled: false,
    });
    expect(enabled.statusCode).toBe(200);
    expect((await t.signIn('ana.markovic', 'correct horse battery')).me.username).toBe('ana.markovic');
  });

  it('lists only its own jurisdiction', async () => {
    const admin = await t.signIn('admin.mk');
    const list = (await admin.get('/api/users')).json();
    expect(list.users.length).toBeGreaterThanOrEqual(7);
    expect(new Set(list.users.map((u: { jurisdiction: string }) => u.jurisdiction))).toEqual(new Set(['MK']));
  });

  it("cannot read, change or disable another jurisdiction's user: 404, as if it did not exist", async () => {
    const adminAl = await t.signIn('admin.al');
    const victim = (await adminAl.get('/api/users?q=investigator.al')).json().users[0];
    const adminRs = await t.signIn('admin.rs');
    expect((await adminRs.get(`/api/users/${victim.id}`)).statusCode).toBe(404);
    const change = await adminRs.patch(`/api/users/${victim.id}`, {
      version: victim.version,
      disabled: true,
    });
    expect(change.statusCode).toBe(404);
    expect((await adminAl.get(`/api/users/${victim.id}`)).json().disabled).toBe(false);
  });

  it('cannot create a user in an agency of another jurisdiction', async () => {
    const adminAl = await t.signIn('admin.al');
    const adminRs = await t.signIn('admin.rs');
    const response = await adminRs.post('/api/users', {
      username: 'sneaky.user',
      displayName: 'Sneaky',
      agencyId: adminAl.me.agency.id,
      roles: ['admin'],
      password: 'correct horse battery',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('agencyId');
  });

  it('is refused to non-admins', async () => {
    const coordinator = await t.signIn('coordinator.rs');
    const response = await coordinator.post('/api/users', {
      username: 'not.allowed',
      displayName: 'Not allowed',
      agencyId: coordinator.me.agency.id,
      roles: ['screener'],
      password: 'correct horse battery',
    });
    expect(response.statusCode).toBe(403);
    expect(
      (await coordinator.get('/api/users')).json().users.map((u: { username: string }) => u.username),
    ).toEqual(['coordinator.rs']);
  });

  it('refuses a change based on a stale version with 409 and keeps the newer change', async () => {
    const admin = await t.signIn('admin.ba');
    const target = (await admin.get('/api/users?q=analyst.ba')).json().users[0];
    const first = await admin.patch(`/api/users/${target.id}`, {
      version: target.version,
      displayName: 'First edit',
    });
    expect(first.statusCode).toBe(200);
    const stale = await admin.patch(`/api/users/${target.id}`, {
      version: target.version,
      displayName: 'Stale edit',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', field: 'version' });
    expect((await admin.get(`/api/users/${target.id}`)).json().displayName).toBe('First edit');
  });

  it('audits the read of a user with its purpose', async () => {
    const admin = await t.signIn('admin.xk');
    const target = (await admin.get('/api/users?q=screener.xk')).json().users[0];
    await admin.get(`/api/users/${target.id}?purpose=${encodeURIComponent('checking a complaint')}`);
    const log = (await admin.get('/api/audit?action=read')).json();
    expect(log.entries[1]).toMatchObject({
      action: 'read',
      recordType: 'user_list',
      purpose: 'user administration',
    });
    expect(log.entries[0]).toMatchObject({
      action: 'read',
      recordType: 'user',
      recordId: target.id,
      purpose: 'checking a complaint',
      actorUsername: 'admin.xk',
    });
  });
});
