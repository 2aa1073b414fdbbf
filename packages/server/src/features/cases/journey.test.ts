import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
let caseId: string;
let smuggler: string;

beforeAll(async () => {
  t = await startTestApp();
  investigator = await t.signIn('investigator.mk');
  caseId = (
    await investigator.post('/api/cases', {
      type: 'smuggling',
      openedOn: '2026-04-02',
      title: 'Balkan route group',
    })
  ).json().id;
  smuggler = (
    await investigator.post('/api/persons', { names: [{ givenNames: 'Ѓорѓи', familyNames: 'Трајков' }] })
  ).json().id;
});
afterAll(() => t.close());

const twoLegs = () => ({
  legs: [
    {
      fromPlace: 'Idomeni',
      fromCountry: 'GR',
      toPlace: 'Gevgelija',
      toCountry: 'MK',
      crossingId: 'mk-gr-bogorodica-evzoni',
      departedOn: '2026-03-28',
      arrivedOn: '2026-03-28',
      transportMode: 'foot',
      feeAmount: 500,
      feeCurrency: 'eur',
      facilitatorPersonId: smuggler,
    },
    {
      fromPlace: 'Kumanovo',
      fromCountry: 'MK',
      toPlace: 'Preševo',
      toCountry: 'RS',
      crossingId: 'mk-rs-tabanovce-presevo',
      departedOn: '2026-03',
      transportMode: 'van',
      feeAmount: 800,
      feeCurrency: 'EUR',
    },
  ],
});

describe('a case’s route', () => {
  it('lists the region’s border crossings with coordinates', async () => {
    const { crossings } = (await investigator.get('/api/border-crossings')).json();
    expect(crossings.length).toBeGreaterThan(30);
    const gevgelija = crossings.find((c: { id: string }) => c.id === 'mk-gr-bogorodica-evzoni');
    expect(gevgelija).toMatchObject({ countries: ['MK', 'GR'] });
    expect(gevgelija.latitude).toBeCloseTo(41.13, 1);
  });

  it('records ordered legs with crossings, fees and the facilitating person', async () => {
    const response = await investigator.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/route`,
      payload: twoLegs(),
    });
    expect(response.statusCode, response.body).toBe(200);
    const { route } = response.json();
    expect(route.map((l: { toCountry: string }) => l.toCountry)).toEqual(['MK', 'RS']);
    expect(route[0]).toMatchObject({
      crossing: { id: 'mk-gr-bogorodica-evzoni' },
      feeAmount: 500,
      feeCurrency: 'EUR',
      facilitator: { id: smuggler, displayName: 'Ѓорѓи Трајков' },
    });
    expect(route[1]).toMatchObject({ departedOn: '2026-03', transportMode: 'van', facilitator: null });
  });

  it('replaces the route as a whole, and refuses bad legs naming them without changing what was stored', async () => {
    const unknownCrossing = twoLegs();
    unknownCrossing.legs[1]!.crossingId = 'nowhere';
    const refused = await investigator.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/route`,
      payload: unknownCrossing,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('legs.1.crossingId');
    const feeWithoutCurrency = { legs: [{ fromCountry: 'GR', toCountry: 'MK', feeAmount: 100 }] };
    const noCurrency = await investigator.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/route`,
      payload: feeWithoutCurrency,
    });
    expect(noCurrency.statusCode).toBe(400);
    expect(noCurrency.json().error.field).toBe('legs.0.feeCurrency');
    const view = (await investigator.get(`/api/cases/${caseId}`)).json();
    expect(view.route).toHaveLength(2);
  });

  it('records HTCDS events with place and date', async () => {
    const response = await investigator.post(`/api/cases/${caseId}/events`, {
      type: 'Recruitment',
      date: '2025-12',
      place: 'Kabul',
      country: 'AF',
      description: 'Offered passage to Germany by a relative’s contact.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().events[0]).toMatchObject({ type: 'Recruitment', date: '2025-12', country: 'AF' });
  });

  it('keeps another jurisdiction out of the route', async () => {
    const serbian = await t.signIn('investigator.rs');
    const response = await serbian.request({
      method: 'PUT',
      url: `/api/cases/${caseId}/route`,
      payload: { legs: [] },
    });
    expect(response.statusCode).toBe(404);
    expect((await investigator.get(`/api/cases/${caseId}`)).json().route).toHaveLength(2);
  });
});
