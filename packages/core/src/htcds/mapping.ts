/**
 * The Human Trafficking Case Data Standard (HTCDS 2.0, IOM, UNMigration/HTCDS) as Veza writes and reads
 * it. Field names are the standard's (cas_, prs_, vic_, per_, hte_); what the standard cannot hold
 * travels in an "x_veza" extension block, so that a round trip through HTCDS loses nothing.
 * docs/htcds.md describes the mapping field by field.
 */
import { z } from 'zod';
import type { CaseStatus } from '../model/case.ts';
import type { BundlePerson, CaseBundle } from './bundle.ts';

export const HTCDS_VERSION = '2.0';

/** cas_Status: HTCDS has Active, FollowUp, Closed, ClosedReferred. */
const CASE_STATUS_TO_HTCDS: Record<CaseStatus, string> = {
  open: 'Active',
  under_investigation: 'Active',
  prosecuted: 'FollowUp',
  closed: 'Closed',
};

/** prs_Gender. */
const SEX_TO_HTCDS = {
  male: 'Male',
  female: 'Female',
  non_conforming: 'Transgender/NonConforming',
  unknown: 'Unknown',
} as const;
const SEX_FROM_HTCDS: Record<string, BundlePerson['sex']> = Object.fromEntries(
  Object.entries(SEX_TO_HTCDS).map(([veza, htcds]) => [htcds, veza as BundlePerson['sex']]),
);

/** vic_TypeOfExploitation holds ForcedLabour, SexualExploitation, Both, Other. */
function typeOfExploitation(types: string[]): string | null {
  const labour = types.includes('ForcedLabour');
  const sexual = types.includes('SexualExploitation');
  if (labour && sexual) return 'Both';
  if (labour) return 'ForcedLabour';
  if (sexual) return 'SexualExploitation';
  return types.length ? 'Other' : null;
}

const VICTIM_ROLES = new Set(['victim', 'presumed_victim']);

export const HtcdsPerson = z.object({
  prs_FirstName: z.string(),
  prs_SecondName: z.string(),
  prs_Birthdate: z.string().nullable(),
  prs_Gender: z.string(),
  prs_Nationality: z.string().nullable(),
  prs_MobilePhone: z.string().nullable(),
  vic_TraffickingStatus: z.string().nullable(),
  vic_TypeOfExploitation: z.string().nullable(),
  per_RoleInProcess: z.array(z.string()),
  per_RoleDetails: z.string().nullable(),
  x_veza: z.record(z.string(), z.unknown()),
});
export type HtcdsPerson = z.infer<typeof HtcdsPerson>;

export const HtcdsEvent = z.object({
  hte_Type: z.string(),
  hte_Date: z.string().nullable(),
  hte_City: z.string().nullable(),
  hte_Country: z.string().nullable(),
  hte_Latitude: z.number().nullable(),
  hte_Longitude: z.number().nullable(),
  hte_Description: z.string().nullable(),
  x_veza: z.record(z.string(), z.unknown()),
});

export const HtcdsCase = z.object({
  cas_CaseId: z.string(),
  cas_Status: z.string(),
  cas_CaseComment: z.string().nullable(),
  persons: z.array(HtcdsPerson),
  historicTraffickingEvents: z.array(HtcdsEvent),
  x_veza: z.record(z.string(), z.unknown()),
});
export type HtcdsCase = z.infer<typeof HtcdsCase>;

export const HtcdsDocument = z.object({
  standard: z.literal('HTCDS'),
  version: z.string(),
  cases: z.array(HtcdsCase),
});
export type HtcdsDocument = z.infer<typeof HtcdsDocument>;

/** The person's first recorded name: what prs_FirstName and prs_SecondName hold. */
function primaryName(person: BundlePerson) {
  return person.names.find((n) => n.kind === 'recorded') ?? person.names[0]!;
}

export function toHtcds(bundle: CaseBundle): HtcdsCase {
  return {
    cas_CaseId: bundle.reference,
    cas_Status: CASE_STATUS_TO_HTCDS[bundle.case.status],
    cas_CaseComment: bundle.case.summary ?? null,
    persons: bundle.people.map((p) => {
      const name = primaryName(p);
      const { key, role, perpetratorRoles, roleDetails, ...rest } = p;
      return {
        prs_FirstName: name.givenNames,
        prs_SecondName: name.familyNames,
        prs_Birthdate: p.birthDate ?? null,
        prs_Gender: SEX_TO_HTCDS[p.sex],
        prs_Nationality: p.nationalities[0] ?? null,
        prs_MobilePhone: p.phones[0] ?? null,
        vic_TraffickingStatus:
          role === 'victim'
            ? 'ActualVictimOfTrafficking'
            : role === 'presumed_victim'
              ? 'PossibleVictimOfTrafficking'
              : null,
        vic_TypeOfExploitation: VICTIM_ROLES.has(role)
          ? typeOfExploitation(bundle.case.exploitationTypes)
          : null,
        per_RoleInProcess: perpetratorRoles,
        per_RoleDetails: roleDetails ?? null,
        // Everything of the person the standard has no field for, and the Veza role itself.
        x_veza: { key, role, ...rest },
      };
    }),
    historicTraffickingEvents: bundle.events.map((e) => ({
      hte_Type: e.type,
      hte_Date: e.date ?? null,
      hte_City: e.place ?? null,
      hte_Country: e.country ?? null,
      hte_Latitude: e.latitude ?? null,
      hte_Longitude: e.longitude ?? null,
      hte_Description: e.description ?? null,
      x_veza: { personKey: e.personKey ?? null },
    })),
    x_veza: {
      jurisdiction: bundle.jurisdiction,
      case: bundle.case,
      vehicles: bundle.vehicles,
      route: bundle.route,
    },
  };
}

export function fromHtcds(document: HtcdsCase): CaseBundle {
  const ext = document.x_veza as {
    jurisdiction?: string;
    case?: CaseBundle['case'];
    vehicles?: CaseBundle['vehicles'];
    route?: CaseBundle['route'];
  };
  const status: CaseStatus =
    document.cas_Status === 'Closed' || document.cas_Status === 'ClosedReferred' ? 'closed' : 'open';
  return {
    reference: document.cas_CaseId,
    jurisdiction: ext.jurisdiction ?? 'REG',
    // A file from another system has no Veza block: the standard's fields make a minimal case.
    case: ext.case ?? {
      type: 'trafficking',
      status,
      openedOn: new Date().toISOString().slice(0, 10),
      title: `HTCDS case ${document.cas_CaseId}`,
      summary: document.cas_CaseComment,
      handlingCode: 'H0',
      modusOperandi: [],
      exploitationTypes: [],
    },
    people: document.persons.map((p, i) => {
      const ext = p.x_veza as Partial<BundlePerson>;
      if (ext.key && ext.names)
        return {
          ...(ext as BundlePerson),
          perpetratorRoles: p.per_RoleInProcess as BundlePerson['perpetratorRoles'],
          roleDetails: p.per_RoleDetails,
        };
      return {
        key: `person-${i + 1}`,
        names: [{ givenNames: p.prs_FirstName, familyNames: p.prs_SecondName, kind: 'recorded' }],
        sex: SEX_FROM_HTCDS[p.prs_Gender] ?? 'unknown',
        birthDate: p.prs_Birthdate,
        birthDatePresumed: false,
        nationalities: p.prs_Nationality ? [p.prs_Nationality] : [],
        documents: [],
        phones: p.prs_MobilePhone ? [p.prs_MobilePhone] : [],
        socialHandles: [],
        notes: null,
        handlingCode: 'H0',
        role:
          p.vic_TraffickingStatus === 'ActualVictimOfTrafficking'
            ? 'victim'
            : p.vic_TraffickingStatus === 'PossibleVictimOfTrafficking'
              ? 'presumed_victim'
              : p.per_RoleInProcess.length
                ? 'suspect'
                : 'witness',
        perpetratorRoles: p.per_RoleInProcess as BundlePerson['perpetratorRoles'],
        roleDetails: p.per_RoleDetails,
      } as BundlePerson;
    }),
    vehicles: ext.vehicles ?? [],
    route: ext.route ?? [],
    events: document.historicTraffickingEvents.map((e) => ({
      type: e.hte_Type as 'Recruitment' | 'Transit' | 'Exploitation',
      date: e.hte_Date,
      place: e.hte_City,
      country: e.hte_Country as never,
      latitude: e.hte_Latitude,
      longitude: e.hte_Longitude,
      description: e.hte_Description,
      personKey: ((e.x_veza as { personKey?: string | null }).personKey ?? null) as string | null,
    })),
  };
}

/** A cell safe to open in a spreadsheet: a leading = + - @ or tab would be read as a formula. */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** HTCDS as CSV: one row per person, the case's fields repeated, extensions as JSON. */
export function htcdsCsv(cases: HtcdsCase[]): string {
  const header = [
    'cas_CaseId',
    'cas_Status',
    'cas_CaseComment',
    'prs_FirstName',
    'prs_SecondName',
    'prs_Birthdate',
    'prs_Gender',
    'prs_Nationality',
    'prs_MobilePhone',
    'vic_TraffickingStatus',
    'vic_TypeOfExploitation',
    'per_RoleInProcess',
    'per_RoleDetails',
    'x_veza_person',
    'x_veza_case',
  ];
  const cell = (v: unknown) => {
    const text = spreadsheetSafe(
      v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v),
    );
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = cases.flatMap((c) =>
    (c.persons.length ? c.persons : [null]).map((p) =>
      [
        c.cas_CaseId,
        c.cas_Status,
        c.cas_CaseComment,
        p?.prs_FirstName,
        p?.prs_SecondName,
        p?.prs_Birthdate,
        p?.prs_Gender,
        p?.prs_Nationality,
        p?.prs_MobilePhone,
        p?.vic_TraffickingStatus,
        p?.vic_TypeOfExploitation,
        p?.per_RoleInProcess.join(';'),
        p?.per_RoleDetails,
        p?.x_veza,
        { ...c.x_veza, historicTraffickingEvents: c.historicTraffickingEvents },
      ]
        .map(cell)
        .join(','),
    ),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A cell as written by htcdsCsv, with the quote that kept it from being a formula taken off again. */
function unsafeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** HTCDS cases back from the rows of htcdsCsv (header names as keys): the inverse of htcdsCsv. */
export function htcdsFromCsvRows(rows: Record<string, string>[]): HtcdsCase[] {
  const byCase = new Map<string, HtcdsCase>();
  const text = (row: Record<string, string>, key: string) => {
    const v = unsafeCell(row[key] ?? '');
    return v === '' ? null : v;
  };
  const json = (row: Record<string, string>, key: string) => {
    const v = text(row, key);
    return v ? (JSON.parse(v) as Record<string, unknown>) : {};
  };
  for (const row of rows) {
    const id = text(row, 'cas_CaseId') ?? '';
    let c = byCase.get(id);
    if (!c) {
      const { historicTraffickingEvents, ...ext } = json(row, 'x_veza_case') as {
        historicTraffickingEvents?: HtcdsCase['historicTraffickingEvents'];
      };
      c = {
        cas_CaseId: id,
        cas_Status: text(row, 'cas_Status') ?? '',
        cas_CaseComment: text(row, 'cas_CaseComment'),
        persons: [],
        historicTraffickingEvents: historicTraffickingEvents ?? [],
        x_veza: ext,
      };
      byCase.set(id, c);
    }
    if (
      text(row, 'prs_FirstName') !== null ||
      text(row, 'prs_SecondName') !== null ||
      text(row, 'x_veza_person') !== null
    ) {
      c.persons.push({
        prs_FirstName: text(row, 'prs_FirstName') ?? '',
        prs_SecondName: text(row, 'prs_SecondName') ?? '',
        prs_Birthdate: text(row, 'prs_Birthdate'),
        prs_Gender: text(row, 'prs_Gender') ?? 'Unknown',
        prs_Nationality: text(row, 'prs_Nationality'),
        prs_MobilePhone: text(row, 'prs_MobilePhone'),
        vic_TraffickingStatus: text(row, 'vic_TraffickingStatus'),
        vic_TypeOfExploitation: text(row, 'vic_TypeOfExploitation'),
        per_RoleInProcess: (text(row, 'per_RoleInProcess') ?? '').split(';').filter(Boolean),
        per_RoleDetails: text(row, 'per_RoleDetails'),
        x_veza: json(row, 'x_veza_person'),
      });
    }
  }
  return [...byCase.values()];
}
