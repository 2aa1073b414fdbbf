import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const names = (result: { contactPoints: { name: string }[] }) => result.contactPoints.map((c) => c.name);

describe('directory search', () => {
  it.each(['Đorđević', 'Djordjevic', 'Ђорђевић', 'djordjević', 'ĐORĐEVIĆ'])(
    'finds Марко Ђорђевић by "%s"',
    async (q) => {
      const user = await t.signIn('screener.al');
      const result = (await user.get(`/api/directory?q=${encodeURIComponent(q)}`)).json();
      expect(names(result)).toContain('Марко Ђорђевић');
    },
  );

  it('finds Albanian spellings from BCMS ones and back (Hoxha / Hodža)', async () => {
    const user = await t.signIn('screener.rs');
    expect(names((await user.get(`/api/directory?q=${encodeURIComponent('Hodža')}`)).json())).toContain(
      'Arben Hoxha',
    );
    expect(names((await user.get(`/api/directory?q=${encodeURIComponent('Ходжа')}`)).json())).toContain(
      'Arben Hoxha',
    );
  });

  it('matches words in any order', async () => {
    const user = await t.signIn('screener.rs');
    expect(names((await user.get('/api/directory?q=djordjevic%20marko')).json())).toContain('Марко Ђорђевић');
  });

  it('filters by jurisdiction, agency type, language and availability', async () => {
    const user = await t.signIn('investigator.me');
    const mk = (await user.get('/api/directory?jurisdiction=MK')).json();
    expect(mk.contactPoints.length).toBeGreaterThan(0);
    expect(mk.contactPoints.every((c: { jurisdiction: string }) => c.jurisdiction === 'MK')).toBe(true);
    const border = (await user.get('/api/directory?agencyType=border_police')).json();
    expect(
      border.contactPoints.every((c: { agency: { type: string } }) => c.agency.type === 'border_police'),
    ).toBe(true);
    expect(
      new Set(border.contactPoints.map((c: { jurisdiction: string }) => c.jurisdiction)).size,
    ).toBeGreaterThan(3);
    const farsi = (await user.get('/api/directory?language=fa')).json();
    expect(names(farsi)).toEqual(expect.arrayContaining(['Ahmad Karimi', 'Елена Петрова']));
    expect(farsi.contactPoints.every((c: { languages: string[] }) => c.languages.includes('fa'))).toBe(true);
    const always = (await user.get('/api/directory?availability=always')).json();
    expect(
      always.contactPoints.every((c: { availability: { kind: string } }) => c.availability.kind === 'always'),
    ).toBe(true);
    expect(always.contactPoints.length).toBeGreaterThan(5);
  });

  it('finds agencies by name in either script', async () => {
    const user = await t.signIn('screener.al');
    const result = (await user.get(`/api/directory?q=${encodeURIComponent('granicne policije')}`)).json();
    expect(result.agencies.map((a: { name: string }) => a.name)).toContain('Управа граничне полиције');
  });

  it('rejects an unknown filter value naming the field', async () => {
    const user = await t.signIn('screener.al');
    const response = await user.get('/api/directory?jurisdiction=FR');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('jurisdiction');
  });
});

describe('directory editing', () => {
  it("lets a jurisdiction's admin add, change and remove its contact points", async () => {
    const admin = await t.signIn('admin.rs');
    const created = await admin.post('/api/contact-points', {
      agencyId: admin.me.agency.id,
      name: 'Зоран Павловић',
      function: 'Официр за везу',
      phone: '064 123 4567',
      email: 'z.pavlovic@demo.example',
      languages: ['sr', 'en'],
      availability: {
        kind: 'office_hours',
        days: [1, 2, 3, 4, 5],
        opens: '08:00',
        closes: '16:00',
        timeZone: 'Europe/Belgrade',
      },
    });
    expect(created.statusCode).toBe(201);
    const contact = created.json();
    expect(contact.phone).toBe('+381641234567');
    expect(contact.allowedActions).toEqual(['read', 'update', 'delete']);
    expect(names((await admin.get('/api/directory?q=pavlovic')).json())).toContain('Зоран Павловић');

    const changed = await admin.patch(`/api/contact-points/${contact.id}`, {
      version: contact.version,
      function: 'Oficir za vezu',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().version).toBe(contact.version + 1);
    const stale = await admin.delete(`/api/contact-points/${contact.id}?version=${contact.version}`);
    expect(stale.statusCode).toBe(409);
    expect(
      (await admin.delete(`/api/contact-points/${contact.id}?version=${changed.json().version}`)).statusCode,
    ).toBe(204);
    expect(names((await admin.get('/api/directory?q=pavlovic')).json())).not.toContain('Зоран Павловић');
  });

  it('rejects a phone that is not one, naming the field, and stores nothing', async () => {
    const admin = await t.signIn('admin.rs');
    const response = await admin.post('/api/contact-points', {
      agencyId: admin.me.agency.id,
      name: 'Test Person',
      function: 'Test',
      phone: 'call me maybe',
      availability: { kind: 'always' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('phone');
    expect(names((await admin.get('/api/directory?q=test%20person')).json())).toEqual([]);
  });

  it("refuses changes to another jurisdiction's directory and to non-admins", async () => {
    const adminAl = await t.signIn('admin.al');
    const target = (await adminAl.get('/api/directory?q=hoxha')).json().contactPoints[0];
    expect(target.allowedActions).toEqual(['read', 'update', 'delete']);
    const adminRs = await t.signIn('admin.rs');
    const seenFromRs = (await adminRs.get('/api/directory?q=hoxha')).json().contactPoints[0];
    expect(seenFromRs.allowedActions).toEqual(['read']);
    expect(
      (await adminRs.patch(`/api/contact-points/${target.id}`, { version: target.version, name: 'Changed' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await adminRs.delete(`/api/contact-points/${target.id}?version=${target.version}`)).statusCode,
    ).toBe(403);
    const investigatorAl = await t.signIn('investigator.al');
    expect(
      (
        await investigatorAl.patch(`/api/contact-points/${target.id}`, {
          version: target.version,
          name: 'Changed',
        })
      ).statusCode,
    ).toBe(403);
    expect((await adminAl.get('/api/directory?q=hoxha')).json().contactPoints[0].name).toBe('Arben Hoxha');
  });
});
