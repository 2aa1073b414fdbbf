/**
 * Two years of the demo region's history, so that the analysis dashboards, maps and warnings show
 * something real: for each jurisdiction, cases week by week along its part of the Western Balkan
 * route (the crossings and legs it sees), with a summer season, the nationalities of the flows
 * (Afghan, Syrian, Pakistani, Moroccan...), children among them, suspects from the region, fees
 * per leg, and two changes planted in the last weeks for the early warnings to find: Serbia's
 * cases through Gradina – Kalotina treble, and cases recruited online for forced criminality
 * appear in Serbia and in Bosnia and Herzegovina, a method neither had seen; and the screenings of
 * the reception centres over the same two years (screenings.ts). Seeded, so every
 * demo has the same history. Names are made up from common names of each nationality.
 */
import { type Jurisdiction, seededRandom } from '@veza/core';
import { sql } from 'drizzle-orm';
import { asSystem } from '../access/transaction.ts';
import type { Database } from '../db/connection.ts';
import { agencies, caseRoles, cases, personNameKeys, personNames, persons, routeLegs } from '../db/schema.ts';
import { personParts } from '../features/persons/index.ts';
import { seedScreeningHistory } from './screenings.ts';

interface LegPlan {
  readonly from: string;
  readonly to: string;
  readonly crossings: readonly string[];
  readonly fee: readonly [number, number];
}

/** Each jurisdiction's legs, the most seen first, and its weekly cases at the season's low. */
const ROUTES: Record<Exclude<Jurisdiction, 'REG'>, { weekly: number; legs: LegPlan[] }> = {
  RS: {
    weekly: 9,
    legs: [
      { from: 'MK', to: 'RS', crossings: ['mk-rs-tabanovce-presevo'], fee: [300, 800] },
      { from: 'RS', to: 'HU', crossings: ['rs-hu-horgos-roszke', 'rs-hu-kelebija-tompa'], fee: [1500, 4000] },
      {
        from: 'RS',
        to: 'HR',
        crossings: ['rs-hr-batrovci-bajakovo', 'rs-hr-sid-tovarnik'],
        fee: [1000, 2500],
      },
      {
        from: 'RS',
        to: 'BA',
        crossings: ['rs-ba-sremska-raca', 'rs-ba-mali-zvornik-zvornik'],
        fee: [400, 1200],
      },
      { from: 'BG', to: 'RS', crossings: ['rs-bg-gradina-kalotina'], fee: [500, 1500] },
    ],
  },
  BA: {
    weekly: 6,
    legs: [
      {
        from: 'RS',
        to: 'BA',
        crossings: ['rs-ba-mali-zvornik-zvornik', 'rs-ba-sremska-raca'],
        fee: [400, 1200],
      },
      {
        from: 'ME',
        to: 'BA',
        crossings: ['ba-me-hum-scepan-polje', 'ba-me-klobuk-vracenovici'],
        fee: [300, 900],
      },
      {
        from: 'BA',
        to: 'HR',
        crossings: ['ba-hr-velika-kladusa-maljevac', 'ba-hr-izacic-licko-petrovo-selo', 'ba-hr-gradiska'],
        fee: [1500, 3500],
      },
    ],
  },
  MK: {
    weekly: 6,
    legs: [
      {
        from: 'GR',
        to: 'MK',
        crossings: ['mk-gr-bogorodica-evzoni', 'mk-gr-medzitlija-niki'],
        fee: [500, 1500],
      },
      { from: 'MK', to: 'RS', crossings: ['mk-rs-tabanovce-presevo'], fee: [300, 800] },
      { from: 'MK', to: 'XK', crossings: ['mk-xk-blace-hani-i-elezit'], fee: [200, 600] },
    ],
  },
  AL: {
    weekly: 4,
    legs: [
      {
        from: 'GR',
        to: 'AL',
        crossings: ['al-gr-kakavije-kakavia', 'al-gr-kapshtice-krystallopigi'],
        fee: [400, 1200],
      },
      {
        from: 'AL',
        to: 'ME',
        crossings: ['al-me-hani-i-hotit-bozaj', 'al-me-muriqan-sukobin'],
        fee: [300, 1000],
      },
      { from: 'AL', to: 'XK', crossings: ['al-xk-morine-vermice'], fee: [200, 600] },
    ],
  },
  ME: {
    weekly: 4,
    legs: [
      {
        from: 'AL',
        to: 'ME',
        crossings: ['al-me-hani-i-hotit-bozaj', 'al-me-muriqan-sukobin'],
        fee: [300, 1000],
      },
      {
        from: 'ME',
        to: 'BA',
        crossings: ['ba-me-hum-scepan-polje', 'ba-me-klobuk-vracenovici'],
        fee: [300, 900],
      },
      { from: 'ME', to: 'HR', crossings: ['me-hr-debeli-brijeg-karasovici'], fee: [1000, 2500] },
    ],
  },
  XK: {
    weekly: 3,
    legs: [
      { from: 'AL', to: 'XK', crossings: ['al-xk-morine-vermice'], fee: [200, 600] },
      { from: 'XK', to: 'RS', crossings: ['rs-xk-jarinje', 'rs-xk-merdare'], fee: [300, 900] },
      { from: 'MK', to: 'XK', crossings: ['mk-xk-blace-hani-i-elezit'], fee: [200, 600] },
    ],
  },
};

const FLOWS: [string, number, string[], string[]][] = [
  [
    'AF',
    30,
    ['Ahmad', 'Mohammad', 'Ali', 'Zahra', 'Fatima', 'Hamid', 'Sadia'],
    ['Rahimi', 'Ahmadi', 'Karimi', 'Hakimi'],
  ],
  [
    'SY',
    20,
    ['Omar', 'Khaled', 'Rania', 'Lina', 'Yousef', 'Hassan'],
    ['Haddad', 'Al-Khatib', 'Shami', 'Nasser'],
  ],
  ['PK', 12, ['Imran', 'Bilal', 'Usman', 'Ayesha', 'Hamza'], ['Khan', 'Butt', 'Qureshi', 'Malik']],
  ['MA', 8, ['Youssef', 'Mehdi', 'Amine', 'Salma'], ['El Amrani', 'Benali', 'Idrissi']],
  ['BD', 6, ['Rahim', 'Karim', 'Sumon', 'Nasrin'], ['Hossain', 'Rahman', 'Uddin']],
  ['IQ', 5, ['Ahmed', 'Mustafa', 'Noor', 'Zainab'], ['Al-Jubouri', 'Hussein', 'Kareem']],
  ['TR', 5, ['Mehmet', 'Emre', 'Ayşe', 'Deniz'], ['Yılmaz', 'Kaya', 'Demir']],
  ['EG', 3, ['Mahmoud', 'Mostafa', 'Heba'], ['Farouk', 'Saleh', 'Mansour']],
  ['IN', 3, ['Rahul', 'Amit', 'Priya'], ['Singh', 'Kumar', 'Sharma']],
];

/** Trafficking victims from the region itself, and the suspects. */
const LOCALS: Record<string, [string[], string[]]> = {
  AL: [
    ['Arben', 'Elira', 'Gentian', 'Besa'],
    ['Hoxha', 'Shehu', 'Leka'],
  ],
  XK: [
    ['Driton', 'Arta', 'Valon', 'Blerta'],
    ['Krasniqi', 'Gashi', 'Berisha'],
  ],
  RS: [
    ['Marko', 'Jelena', 'Nikola', 'Milica'],
    ['Jovanović', 'Petrović', 'Nikolić'],
  ],
  BA: [
    ['Emir', 'Amra', 'Adnan', 'Lejla'],
    ['Hodžić', 'Kovačević', 'Hadžić'],
  ],
  ME: [
    ['Milo', 'Ana', 'Vuk', 'Maja'],
    ['Vujović', 'Popović', 'Đukanović'],
  ],
  MK: [
    ['Goran', 'Elena', 'Aleksandar', 'Marija'],
    ['Stojanovski', 'Trajkovski', 'Petrovska'],
  ],
};

const PLANTED_MO = 'online_recruitment';
const BREAK_CROSSING = 'rs-bg-gradina-kalotina';

/** Writes the history; returns how many cases. Marked demo, as the rest of the demo records. */
export async function seedDemoHistory(
  database: Database,
  now: Date = new Date(),
  weeks = 104,
): Promise<number> {
  const random = seededRandom(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k++;
    return k;
  };
  const weighted = () => {
    let r = random() * FLOWS.reduce((s, f) => s + f[1], 0);
    for (const f of FLOWS) {
      r -= f[1];
      if (r < 0) return f;
    }
    return FLOWS[0]!;
  };
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(now.getTime() - weeks * 7 * 86_400_000);
  let total = 0;
  await asSystem(database, async (tx) => {
    for (const [jurisdiction, plan] of Object.entries(ROUTES) as [
      keyof typeof ROUTES,
      (typeof ROUTES)['RS'],
    ][]) {
      const [agency] = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(sql`jurisdiction = ${jurisdiction} and type = 'border_police'`)
        .limit(1);
      const agencyId =
        agency?.id ??
        (
          await tx
            .select({ id: agencies.id })
            .from(agencies)
            .where(sql`jurisdiction = ${jurisdiction}`)
            .limit(1)
        )[0]!.id;
      const caseRows: (typeof cases.$inferInsert)[] = [];
      const people: {
        caseIndex: number;
        person: typeof persons.$inferInsert;
        names: ReturnType<typeof personParts>;
        role: string;
      }[] = [];
      const legs: { caseIndex: number; leg: Omit<typeof routeLegs.$inferInsert, 'caseId'> }[] = [];
      for (let w = 0; w < weeks; w++) {
        const monday = new Date(start.getTime() + w * 7 * 86_400_000);
        // Summer and early autumn see the most movement.
        const season = 1 + 0.6 * Math.max(0, Math.sin(((monday.getUTCMonth() - 3) / 12) * 2 * Math.PI));
        const recent = weeks - w <= 6;
        const n = poisson(plan.weekly * season);
        const extra = jurisdiction === 'RS' && recent ? poisson(8) : 0;
        for (let c = 0; c < n + extra; c++) {
          const opened = new Date(monday.getTime() + Math.floor(random() * 7) * 86_400_000);
          if (opened > now) continue;
          const surge = c >= n;
          const type = random() < 0.7 ? 'smuggling' : random() < 0.66 ? 'trafficking' : 'both';
          const planted = (jurisdiction === 'RS' || jurisdiction === 'BA') && weeks - w <= 3 && c === 0;
          const mo = [
            ...(random() < 0.5
              ? [pick(['concealment_in_vehicle', 'foot_crossing_guided', 'taxi_relay', 'safe_house'])]
              : []),
            ...(type !== 'smuggling' && random() < 0.4
              ? [pick(['fake_job_offer', 'debt_bondage', 'marriage_or_romance'])]
              : []),
            ...(planted ? [PLANTED_MO] : []),
          ];
          const index = caseRows.length;
          caseRows.push({
            jurisdiction,
            isDemo: true,
            agencyId,
            reference: `${jurisdiction}-H${day(opened).slice(0, 4)}-${String(index + 1).padStart(4, '0')}`,
            type,
            status: random() < 0.6 ? 'closed' : 'open',
            openedOn: day(opened),
            title: `${type === 'smuggling' ? 'Smuggling' : 'Trafficking'} case ${index + 1} (demo history)`,
            modusOperandi: [...new Set(mo)],
            exploitationTypes:
              type === 'smuggling'
                ? []
                : planted
                  ? ['ForcedCriminality']
                  : [pick(['SexualExploitation', 'ForcedLabour', 'ForcedLabour', 'ForcedBegging'])],
            sourceKey: `demo-history-${jurisdiction}-${index}`,
          });
          const leg = surge ? plan.legs.find((l) => l.crossings.includes(BREAK_CROSSING))! : pick(plan.legs);
          const crossing = surge ? BREAK_CROSSING : pick(leg.crossings);
          legs.push({
            caseIndex: index,
            leg: {
              jurisdiction,
              isDemo: true,
              position: 1,
              fromCountry: leg.from,
              toCountry: leg.to,
              crossingId: crossing,
              departedOn: day(opened),
              transportMode: pick(['foot', 'foot', 'car', 'van', 'truck', 'taxi']),
              feeAmount: Math.round(leg.fee[0] + random() * (leg.fee[1] - leg.fee[0])),
              feeCurrency: 'EUR',
            },
          });
          const moved = 1 + poisson(type === 'smuggling' ? 2.5 : 0.8);
          for (let p = 0; p < moved; p++) {
            const local = type !== 'smuggling' && random() < 0.5;
            const [nationality, , given, family] = local
              ? [jurisdiction, 0, LOCALS[jurisdiction]![0], LOCALS[jurisdiction]![1]]
              : weighted();
            const child = random() < 0.12;
            const age = child ? 10 + Math.floor(random() * 8) : 18 + Math.floor(random() * 30);
            const sex =
              type === 'smuggling'
                ? random() < 0.8
                  ? 'male'
                  : 'female'
                : random() < 0.6
                  ? 'female'
                  : 'male';
            people.push(
              personRow(
                jurisdiction,
                agencyId,
                `${pick(given)} ${pick(given)}`,
                pick(family),
                sex,
                opened.getUTCFullYear() - age,
                nationality,
                index,
                type === 'smuggling' ? 'smuggled_migrant' : 'victim',
                random(),
              ),
            );
          }
          if (random() < 0.7) {
            const [given, family] = LOCALS[pick(['AL', 'XK', 'RS', 'BA', 'ME', 'MK'])]!;
            people.push(
              personRow(
                jurisdiction,
                agencyId,
                `${pick(given)} ${pick(given)}`,
                pick(family),
                'male',
                opened.getUTCFullYear() - 25 - Math.floor(random() * 25),
                jurisdiction,
                index,
                'suspect',
                random(),
              ),
            );
          }
        }
      }
      // Written in batches: a few thousand rows per jurisdiction.
      const caseIds: string[] = [];
      for (let i = 0; i < caseRows.length; i += 500) {
        const inserted = await tx
          .insert(cases)
          .values(caseRows.slice(i, i + 500))
          .returning({ id: cases.id });
        caseIds.push(...inserted.map((r) => r.id));
      }
      for (let i = 0; i < legs.length; i += 500)
        await tx
          .insert(routeLegs)
          .values(legs.slice(i, i + 500).map((l) => ({ ...l.leg, caseId: caseIds[l.caseIndex]! })));
      for (let i = 0; i < people.length; i += 400) {
        const batch = people.slice(i, i + 400);
        const ids = await tx
          .insert(persons)
          .values(batch.map((p) => p.person))
          .returning({ id: persons.id });
        await tx
          .insert(personNames)
          .values(
            batch.flatMap((p, k) => p.names.names.map((n) => ({ ...n, personId: ids[k]!.id, jurisdiction }))),
          );
        await tx
          .insert(personNameKeys)
          .values(
            batch.flatMap((p, k) =>
              p.names.keys.map((key) => ({ ...key, personId: ids[k]!.id, jurisdiction })),
            ),
          );
        await tx.insert(caseRoles).values(
          batch.map((p, k) => ({
            jurisdiction,
            isDemo: true,
            caseId: caseIds[p.caseIndex]!,
            personId: ids[k]!.id,
            role: p.role,
          })),
        );
      }
      total += caseRows.length;
    }
  });
  // Screenings in the reception centres over the same weeks: about as many as cases are opened.
  await seedScreeningHistory(
    database,
    Object.fromEntries(Object.entries(ROUTES).map(([j, plan]) => [j, plan.weekly * 1.2])),
    now,
    weeks,
  );
  return total;
}

function personRow(
  jurisdiction: string,
  agencyId: string,
  given: string,
  family: string,
  sex: string,
  birthYear: number,
  nationality: string,
  caseIndex: number,
  role: string,
  /** A number in [0, 1) that places the birthday in the year. */
  dayOf: number,
) {
  // A full birth date: namesakes are many on the route, the same name and birthday few.
  const birthDate = `${birthYear}-${String(1 + Math.floor(dayOf * 12)).padStart(2, '0')}-${String(1 + Math.floor(((dayOf * 12) % 1) * 28)).padStart(2, '0')}`;
  const names = personParts(jurisdiction, {
    names: [{ givenNames: given, familyNames: family, kind: 'recorded' }],
    sex: sex as never,
    birthDate,
    birthDatePresumed: false,
    nationalities: [nationality as never],
    documents: [],
    phones: [],
    socialHandles: [],
    notes: null,
    handlingCode: 'H0',
  });
  return {
    caseIndex,
    role,
    names,
    person: {
      jurisdiction,
      isDemo: true,
      agencyId,
      displayName: `${given} ${family}`,
      sex,
      birthDate,
      birthYear,
      nationalities: [nationality],
    },
  };
}
