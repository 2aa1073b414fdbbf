import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_ROLES,
  CASE_STATUSES,
  CASE_TYPES,
  EXPLOITATION_TYPES,
  MODUS_OPERANDI,
  PERPETRATOR_ROLES,
} from '../model/case.ts';
import { DOCUMENT_TYPES, SEXES, SOCIAL_PLATFORMS } from '../model/person.ts';
import { EVENT_TYPES, TRANSPORT_MODES } from '../model/route.ts';
import { CaseBundle } from './bundle.ts';
import { fromHtcds, HTCDS_VERSION, HtcdsDocument, htcdsCsv, spreadsheetSafe, toHtcds } from './mapping.ts';

const letters = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzčćđšžëçАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШѓќѕمحد'.split(''),
);
const word = fc.string({ unit: letters, minLength: 1, maxLength: 12 });
const text = fc.option(fc.string({ maxLength: 40 }), { nil: null });
const country = fc.constantFrom('RS', 'AL', 'BA', 'XK', 'ME', 'MK', 'AF', 'SY', 'PK', 'MA', 'GR', 'HR');
const year = fc.integer({ min: 1940, max: 2020 });
const partialDate = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
// Dates of what has happened: up to last year, so that no generated date lies in the future.
const fullDate = fc
  .tuple(
    fc.integer({ min: 2015, max: 2025 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

// JSON has no negative zero; as a coordinate it is the same place as zero.
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((v) => (v === 0 ? 0 : v));

const person = (key: string) =>
  fc
    .record({
      names: fc.array(
        fc.record({
          givenNames: word,
          familyNames: word,
          kind: fc.constantFrom('recorded' as const, 'alias' as const),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      sex: fc.constantFrom(...SEXES),
      birthDate: fc.option(partialDate, { nil: null }),
      birthDatePresumed: fc.boolean(),
      nationalities: fc.uniqueArray(country, { maxLength: 2 }),
      documents: fc.array(
        fc.record({
          type: fc.constantFrom(...DOCUMENT_TYPES),
          number: fc.stringMatching(/^[A-Z]{1,2}[0-9]{5,8}$/),
          issuingCountry: fc.option(country, { nil: null }),
          expiresOn: fc.option(partialDate, { nil: null }),
        }),
        { maxLength: 2 },
      ),
      phones: fc.array(fc.stringMatching(/^\+3816[0-9]{7}$/), { maxLength: 2 }),
      socialHandles: fc.array(fc.record({ platform: fc.constantFrom(...SOCIAL_PLATFORMS), handle: word }), {
        maxLength: 2,
      }),
      notes: text,
      handlingCode: fc.constantFrom('H0', 'H1', 'H2', 'H3'),
      role: fc.constantFrom(...CASE_ROLES),
      roleDetails: text,
    })
    .chain((p) =>
      (p.role === 'suspect'
        ? fc.uniqueArray(fc.constantFrom(...PERPETRATOR_ROLES), { maxLength: 3 })
        : fc.constant([])
      ).map((perpetratorRoles) => ({ ...p, key, perpetratorRoles })),
    );

const bundle = fc
  .integer({ min: 0, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => person(`p${i}`))))
  .chain((people) => {
    const keys = people.map((p) => p.key);
    const personKey = keys.length ? fc.option(fc.constantFrom(...keys), { nil: null }) : fc.constant(null);
    return fc.record({
      reference: fc.stringMatching(/^[A-Z]{2}-20[0-9]{2}-[0-9]{4}$/),
      jurisdiction: fc.constantFrom('AL', 'BA', 'XK', 'ME', 'MK', 'RS'),
      case: fc.record({
        type: fc.constantFrom(...CASE_TYPES),
        status: fc.constantFrom(...CASE_STATUSES),
        openedOn: fullDate,
        investigationOn: fc.option(fullDate, { nil: null }),
        prosecutedOn: fc.option(fullDate, { nil: null }),
        closedOn: fc.option(fullDate, { nil: null }),
        handlingCode: fc.constantFrom('H0', 'H1', 'H2', 'H3'),
        handlingConditions: text,
        title: fc.string({ minLength: 3, maxLength: 40 }).filter((s) => s.trim().length >= 3),
        summary: text,
        modusOperandi: fc.uniqueArray(fc.constantFrom(...MODUS_OPERANDI), { maxLength: 4 }),
        exploitationTypes: fc.uniqueArray(fc.constantFrom(...EXPLOITATION_TYPES), { maxLength: 3 }),
      }),
      people: fc.constant(people),
      vehicles: fc.array(
        fc.record({
          plate: fc.stringMatching(/^[A-Z]{2} [0-9]{3}-[A-Z]{2}$/),
          country: fc.option(country, { nil: null }),
          make: text,
          model: text,
          colour: text,
          notes: text,
        }),
        { maxLength: 2 },
      ),
      route: fc.array(
        fc.record({
          fromPlace: text,
          fromCountry: country,
          toPlace: text,
          toCountry: country,
          crossingId: fc.option(fc.constantFrom('mk-rs-tabanovce-presevo', 'rs-hr-sid-tovarnik'), {
            nil: null,
          }),
          departedOn: fc.option(partialDate, { nil: null }),
          arrivedOn: fc.constant(null),
          transportMode: fc.option(fc.constantFrom(...TRANSPORT_MODES), { nil: null }),
          feeAmount: fc.constant(null),
          feeCurrency: fc.constant(null),
          facilitatorKey: personKey,
          notes: text,
        }),
        { maxLength: 3 },
      ),
      events: fc.array(
        fc.record({
          type: fc.constantFrom(...EVENT_TYPES),
          personKey,
          date: fc.option(partialDate, { nil: null }),
          place: text,
          country: fc.option(country, { nil: null }),
          latitude: fc.option(coordinate(90), { nil: null }),
          longitude: fc.option(coordinate(180), { nil: null }),
          description: text,
        }),
        { maxLength: 3 },
      ),
    });
  })
  .map((b) => CaseBundle.parse(b));

describe('HTCDS', () => {
  it('round-trips any case through the standard’s JSON without losing anything', () => {
    fc.assert(
      fc.property(bundle, (original) => {
        const document = HtcdsDocument.parse(
          JSON.parse(
            JSON.stringify({ standard: 'HTCDS', version: HTCDS_VERSION, cases: [toHtcds(original)] }),
          ),
        );
        const back = CaseBundle.parse(fromHtcds(document.cases[0]!));
        expect(back).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the standard’s field names and values', () => {
    const sample = fc
      .sample(bundle, { numRuns: 50, seed: 42 })
      .find((b) => b.people.some((p) => p.role === 'victim'))!;
    const htcds = toHtcds({
      ...sample,
      case: { ...sample.case, status: 'closed', exploitationTypes: ['ForcedLabour', 'SexualExploitation'] },
    });
    expect(htcds.cas_Status).toBe('Closed');
    const victim = htcds.persons.find((p) => p.vic_TraffickingStatus === 'ActualVictimOfTrafficking')!;
    expect(victim.vic_TypeOfExploitation).toBe('Both');
    expect(['Male', 'Female', 'Transgender/NonConforming', 'Unknown']).toContain(victim.prs_Gender);
  });

  it('reads a file written by another system from the standard’s fields alone', () => {
    const bundle = fromHtcds({
      cas_CaseId: 'NGO-17',
      cas_Status: 'Active',
      cas_CaseComment: 'Referred by an NGO',
      persons: [
        {
          prs_FirstName: 'Amina',
          prs_SecondName: 'K.',
          prs_Birthdate: '2001-04-05',
          prs_Gender: 'Female',
          prs_Nationality: 'SY',
          prs_MobilePhone: '+963911111111',
          vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
          vic_TypeOfExploitation: 'ForcedLabour',
          per_RoleInProcess: [],
          per_RoleDetails: null,
          x_veza: {},
        },
      ],
      historicTraffickingEvents: [],
      x_veza: {},
    });
    expect(CaseBundle.safeParse(bundle).success).toBe(true);
    expect(bundle.people[0]).toMatchObject({ role: 'presumed_victim', sex: 'female', nationalities: ['SY'] });
  });

  it('writes CSV a spreadsheet cannot mistake for formulas', () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe('+381')).toBe("'+381");
    const csv = htcdsCsv([toHtcds(fc.sample(bundle, { numRuns: 1, seed: 7 })[0]!)]);
    expect(csv.split('\r\n')[0]).toMatch(/^cas_CaseId,cas_Status,/);
  });
});
