import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.rs');
});
afterAll(() => t.close());

const aCase = {
  type: 'smuggling',
  openedOn: '2026-03-14',
  title: 'Group crossing near Šid',
  summary: 'Twelve people found in a van near the Croatian border.',
  modusOperandi: ['concealment_in_vehicle', 'taxi_relay'],
};

async function person(user: SignedIn, given: string, family: string, extra: Record<string, unknown> = {}) {
  const response = await user.post('/api/persons', {
    names: [{ givenNames: given, familyNames: family }],
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('cases', () => {
  it('opens a case with a reference of its jurisdiction and year, counting up', async () => {
    const first = (await investigator.post('/api/cases', aCase)).json();
    const second = (await investigator.post('/api/cases', { ...aCase, title: 'Second case' })).json();
    expect(first.reference).toMatch(/^RS-2026-\d{4}$/);
    expect(Number(second.reference.slice(-4))).toBe(Number(first.reference.slice(-4)) + 1);
    expect(first).toMatchObject({
      type: 'smuggling',
      status: 'open',
      jurisdiction: 'RS',
      agency: { id: investigator.me.agency.id },
    });
  });

  it('records people in their roles, with phones, and vehicles with normalised plates', async () => {
    const created = (await investigator.post('/api/cases', aCase)).json();
    const driver = await person(investigator, 'Марко', 'Ђорђевић', {
      birthDate: '1984-05-02',
      phones: ['064 123 4567'],
      nationalities: ['RS'],
    });
    const migrant = await person(investigator, 'Mohammad Reza', 'Ahmadi', {
      birthDate: '2007-01-01',
      birthDatePresumed: true,
      nationalities: ['AF'],
    });
    const asSuspect = await investigator.post(`/api/cases/${created.id}/roles`, {
      personId: driver.id,
      role: 'suspect',
      perpetratorRoles: ['Transporter', 'Smuggler'],
    });
    expect(asSuspect.statusCode).toBe(201);
    await investigator.post(`/api/cases/${created.id}/roles`, {
      personId: migrant.id,
      role: 'smuggled_migrant',
    });
    const withVehicle = await investigator.post(`/api/cases/${created.id}/vehicles`, {
      plate: 'ns 123-ЕК',
      make: 'Mercedes',
      model: 'Sprinter',
      country: 'RS',
    });
    expect(withVehicle.statusCode).toBe(201);
    const view = (
      await investigator.get(`/api/cases/${created.id}?purpose=${encodeURIComponent('investigation')}`)
    ).json();
    expect(view.people).toHaveLength(2);
    expect(view.people.find((p: { personId: string }) => p.personId === driver.id)).toMatchObject({
      role: 'suspect',
      perpetratorRoles: ['Transporter', 'Smuggler'],
      phones: ['+381641234567'],
    });
    expect(view.vehicles[0]).toMatchObject({ plate: 'ns 123-ЕК', plateNormalised: 'NS123EK' });

    const duplicate = await investigator.post(`/api/cases/${created.id}/roles`, {
      personId: driver.id,
      role: 'suspect',
    });
    expect(duplicate.statusCode).toBe(409);
    const wrongRole = await investigator.post(`/api/cases/${created.id}/roles`, {
      personId: migrant.id,
      role: 'witness',
      perpetratorRoles: ['Smuggler'],
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.field).toBe('perpetratorRoles');
  });

  it('shows a person in every case they appear in, in different roles', async () => {
    const one = (await investigator.post('/api/cases', aCase)).json();
    const two = (
      await investigator.post('/api/cases', {
        ...aCase,
        type: 'trafficking',
        title: 'Forced labour in a car wash',
      })
    ).json();
    const subject = await person(investigator, 'Elira', 'Krasniqi');
    await investigator.post(`/api/cases/${one.id}/roles`, { personId: subject.id, role: 'victim' });
    await investigator.post(`/api/cases/${two.id}/roles`, {
      personId: subject.id,
      role: 'suspect',
      perpetratorRoles: ['RecruiterOrIntermediary'],
    });
    const view = (await investigator.get(`/api/persons/${subject.id}?purpose=checking%20links`)).json();
    expect(view.cases.map((c: { id: string; role: string }) => [c.id, c.role]).sort()).toEqual(
      [
        [one.id, 'victim'],
        [two.id, 'suspect'],
      ].sort(),
    );
  });

  it('filters the list by type, status, modus operandi and dates', async () => {
    await investigator.post('/api/cases', {
      ...aCase,
      type: 'both',
      openedOn: '2025-11-02',
      modusOperandi: ['debt_bondage'],
      title: 'Debt case',
    });
    const both = (await investigator.get('/api/cases?type=both')).json();
    expect(both.cases.length).toBeGreaterThan(0);
    expect(both.cases.every((c: { type: string }) => c.type === 'both')).toBe(true);
    const debt = (await investigator.get('/api/cases?modusOperandi=debt_bondage')).json();
    expect(debt.cases.map((c: { title: string }) => c.title)).toContain('Debt case');
    const dated = (await investigator.get('/api/cases?openedFrom=2025-11-01&openedTo=2025-11-30')).json();
    expect(dated.cases.every((c: { openedOn: string }) => c.openedOn.startsWith('2025-11'))).toBe(true);
    expect(dated.cases.map((c: { reference: string }) => c.reference)).toContain(
      debt.cases.find((c: { title: string }) => c.title === 'Debt case').reference,
    );
  });

  it('changes a case with optimistic locking, and its parts take its handling code', async () => {
    const created = (await investigator.post('/api/cases', aCase)).json();
    await investigator.post(`/api/cases/${created.id}/vehicles`, { plate: 'BG 555 AA' });
    const changed = await investigator.patch(`/api/cases/${created.id}`, {
      version: created.version,
      status: 'under_investigation',
      investigationOn: '2026-03-20',
      handlingCode: 'H2',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'under_investigation', handlingCode: 'H2' });
    const { rows } = await t.database.owner(
      `select handling_code from vehicles where case_id = '${created.id}'`,
    );
    expect(rows[0]!.handling_code).toBe('H2');
    const stale = await investigator.patch(`/api/cases/${created.id}`, {
      version: created.version,
      title: 'Stale',
    });
    expect(stale.statusCode).toBe(409);
    const backwards = await investigator.patch(`/api/cases/${created.id}`, {
      version: changed.json().version,
      closedOn: '2020-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('closedOn');
    // A change names only what changes: the status, handling code and tags stay as they were.
    const retitled = await investigator.patch(`/api/cases/${created.id}`, {
      version: changed.json().version,
      title: 'Retitled',
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(retitled.json()).toMatchObject({
      title: 'Retitled',
      status: 'under_investigation',
      handlingCode: 'H2',
      modusOperandi: changed.json().modusOperandi,
    });
  });

  it('audits opening a case and a person with the stated purpose', async () => {
    const created = (await investigator.post('/api/cases', aCase)).json();
    await investigator.get(
      `/api/cases/${created.id}?purpose=${encodeURIComponent('prosecutor request 17/26')}`,
    );
    const admin = await t.signIn('admin.rs');
    const log = (await admin.get('/api/audit?action=read&actor=investigator.rs')).json();
    expect(log.entries[0]).toMatchObject({
      recordType: 'case',
      recordId: created.id,
      purpose: 'prosecutor request 17/26',
    });
    const subject = await person(investigator, 'Ana', 'Test');
    const noPurpose = await investigator.get(`/api/persons/${subject.id}`);
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.field).toBe('purpose');
  });
});

describe('linked cases', () => {
  it('links two cases both ways, refuses another jurisdiction’s case, and unlinks', async () => {
    const one = (await investigator.post('/api/cases', { ...aCase, title: 'Network, part one' })).json();
    const two = (await investigator.post('/api/cases', { ...aCase, title: 'Network, part two' })).json();
    const linked = await investigator.request({ method: 'PUT', url: `/api/cases/${one.id}/links/${two.id}` });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().linkedCases).toEqual([
      { id: two.id, reference: two.reference, title: 'Network, part two' },
    ]);
    expect(
      (await investigator.get(`/api/cases/${two.id}`)).json().linkedCases.map((c: { id: string }) => c.id),
    ).toEqual([one.id]);
    const albanian = await t.signIn('investigator.al');
    const foreign = (await albanian.post('/api/cases', aCase)).json();
    const refused = await investigator.request({
      method: 'PUT',
      url: `/api/cases/${one.id}/links/${foreign.id}`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('caseId');
    const unlinked = await investigator.delete(`/api/cases/${two.id}/links/${one.id}`);
    expect(unlinked.json().linkedCases).toEqual([]);
    expect((await investigator.get(`/api/cases/${one.id}`)).json().linkedCases).toEqual([]);
  });
});

describe('access to investigation records', () => {
  it("keeps a case and its people from another jurisdiction's investigator: 404, and no list or search hit", async () => {
    const created = (await investigator.post('/api/cases', { ...aCase, title: 'Secret RS case' })).json();
    const subject = await person(investigator, 'Nenad', 'Tajni');
    await investigator.post(`/api/cases/${created.id}/roles`, { personId: subject.id, role: 'suspect' });
    const albanian = await t.signIn('investigator.al');
    expect((await albanian.get(`/api/cases/${created.id}`)).statusCode).toBe(404);
    expect((await albanian.get(`/api/persons/${subject.id}?purpose=curiosity`)).statusCode).toBe(404);
    expect(
      (await albanian.patch(`/api/cases/${created.id}`, { version: created.version, title: 'Changed title' }))
        .statusCode,
    ).toBe(404);
    expect((await albanian.get('/api/cases')).json().cases.map((c: { id: string }) => c.id)).not.toContain(
      created.id,
    );
    expect((await albanian.get('/api/search?q=Tajni')).json().hits).toEqual([]);
    const planted = await albanian.post(`/api/cases/${created.id}/roles`, {
      personId: subject.id,
      role: 'witness',
    });
    expect(planted.statusCode).toBe(404);
  });

  it('lets coordinators read but not change, and keeps analysts, admins and screeners out', async () => {
    const created = (await investigator.post('/api/cases', aCase)).json();
    const coordinator = await t.signIn('coordinator.rs');
    expect((await coordinator.get(`/api/cases/${created.id}`)).statusCode).toBe(200);
    expect(
      (
        await coordinator.patch(`/api/cases/${created.id}`, {
          version: created.version,
          title: 'Changed title',
        })
      ).statusCode,
    ).toBe(403);
    for (const username of ['analyst.rs', 'admin.rs', 'screener.rs']) {
      const user = await t.signIn(username);
      expect((await user.get(`/api/cases/${created.id}`)).statusCode, username).toBe(404);
      expect((await user.get('/api/cases')).json().cases, username).toEqual([]);
      expect((await user.get('/api/search?q=Ahmadi')).statusCode, username).toBe(403);
      expect((await user.post('/api/cases', aCase)).statusCode, username).toBe(403);
    }
  });
});

describe('what is stored is what was meant', () => {
  it.each([
    [{ birthDate: '2030-05-05' }, 'birthDate', /future/],
    [{ birthDate: '1990-02-30' }, 'birthDate', /not a date of the calendar/],
    [{ birthDate: '1850-01-01' }, 'birthDate', /before 1900/],
    [{ nationalities: ['Narnia'] }, 'nationalities.0', /country/],
    [
      { documents: [{ type: 'passport', number: 'P1234567', issuingCountry: 'ZZ' }] },
      'documents.0.issuingCountry',
      /country/,
    ],
  ])('refuses %o, naming %s, and stores nothing', async (extra, field, message) => {
    const before = (await t.database.owner('select count(*)::int as n from persons')).rows[0]!.n;
    const response = await investigator.post('/api/persons', {
      names: [{ givenNames: 'Ana', familyNames: 'Petrović' }],
      ...extra,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
    expect(response.json().error.message).toMatch(message);
    expect((await t.database.owner('select count(*)::int as n from persons')).rows[0]!.n).toBe(before);
  });

  it('reads the forms of a country that registers use, and stores the code', async () => {
    const created = await person(investigator, 'Ahmad', 'Karimi', {
      nationalities: ['AFG', 'Avganistan', 'RKS'],
    });
    const view = (
      await investigator.get(`/api/persons/${created.id}?purpose=checking%20the%20record`)
    ).json();
    expect(view.nationalities).toEqual(['AF', 'XK']);
  });

  it('refuses a case opened in the future, naming the field', async () => {
    const response = await investigator.post('/api/cases', { ...aCase, openedOn: '2031-01-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('openedOn');
  });

  it('gives a person added to an H1 case the case’s code, and raises it when the case becomes stricter', async () => {
    const h1 = (await investigator.post('/api/cases', { ...aCase, handlingCode: 'H1' })).json();
    const added = await person(investigator, 'Jovan', 'Marković');
    expect(added.handlingCode ?? 'H0').toBe('H0');
    const role = await investigator.post(`/api/cases/${h1.id}/roles`, {
      personId: added.id,
      role: 'witness',
    });
    expect(role.statusCode).toBe(201);
    const code = async (id: string) =>
      (await t.database.owner(`select handling_code from persons where id = '${id}'`)).rows[0]!.handling_code;
    expect(await code(added.id)).toBe('H1');

    const open = (await investigator.post('/api/cases', aCase)).json();
    const other = await person(investigator, 'Petar', 'Nikolić');
    await investigator.post(`/api/cases/${open.id}/roles`, { personId: other.id, role: 'witness' });
    expect(await code(other.id)).toBe('H0');
    const current = (await investigator.get(`/api/cases/${open.id}`)).json();
    const stricter = await investigator.patch(`/api/cases/${open.id}`, {
      handlingCode: 'H2',
      version: current.version,
    });
    expect(stricter.statusCode, stricter.body).toBe(200);
    expect(await code(other.id)).toBe('H2');
  });
});
