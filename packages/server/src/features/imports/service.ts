/**
 * Importing persons from a spreadsheet: every row checked first, with a report naming each rejected
 * row and why; all or nothing unless bad rows may be skipped; idempotent by the source key; rows
 * written in batches with multi-row statements, with progress, and cancellable until it commits.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  type HandlingCode,
  type ImportMapping,
  importDate,
  importSex,
  PersonInput,
  strictestHandlingCode,
} from '@veza/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { investigationPolicy } from '../../access/policies/investigation.ts';
import { authorize } from '../../access/policy.ts';
import { type PreparedStatement, runPrepared } from '../../db/connection.ts';
import { caseRoles, persons } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { caseFor } from '../cases/index.ts';
import { personParts } from '../persons/index.ts';
import type { Table } from './read.ts';

export interface RejectedRow {
  line: number;
  sourceKey: string | null;
  problems: string[];
}

export interface ImportReport {
  rows: number;
  valid: number;
  rejected: RejectedRow[];
  /** Rows whose source key was imported before: left as they are. */
  alreadyImported: number;
  created: number;
  outcome: 'imported' | 'dry_run' | 'refused' | 'cancelled';
  /** Rows imported with something kept as written that Veza could not read (a phone it cannot place). */
  warnings: { line: number; messages: string[] }[];
  /** The case the imported persons were put in, and how many of them. */
  attachedTo?: { caseId: string; reference: string; role: string; persons: number };
}

export interface ImportOptions {
  dryRun?: boolean;
  skipBad?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  batchSize?: number;
}

type Parts = ReturnType<typeof personParts>;

/** One row as the PersonInput it stands for, or the problems that keep it out, in words. */
export function rowToPerson(
  values: Record<string, string>,
  mapping: ImportMapping,
  jurisdiction: string,
): { parts: Parts } | { problems: string[] } {
  const col = (name: keyof ImportMapping['columns']) => {
    const header = mapping.columns[name];
    return header ? (values[header] ?? '') : '';
  };
  const names: { givenNames: string; familyNames: string; kind: 'recorded' | 'alias' }[] = [
    { givenNames: col('givenNames'), familyNames: col('familyNames'), kind: 'recorded' },
  ];
  if (col('alias')) names.push({ givenNames: '', familyNames: col('alias'), kind: 'alias' });
  const documentNumber = col('documentNumber');
  const input = {
    names,
    sex: col('sex') ? importSex(col('sex')) : 'unknown',
    birthDate: col('birthDate') ? importDate(col('birthDate'), mapping.dateFormat) : null,
    birthDatePresumed: false,
    nationalities: col('nationality')
      ? col('nationality')
          .split(/[;,/]/)
          .map((n) => n.trim())
          .filter(Boolean)
      : [],
    documents: documentNumber
      ? [
          {
            type: col('documentType') || mapping.constants.documentType || 'other',
            number: documentNumber,
            issuingCountry: col('documentCountry') || null,
          },
        ]
      : [],
    phones: col('phone')
      ? col('phone')
          .split(/[;,]/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [],
    socialHandles: [],
    notes: col('notes') || null,
    handlingCode: mapping.constants.handlingCode ?? 'H0',
  };
  const parsed = PersonInput.safeParse(input);
  if (!parsed.success) {
    // Each problem names the file's column and the value in it, as the file writes it.
    return {
      problems: parsed.error.issues.map((i) => {
        const column = columnOf(i.path, mapping);
        const value = values[column];
        return value !== undefined && value !== ''
          ? `${column}: "${value}": ${i.message}`
          : `${column}: ${i.message}`;
      }),
    };
  }
  try {
    return { parts: personParts(jurisdiction, parsed.data, { keepUnplacedPhones: true }) };
  } catch (error) {
    if (error instanceof AppError)
      return { problems: [`${mapping.columns.phone ?? 'phone'}: ${error.message}`] };
    throw error;
  }
}

/** A row's identity when the file has no identifier column: a hash of its values, in the file's column order. */
function rowKey(headers: readonly string[], values: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const h of headers) hash.update(`${(values[h] ?? '').trim()}\u001f`);
  return `row:${hash.digest('hex').slice(0, 24)}`;
}

/** The file's column that a problem with a Veza field comes from. */
function columnOf(path: PropertyKey[], mapping: ImportMapping): string {
  const [field, , sub] = path.map(String);
  const c = mapping.columns;
  const byField: Record<string, string | undefined> = {
    names: sub === 'familyNames' ? c.familyNames : c.givenNames,
    sex: c.sex,
    birthDate: c.birthDate,
    nationalities: c.nationality,
    phones: c.phone,
    documents:
      sub === 'issuingCountry' ? c.documentCountry : sub === 'type' ? c.documentType : c.documentNumber,
    notes: c.notes,
  };
  return byField[field ?? ''] ?? field ?? 'row';
}

const INSERT_PERSONS: PreparedStatement = {
  name: 'veza_import_persons',
  text: `insert into persons (id, jurisdiction, handling_code, created_by, created_at, updated_by, updated_at, agency_id,
      display_name, sex, birth_date, birth_year, birth_date_presumed, nationalities, notes, source_key)
    select t.id, $1, t.hc, $2, $3::timestamptz, $2, $3::timestamptz, $4, t.dn, t.sex, t.bd, t.by, t.bp,
      case when t.nat = '' then '{}'::text[] else string_to_array(t.nat, ',') end, t.notes, t.sk
    from unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::bool[], $12::text[], $13::text[], $14::text[])
      as t(id, hc, dn, sex, bd, by, bp, nat, notes, sk)`,
};
const INSERT_NAMES: PreparedStatement = {
  name: 'veza_import_person_names',
  text: `insert into person_names (jurisdiction, person_id, position, kind, given_names, family_names, script)
    select $1, t.pid, t.pos, t.kind, t.given, t.family, t.script
    from unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) as t(pid, pos, kind, given, family, script)`,
};
const INSERT_KEYS: PreparedStatement = {
  name: 'veza_import_person_name_keys',
  text: `insert into person_name_keys (jurisdiction, person_id, plain, "cross", skeleton)
    select $1, t.pid, t.plain, t.cross_key, t.skeleton from unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) as t(pid, plain, cross_key, skeleton)`,
};
const INSERT_PHONES: PreparedStatement = {
  name: 'veza_import_person_phones',
  text: `insert into person_phones (jurisdiction, person_id, e164, original)
    select $1, t.pid, t.e164, t.original from unnest($2::uuid[], $3::text[], $4::text[]) as t(pid, e164, original)`,
};
const INSERT_DOCUMENTS: PreparedStatement = {
  name: 'veza_import_person_documents',
  text: `insert into person_documents (jurisdiction, person_id, type, number_normalised, number_original, issuing_country, expires_on)
    select $1, t.pid, t.type, t.num, t.orig, t.country, t.expires
    from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as t(pid, type, num, orig, country, expires)`,
};

async function insertBatch(ctx: ActorContext, batch: { id: string; sourceKey: string; parts: Parts }[]) {
  const j = ctx.actor.jurisdiction;
  const p = batch.map((b) => b.parts.person);
  await runPrepared(ctx.tx, INSERT_PERSONS, [
    j,
    ctx.actor.userId,
    ctx.now.toISOString(),
    ctx.actor.agencyId,
    batch.map((b) => b.id),
    p.map((x) => x.handlingCode),
    p.map((x) => x.displayName),
    p.map((x) => x.sex),
    p.map((x) => x.birthDate),
    p.map((x) => x.birthYear),
    p.map((x) => x.birthDatePresumed),
    p.map((x) => x.nationalities.join(',')),
    p.map((x) => x.notes),
    batch.map((b) => b.sourceKey),
  ]);
  const names = batch.flatMap((b) => b.parts.names.map((n) => ({ pid: b.id, ...n })));
  await runPrepared(ctx.tx, INSERT_NAMES, [
    j,
    names.map((n) => n.pid),
    names.map((n) => n.position),
    names.map((n) => n.kind),
    names.map((n) => n.givenNames),
    names.map((n) => n.familyNames),
    names.map((n) => n.script),
  ]);
  const keys = batch.flatMap((b) => b.parts.keys.map((k) => ({ pid: b.id, ...k })));
  if (keys.length) {
    await runPrepared(ctx.tx, INSERT_KEYS, [
      j,
      keys.map((k) => k.pid),
      keys.map((k) => k.plain),
      keys.map((k) => k.cross),
      keys.map((k) => k.skeleton),
    ]);
  }
  const phones = batch.flatMap((b) => b.parts.phones.map((ph) => ({ pid: b.id, ...ph })));
  if (phones.length) {
    await runPrepared(ctx.tx, INSERT_PHONES, [
      j,
      phones.map((x) => x.pid),
      phones.map((x) => x.e164),
      phones.map((x) => x.original),
    ]);
  }
  const docs = batch.flatMap((b) => b.parts.documents.map((d) => ({ pid: b.id, ...d })));
  if (docs.length) {
    await runPrepared(ctx.tx, INSERT_DOCUMENTS, [
      j,
      docs.map((d) => d.pid),
      docs.map((d) => d.type),
      docs.map((d) => d.numberNormalised),
      docs.map((d) => d.numberOriginal),
      docs.map((d) => d.issuingCountry),
      docs.map((d) => d.expiresOn),
    ]);
  }
}

export async function importPersons(
  ctx: ActorContext,
  table: Table,
  mapping: ImportMapping,
  options: ImportOptions = {},
): Promise<ImportReport> {
  authorize(investigationPolicy, ctx.actor, 'create', { jurisdiction: ctx.actor.jurisdiction }, 'Person');
  const missing = [mapping.sourceKey, ...Object.values(mapping.columns)].filter(
    (c): c is string => Boolean(c) && !table.headers.includes(c!),
  );
  if (missing.length) {
    throw new AppError(
      'validation',
      `the file has no column ${missing.map((m) => `"${m}"`).join(', ')}; its columns are ${table.headers.join(', ')}`,
      {
        field: 'mapping',
      },
    );
  }

  // Persons put in a case take its handling code when it is stricter, as the case's parts do.
  const target = mapping.attach ? await caseFor(ctx, mapping.attach.caseId, 'update') : null;
  if (target)
    mapping = {
      ...mapping,
      constants: {
        ...mapping.constants,
        handlingCode: strictestHandlingCode([
          (mapping.constants.handlingCode ?? 'H0') as HandlingCode,
          target.handlingCode as HandlingCode,
        ]),
      },
    };
  const rejected: RejectedRow[] = [];
  const warnings: ImportReport['warnings'] = [];
  const good: { line: number; sourceKey: string; parts: Parts }[] = [];
  const firstLineOfKey = new Map<string, number>();
  const keyColumn = mapping.sourceKey;
  for (const row of table.rows) {
    const sourceKey = keyColumn ? (row.values[keyColumn] ?? '') : rowKey(table.headers, row.values);
    const problems: string[] = [];
    const named = keyColumn ?? 'row';
    if (!sourceKey) problems.push(`${named}: empty; every row needs its source key`);
    else if (firstLineOfKey.has(sourceKey))
      problems.push(
        keyColumn
          ? `${named}: "${sourceKey}" is also on line ${firstLineOfKey.get(sourceKey)}`
          : `row: the same as line ${firstLineOfKey.get(sourceKey)}`,
      );
    else firstLineOfKey.set(sourceKey, row.line);
    const result = rowToPerson(row.values, mapping, ctx.actor.jurisdiction);
    if ('problems' in result) problems.push(...result.problems);
    if (problems.length) rejected.push({ line: row.line, sourceKey: sourceKey || null, problems });
    else if ('parts' in result) {
      good.push({ line: row.line, sourceKey, parts: result.parts });
      if (result.parts.unplaced.length)
        warnings.push({
          line: row.line,
          messages: result.parts.unplaced.map(
            (phone) =>
              `${mapping.columns.phone ?? 'phone'}: "${phone}" has no country code Veza can place; kept as written, found by its digits`,
          ),
        });
    }
  }

  const existing = new Set<string>();
  const keys = good.map((g) => g.sourceKey);
  for (let i = 0; i < keys.length; i += 5000) {
    const chunk = keys.slice(i, i + 5000);
    const rows = await ctx.tx
      .select({ sourceKey: persons.sourceKey })
      .from(persons)
      .where(and(eq(persons.jurisdiction, ctx.actor.jurisdiction), inArray(persons.sourceKey, chunk)));
    for (const r of rows) if (r.sourceKey) existing.add(r.sourceKey);
  }
  const fresh = good.filter((g) => !existing.has(g.sourceKey));
  const report: ImportReport = {
    ...(target && mapping.attach
      ? {
          attachedTo: {
            caseId: target.id,
            reference: target.reference,
            role: mapping.attach.role,
            persons: 0,
          },
        }
      : {}),
    rows: table.rows.length,
    valid: good.length,
    rejected,
    warnings,
    alreadyImported: good.length - fresh.length,
    created: 0,
    outcome: 'dry_run',
  };
  if (rejected.length > 0 && !options.skipBad) return { ...report, outcome: 'refused' };
  if (options.dryRun) return report;

  const size = options.batchSize ?? 1000;
  for (let i = 0; i < fresh.length; i += size) {
    if (options.signal?.aborted)
      throw new AppError('conflict', 'the import was cancelled; nothing of it was kept');
    const batch = fresh.slice(i, i + size).map((g) => ({ ...g, id: randomUUID() }));
    await insertBatch(ctx, batch);
    if (target && mapping.attach)
      await ctx.tx.insert(caseRoles).values(
        batch.map((b) => ({
          jurisdiction: ctx.actor.jurisdiction,
          handlingCode: mapping.constants.handlingCode ?? 'H0',
          caseId: target.id,
          personId: b.id,
          role: mapping.attach!.role,
          createdBy: ctx.actor.userId,
          updatedBy: ctx.actor.userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      );
    options.onProgress?.(Math.min(i + size, fresh.length), fresh.length);
  }
  if (fresh.length > 0) ctx.changes.records.add(ctx.actor.jurisdiction);
  await recordChange(ctx, 'create', 'person_import', null, {
    rows: report.rows,
    created: fresh.length,
    alreadyImported: report.alreadyImported,
    rejected: rejected.length,
    ...(target ? { caseId: target.id, role: mapping.attach!.role } : {}),
  });
  return {
    ...report,
    created: fresh.length,
    outcome: 'imported',
    ...(target
      ? {
          attachedTo: {
            caseId: target.id,
            reference: target.reference,
            role: mapping.attach!.role,
            persons: fresh.length,
          },
        }
      : {}),
  };
}
