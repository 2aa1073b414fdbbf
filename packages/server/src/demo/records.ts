/**
 * Demo investigation records: smuggling and trafficking cases in several jurisdictions, with people
 * named in each jurisdiction's script and migrants' names as clerks romanise them, phones, vehicles,
 * routes along the region's crossings and recruitment events; some of the same people recur, spelt
 * differently. Written through the same services as the API, then marked as demo data.
 */

import type { CaseRole, Jurisdiction, PerpetratorRole, RouteLegInput } from '@veza/core';
import { inArray, sql } from 'drizzle-orm';
import { actorOf } from '../access/actors.ts';
import { withActor } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { caseRoles, cases, persons, routeLegs, vehicles } from '../db/schema.ts';
import { refreshAnalysis } from '../features/analysis/refresh.ts';
import { addEvent, replaceRoute } from '../features/cases/journey.ts';
import { addRole, addVehicle } from '../features/cases/parts.ts';
import { createCase } from '../features/cases/service.ts';
import { findDuplicates } from '../features/duplicates/find.ts';
import { createPerson } from '../features/persons/service.ts';
import { seedDemoHistory } from './history.ts';
import { seedDemoKnowledge } from './knowledge.ts';
import { seedDemoProtection } from './protection.ts';
import { seedDemoScreenings } from './screenings.ts';

interface DemoPerson {
  given: string;
  family: string;
  role: CaseRole;
  perpetrator?: PerpetratorRole[];
  born?: string;
  nationality?: string;
  phone?: string;
}

interface DemoCase {
  jurisdiction: Jurisdiction;
  title: string;
  type: 'smuggling' | 'trafficking' | 'both';
  status: 'open' | 'under_investigation' | 'prosecuted' | 'closed';
  openedOn: string;
  modusOperandi: string[];
  exploitationTypes?: string[];
  people: DemoPerson[];
  plate?: string;
  route: Omit<RouteLegInput, 'facilitatorPersonId'>[];
  recruitment?: { date: string; place: string; country: string };
}

const SUSPECT: PerpetratorRole[] = ['Smuggler', 'Transporter'];

const CASES: DemoCase[] = [
  {
    jurisdiction: 'RS',
    title: 'Комби са дванаест миграната код Шида',
    type: 'smuggling',
    status: 'under_investigation',
    openedOn: '2026-03-14',
    modusOperandi: ['concealment_in_vehicle', 'taxi_relay'],
    plate: 'NS 123-ЕК',
    people: [
      {
        given: 'Марко',
        family: 'Ђорђевић',
        role: 'suspect',
        perpetrator: SUSPECT,
        born: '1984-05-02',
        nationality: 'RS',
        phone: '064 123 4567',
      },
      {
        given: 'Mohammad Reza',
        family: 'Ahmadi',
        role: 'smuggled_migrant',
        born: '2007-01-01',
        nationality: 'AF',
      },
      { given: 'Javad', family: 'Karimi', role: 'smuggled_migrant', born: '2001', nationality: 'AF' },
    ],
    route: [
      {
        fromPlace: 'Tabanovce',
        fromCountry: 'MK',
        toPlace: 'Preševo',
        toCountry: 'RS',
        crossingId: 'mk-rs-tabanovce-presevo',
        departedOn: '2026-03-10',
        transportMode: 'foot',
        feeAmount: 500,
        feeCurrency: 'EUR',
      },
      {
        fromPlace: 'Preševo',
        fromCountry: 'RS',
        toPlace: 'Šid',
        toCountry: 'RS',
        departedOn: '2026-03-13',
        transportMode: 'van',
        feeAmount: 800,
        feeCurrency: 'EUR',
      },
      {
        fromPlace: 'Šid',
        fromCountry: 'RS',
        toPlace: 'Tovarnik',
        toCountry: 'HR',
        crossingId: 'rs-hr-sid-tovarnik',
        departedOn: '2026-03-14',
        transportMode: 'foot',
      },
    ],
    recruitment: { date: '2025-11', place: 'Herat', country: 'AF' },
  },
  {
    jurisdiction: 'RS',
    title: 'Принудни рад у перионици аутомобила',
    type: 'trafficking',
    status: 'prosecuted',
    openedOn: '2025-09-02',
    modusOperandi: ['fake_job_offer', 'debt_bondage'],
    exploitationTypes: ['ForcedLabour'],
    people: [
      {
        given: 'Ненад',
        family: 'Илић',
        role: 'suspect',
        perpetrator: ['Exploiter', 'RecruiterOrIntermediary'],
        born: '1979',
        nationality: 'RS',
        phone: '063 700 1122',
      },
      { given: 'Imran', family: 'Chaudhry', role: 'victim', born: '1996-06-12', nationality: 'PK' },
      { given: 'Bilal', family: 'Hussain', role: 'presumed_victim', born: '1999', nationality: 'PK' },
      // The driver of the first case, recorded again in this one by another officer, in Latin
      // letters typed without diacritics: a duplicate for the person page to offer.
      {
        given: 'Marko',
        family: 'Djordjevic',
        role: 'suspect',
        perpetrator: ['Transporter'],
        born: '1984-05-02',
        nationality: 'RS',
        phone: '+381 64 123 4567',
      },
    ],
    route: [
      {
        fromPlace: 'Kalotina',
        fromCountry: 'BG',
        toPlace: 'Gradina',
        toCountry: 'RS',
        crossingId: 'rs-bg-gradina-kalotina',
        departedOn: '2025-06',
        transportMode: 'bus',
      },
    ],
    recruitment: { date: '2025-04', place: 'Lahore', country: 'PK' },
  },
  {
    jurisdiction: 'MK',
    title: 'Група мигранти во камион кај Гевгелија',
    type: 'smuggling',
    status: 'open',
    openedOn: '2026-02-20',
    modusOperandi: ['concealment_in_freight'],
    plate: 'SK 4411 AB',
    people: [
      {
        given: 'Ѓорѓи',
        family: 'Трајков',
        role: 'suspect',
        perpetrator: ['Transporter'],
        born: '1971',
        nationality: 'MK',
        phone: '070 411 220',
      },
      { given: 'Muhamed', family: 'Ahmedi', role: 'smuggled_migrant', born: '2006', nationality: 'AF' },
      { given: 'Samir', family: 'Haddad', role: 'smuggled_migrant', born: '1994', nationality: 'SY' },
    ],
    route: [
      {
        fromPlace: 'Idomeni',
        fromCountry: 'GR',
        toPlace: 'Gevgelija',
        toCountry: 'MK',
        crossingId: 'mk-gr-bogorodica-evzoni',
        departedOn: '2026-02-18',
        transportMode: 'foot',
        feeAmount: 300,
        feeCurrency: 'EUR',
      },
      {
        fromPlace: 'Gevgelija',
        fromCountry: 'MK',
        toPlace: 'Kumanovo',
        toCountry: 'MK',
        departedOn: '2026-02-20',
        transportMode: 'truck',
        feeAmount: 1200,
        feeCurrency: 'EUR',
      },
    ],
  },
  {
    jurisdiction: 'BA',
    title: 'Krijumčarenje preko Velike Kladuše',
    type: 'smuggling',
    status: 'under_investigation',
    openedOn: '2026-01-08',
    modusOperandi: ['foot_crossing_guided', 'safe_house'],
    people: [
      {
        given: 'Edin',
        family: 'Hodžić',
        role: 'suspect',
        perpetrator: SUSPECT,
        born: '1988',
        nationality: 'BA',
        phone: '061 222 333',
      },
      { given: 'Hussein', family: 'Khan', role: 'smuggled_migrant', born: '2003', nationality: 'PK' },
      { given: 'Yusuf', family: 'Rahman', role: 'smuggled_migrant', born: '2000', nationality: 'BD' },
    ],
    route: [
      {
        fromPlace: 'Zvornik',
        fromCountry: 'RS',
        toPlace: 'Zvornik',
        toCountry: 'BA',
        crossingId: 'rs-ba-mali-zvornik-zvornik',
        departedOn: '2025-12',
        transportMode: 'car',
      },
      {
        fromPlace: 'Velika Kladuša',
        fromCountry: 'BA',
        toPlace: 'Maljevac',
        toCountry: 'HR',
        crossingId: 'ba-hr-velika-kladusa-maljevac',
        departedOn: '2026-01-06',
        transportMode: 'foot',
        feeAmount: 2500,
        feeCurrency: 'EUR',
      },
    ],
  },
  {
    jurisdiction: 'AL',
    title: 'Kalim i organizuar nga Kakavija',
    type: 'smuggling',
    status: 'open',
    openedOn: '2026-04-03',
    modusOperandi: ['forged_documents'],
    people: [
      {
        given: 'Arben',
        family: 'Hoxha',
        role: 'suspect',
        perpetrator: ['Smuggler', 'BrokerTravelAgent'],
        born: '1982',
        nationality: 'AL',
        phone: '069 200 3344',
      },
      { given: 'Omar', family: 'Mansour', role: 'smuggled_migrant', born: '1998', nationality: 'MA' },
    ],
    route: [
      {
        fromPlace: 'Ioannina',
        fromCountry: 'GR',
        toPlace: 'Kakavijë',
        toCountry: 'AL',
        crossingId: 'al-gr-kakavije-kakavia',
        departedOn: '2026-04-01',
        transportMode: 'foot',
      },
      {
        fromPlace: 'Shkodër',
        fromCountry: 'AL',
        toPlace: 'Božaj',
        toCountry: 'ME',
        crossingId: 'al-me-hani-i-hotit-bozaj',
        departedOn: '2026-04-03',
        transportMode: 'taxi',
        feeAmount: 600,
        feeCurrency: 'EUR',
      },
    ],
  },
  {
    jurisdiction: 'ME',
    title: 'Seksualna eksploatacija u ugostiteljskom objektu',
    type: 'trafficking',
    status: 'open',
    openedOn: '2026-05-19',
    modusOperandi: ['online_recruitment', 'marriage_or_romance'],
    exploitationTypes: ['SexualExploitation'],
    people: [
      {
        given: 'Đorđe',
        family: 'Vuković',
        role: 'suspect',
        perpetrator: ['Exploiter'],
        born: '1990',
        nationality: 'ME',
        phone: '067 555 010',
      },
      { given: 'Fatima', family: 'Hosseini', role: 'victim', born: '2004-08-21', nationality: 'IR' },
    ],
    route: [
      {
        fromPlace: 'Hani i Hotit',
        fromCountry: 'AL',
        toPlace: 'Božaj',
        toCountry: 'ME',
        crossingId: 'al-me-hani-i-hotit-bozaj',
        departedOn: '2026-03',
        transportMode: 'car',
      },
    ],
    recruitment: { date: '2026-01', place: 'Tehran', country: 'IR' },
  },
  {
    jurisdiction: 'XK',
    title: 'Transport i migrantëve nga Hani i Elezit',
    type: 'smuggling',
    status: 'closed',
    openedOn: '2025-10-11',
    modusOperandi: ['concealment_in_vehicle'],
    plate: 'PR 01-234-AB',
    people: [
      {
        given: 'Besnik',
        family: 'Krasniqi',
        role: 'suspect',
        perpetrator: ['Transporter'],
        born: '1986',
        nationality: 'XK',
        phone: '044 100 777',
      },
      { given: 'Xhavad', family: 'Karimi', role: 'smuggled_migrant', born: '2001', nationality: 'AF' },
    ],
    route: [
      {
        fromPlace: 'Blace',
        fromCountry: 'MK',
        toPlace: 'Hani i Elezit',
        toCountry: 'XK',
        crossingId: 'mk-xk-blace-hani-i-elezit',
        departedOn: '2025-10-10',
        transportMode: 'car',
        feeAmount: 400,
        feeCurrency: 'EUR',
      },
    ],
  },
  // The network worth finding (docs/network.md): Dragan Nikolić drives a Serbian van (BG 456-KL)
  // and answers one phone (+381 65 900 1234) for groups in Serbia, Bosnia and Herzegovina and
  // North Macedonia. In Serbia the van and the phone tie his case to a second one, whose driver
  // used his phone; each jurisdiction sees the others' records of him and of the van as hits.
  {
    jurisdiction: 'MK',
    title: 'Водич на група кај Табановце',
    type: 'smuggling',
    status: 'under_investigation',
    openedOn: '2026-03-02',
    modusOperandi: ['foot_crossing_guided', 'taxi_relay'],
    people: [
      {
        given: 'Драган',
        family: 'Николиќ',
        role: 'suspect',
        perpetrator: SUSPECT,
        born: '1983-07-19',
        nationality: 'RS',
        phone: '+381 65 900 1234',
      },
      { given: 'Abdul', family: 'Wahid', role: 'smuggled_migrant', born: '2002', nationality: 'AF' },
      { given: 'Ali', family: 'Rezaei', role: 'smuggled_migrant', born: '1999', nationality: 'IR' },
    ],
    route: [
      {
        fromPlace: 'Gevgelija',
        fromCountry: 'MK',
        toPlace: 'Tabanovce',
        toCountry: 'MK',
        departedOn: '2026-02-27',
        transportMode: 'taxi',
        feeAmount: 700,
        feeCurrency: 'EUR',
      },
      {
        fromPlace: 'Tabanovce',
        fromCountry: 'MK',
        toPlace: 'Preševo',
        toCountry: 'RS',
        crossingId: 'mk-rs-tabanovce-presevo',
        departedOn: '2026-03-01',
        transportMode: 'foot',
      },
    ],
  },
  {
    jurisdiction: 'RS',
    title: 'Комби BG 456-KL на путу Прешево–Шид',
    type: 'smuggling',
    status: 'under_investigation',
    openedOn: '2026-04-11',
    modusOperandi: ['concealment_in_vehicle'],
    plate: 'BG 456-KL',
    people: [
      {
        given: 'Драган',
        family: 'Николић',
        role: 'suspect',
        perpetrator: SUSPECT,
        born: '1983-07-19',
        nationality: 'RS',
        phone: '065 900 1234',
      },
      { given: 'Farhad', family: 'Noori', role: 'smuggled_migrant', born: '2005', nationality: 'AF' },
      { given: 'Karim', family: 'Sultani', role: 'smuggled_migrant', born: '2000', nationality: 'AF' },
    ],
    route: [
      {
        fromPlace: 'Preševo',
        fromCountry: 'RS',
        toPlace: 'Šid',
        toCountry: 'RS',
        departedOn: '2026-04-10',
        transportMode: 'van',
        feeAmount: 900,
        feeCurrency: 'EUR',
      },
    ],
  },
  {
    jurisdiction: 'BA',
    title: 'Srbijanski kombi kod Zvornika',
    type: 'smuggling',
    status: 'open',
    openedOn: '2026-05-06',
    modusOperandi: ['concealment_in_vehicle', 'safe_house'],
    plate: 'BG 456-KL',
    people: [
      {
        given: 'Dragan',
        family: 'Nikolić',
        role: 'suspect',
        perpetrator: SUSPECT,
        born: '1983-07-19',
        nationality: 'RS',
        phone: '+381 65 900 1234',
      },
      { given: 'Omid', family: 'Jafari', role: 'smuggled_migrant', born: '2003', nationality: 'AF' },
    ],
    route: [
      {
        fromPlace: 'Mali Zvornik',
        fromCountry: 'RS',
        toPlace: 'Zvornik',
        toCountry: 'BA',
        crossingId: 'rs-ba-mali-zvornik-zvornik',
        departedOn: '2026-05-05',
        transportMode: 'van',
        feeAmount: 1500,
        feeCurrency: 'EUR',
      },
    ],
  },
  {
    jurisdiction: 'RS',
    title: 'Исти комби заустављен на Батровцима',
    type: 'smuggling',
    status: 'open',
    openedOn: '2026-06-18',
    modusOperandi: ['concealment_in_vehicle'],
    plate: 'BG 456-KL',
    people: [
      {
        given: 'Небојша',
        family: 'Марић',
        role: 'suspect',
        perpetrator: ['Transporter'],
        born: '1991',
        nationality: 'RS',
        phone: '065 900 1234',
      },
      { given: 'Hamid', family: 'Azizi', role: 'smuggled_migrant', born: '2006', nationality: 'AF' },
      { given: 'Nasir', family: 'Azizi', role: 'smuggled_migrant', born: '2008', nationality: 'AF' },
    ],
    route: [
      {
        fromPlace: 'Šid',
        fromCountry: 'RS',
        toPlace: 'Bajakovo',
        toCountry: 'HR',
        crossingId: 'rs-hr-batrovci-bajakovo',
        departedOn: '2026-06-18',
        transportMode: 'van',
      },
    ],
  },
];

/** Creates the demo cases; their people, vehicles and routes are marked as demo data like the rest of the region. */
export async function seedDemoRecords(database: Database): Promise<number> {
  const caseIds: string[] = [];
  for (const demo of CASES) {
    const actor = await actorOf(database, `investigator.${demo.jurisdiction.toLowerCase()}`);
    const id = await withActor(database, actor, async (ctx) => {
      const created = await createCase(ctx, {
        type: demo.type,
        status: demo.status,
        openedOn: demo.openedOn,
        title: demo.title,
        summary: null,
        handlingCode: 'H0',
        modusOperandi: demo.modusOperandi as never,
        exploitationTypes: (demo.exploitationTypes ?? []) as never,
      });
      let suspectId: string | null = null;
      for (const p of demo.people) {
        const personId = await createPerson(ctx, {
          names: [{ givenNames: p.given, familyNames: p.family, kind: 'recorded' }],
          sex: 'unknown',
          birthDate: p.born ?? null,
          birthDatePresumed: Boolean(p.born?.endsWith('-01-01')),
          nationalities: p.nationality ? [p.nationality as never] : [],
          documents: [],
          phones: p.phone ? [p.phone] : [],
          socialHandles: [],
          notes: null,
          handlingCode: 'H0',
        });
        if (p.role === 'suspect') suspectId = personId;
        await addRole(ctx, created.id, {
          personId,
          role: p.role,
          perpetratorRoles: p.perpetrator ?? [],
          details: null,
        });
      }
      if (demo.plate)
        await addVehicle(ctx, created.id, {
          plate: demo.plate,
          make: 'Mercedes',
          model: 'Sprinter',
          country: demo.jurisdiction === 'XK' ? 'XK' : null,
        });
      await replaceRoute(ctx, created.id, {
        legs: demo.route.map((leg) => ({ ...leg, facilitatorPersonId: leg.feeAmount ? suspectId : null })),
      });
      if (demo.recruitment)
        await addEvent(ctx, created.id, {
          type: 'Recruitment',
          ...demo.recruitment,
          country: demo.recruitment.country as never,
        });
      return created.id;
    });
    caseIds.push(id);
  }
  await database.db.transaction(async (tx) => {
    await tx.update(cases).set({ isDemo: true }).where(inArray(cases.id, caseIds));
    await tx.update(vehicles).set({ isDemo: true }).where(inArray(vehicles.caseId, caseIds));
    await tx.update(routeLegs).set({ isDemo: true }).where(inArray(routeLegs.caseId, caseIds));
    await tx.update(caseRoles).set({ isDemo: true }).where(inArray(caseRoles.caseId, caseIds));
    await tx
      .update(persons)
      .set({ isDemo: true })
      .where(sql`${persons.id} in (select person_id from case_roles where case_id in ${caseIds})`);
  });
  await seedDemoScreenings(database);
  await seedDemoProtection(database);
  await seedDemoKnowledge(database);
  // The search for duplicates the server runs after persons are recorded, run here once for the
  // demo region, which is written before any server listens.
  for (const jurisdiction of new Set(CASES.map((c) => c.jurisdiction)))
    await findDuplicates(database, jurisdiction);
  // Two years of cases for the analysis dashboards and warnings, written after that search: made
  // up from common names, they hold many namesakes, which the search finds once they change.
  await seedDemoHistory(database);
  await refreshAnalysis(database);
  return caseIds.length;
}
