import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let serbian: SignedIn;
let bosnian: SignedIn;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  serbian = await t.signIn('investigator.rs');
  bosnian = await t.signIn('investigator.ba');
  const created = (
    await serbian.post('/api/cases', {
      type: 'both',
      openedOn: '2026-05-10',
      title: 'Recruitment for farm work, then smuggling',
      summary: 'Workers recruited online; two transported across Šid.',
      handlingCode: 'H1',
      modusOperandi: ['online_recruitment', 'concealment_in_vehicle'],
      exploitationTypes: ['ForcedLabour'],
    })
  ).json();
  caseId = created.id;
  const victim = (
    await serbian.post('/api/persons', {
      names: [
        { givenNames: 'Reza', familyNames: 'Ahmadi' },
        { givenNames: 'Реза', familyNames: 'Ахмади', kind: 'alias' },
      ],
      sex: 'male',
      birthDate: '2006-01-01',
      birthDatePresumed: true,
      nationalities: ['AF'],
      phones: ['+93 70 123 4567'],
      documents: [{ type: 'asylum_card', number: 'AZ-12345', issuingCountry: 'RS' }],
    })
  ).json();
  const suspect = (
    await serbian.post('/api/persons', {
      names: [{ givenNames: 'Марко', familyNames: 'Ђорђевић' }],
      phones: ['064 123 4567'],
    })
  ).json();
  await serbian.post(`/api/cases/${caseId}/roles`, { personId: victim.id, role: 'victim' });
  await serbian.post(`/api/cases/${caseId}/roles`, {
    personId: suspect.id,
    role: 'suspect',
    perpetratorRoles: ['RecruiterOrIntermediary', 'Transporter'],
  });
  await serbian.post(`/api/cases/${caseId}/vehicles`, {
    plate: 'NS 123-EK',
    make: 'Mercedes',
    country: 'RS',
  });
  await serbian.request({
    method: 'PUT',
    url: `/api/cases/${caseId}/route`,
    payload: {
      legs: [
        {
          fromPlace: 'Preševo',
          fromCountry: 'RS',
          toPlace: 'Šid',
          toCountry: 'RS',
          transportMode: 'van',
          feeAmount: 700,
          feeCurrency: 'EUR',
          facilitatorPersonId: suspect.id,
        },
        {
          fromPlace: 'Šid',
          fromCountry: 'RS',
          toCountry: 'HR',
          crossingId: 'rs-hr-sid-tovarnik',
          transportMode: 'foot',
        },
      ],
    },
  });
  await serbian.post(`/api/cases/${caseId}/events`, {
    type: 'Recruitment',
    date: '2026-03',
    place: 'Herat',
    country: 'AF',
    personId: victim.id,
  });
});
afterAll(() => t.close());

/** A document's content without what naturally differs between two copies: the case number and the person keys. */
function comparable(document: {
  cases: {
    cas_CaseId: string;
    persons: { x_veza: Record<string, unknown> }[];
    historicTraffickingEvents: { x_veza: Record<string, unknown> }[];
    x_veza: Record<string, unknown>;
  }[];
}) {
  const c = document.cases[0]!;
  const keys = new Map(c.persons.map((p, i) => [p.x_veza.key as string, `person-${i}`]));
  const relabel = (key: unknown) => (typeof key === 'string' ? keys.get(key) : key);
  const ext = c.x_veza as { jurisdiction: string; route: { facilitatorKey: unknown }[] };
  return {
    ...c,
    cas_CaseId: undefined,
    persons: c.persons.map((p) => ({ ...p, x_veza: { ...p.x_veza, key: relabel(p.x_veza.key) } })),
    historicTraffickingEvents: c.historicTraffickingEvents.map((e) => ({
      ...e,
      x_veza: { personKey: relabel(e.x_veza.personKey) },
    })),
    x_veza: {
      ...ext,
      jurisdiction: undefined,
      route: ext.route.map((l) => ({ ...l, facilitatorKey: relabel(l.facilitatorKey) })),
    },
  };
}

describe('HTCDS export and import', () => {
  it('exports a case in the standard’s shape', async () => {
    const response = await serbian.get(
      `/api/cases/${caseId}/htcds?purpose=${encodeURIComponent('sharing with BA task force')}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const document = response.json();
    expect(document).toMatchObject({ standard: 'HTCDS', version: '2.0' });
    const c = document.cases[0];
    expect(c.cas_Status).toBe('Active');
    const victim = c.persons.find((p: { prs_FirstName: string }) => p.prs_FirstName === 'Reza');
    expect(victim).toMatchObject({
      prs_SecondName: 'Ahmadi',
      prs_Birthdate: '2006-01-01',
      prs_Gender: 'Male',
      prs_Nationality: 'AF',
      prs_MobilePhone: '+93701234567',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TypeOfExploitation: 'ForcedLabour',
    });
    const suspect = c.persons.find((p: { prs_FirstName: string }) => p.prs_FirstName === 'Марко');
    expect(suspect.per_RoleInProcess).toEqual(['RecruiterOrIntermediary', 'Transporter']);
    expect(c.historicTraffickingEvents[0]).toMatchObject({
      hte_Type: 'Recruitment',
      hte_Date: '2026-03',
      hte_City: 'Herat',
      hte_Country: 'AF',
    });
  });

  it('imports it elsewhere and exports it again with nothing lost; a second import adds nothing', async () => {
    const exported = (await serbian.get(`/api/cases/${caseId}/htcds?purpose=sharing`)).json();
    const imported = await bosnian.post('/api/htcds/import', exported);
    expect(imported.statusCode, imported.body).toBe(200);
    const [copy] = imported.json().imported;
    expect(copy.reference).toMatch(/^BA-2026-/);
    const again = (await bosnian.get(`/api/cases/${copy.id}/htcds?purpose=checking%20the%20import`)).json();
    expect(comparable(again)).toEqual(comparable(exported));
    const second = await bosnian.post('/api/htcds/import', exported);
    expect(second.json()).toEqual({ imported: [], alreadyImported: [exported.cases[0].cas_CaseId] });
  });

  it('exports CSV, one row per person, safe for spreadsheets', async () => {
    const response = await serbian.get(`/api/cases/${caseId}/htcds.csv?purpose=sharing`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^cas_CaseId,cas_Status,cas_CaseComment,prs_FirstName/);
    expect(lines).toHaveLength(3);
  });

  it('imports its own CSV back with nothing lost', async () => {
    const original = (await serbian.get(`/api/cases/${caseId}/htcds?purpose=sharing`)).json();
    const csv = (await serbian.get(`/api/cases/${caseId}/htcds.csv?purpose=sharing`)).body;
    const montenegrin = await t.signIn('investigator.me');
    const imported = await montenegrin.request({
      method: 'POST',
      url: '/api/htcds/import.csv',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const [copy] = imported.json().imported;
    const again = (
      await montenegrin.get(`/api/cases/${copy.id}/htcds?purpose=checking%20the%20import`)
    ).json();
    expect(comparable(again)).toEqual(comparable(original));
  });

  it('needs a purpose, audits the export, and is refused to other jurisdictions', async () => {
    expect((await serbian.get(`/api/cases/${caseId}/htcds`)).statusCode).toBe(400);
    expect((await bosnian.get(`/api/cases/${caseId}/htcds?purpose=curious`)).statusCode).toBe(404);
    const admin = await t.signIn('admin.rs');
    const log = (await admin.get('/api/audit?action=read&actor=investigator.rs')).json();
    expect(log.entries[0]).toMatchObject({ recordType: 'case_export', recordId: caseId, purpose: 'sharing' });
  });

  it('refuses a document that is not HTCDS, naming the problem', async () => {
    const response = await bosnian.post('/api/htcds/import', {
      standard: 'HTCDS',
      version: '2.0',
      cases: [{ cas_CaseId: 'x' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toMatch(/^cases\.0/);
  });
});
