/**
 * The regional directory: find the right counterpart anywhere in the region, by name in any script,
 * jurisdiction, agency type, language and availability; the owning jurisdiction keeps it current.
 */
import {
  type AgencyInput,
  type Availability,
  crossOrthographyKey,
  isAvailableAt,
  searchKey,
  searchText,
} from '@veza/core';
import { asc, count, eq, inArray } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { directoryPolicy } from '../../access/policies/directory.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { type PreparedStatement, runPrepared } from '../../db/connection.ts';
import { agencies, contactPoints } from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { changedFields } from './audit-entry.ts';
import type { AgencyView, ContactPointView, DirectoryQuery } from './schema.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type ContactPointRow = typeof contactPoints.$inferSelect;
type Listed<R> = Omit<R, 'updatedAt'> & { updatedAt: Date | string };
/** What a listing needs of an agency or a contact point: rows of the table, or the search's JSON rows. */
type AgencyListing = Listed<
  Pick<
    AgencyRow,
    | 'id'
    | 'jurisdiction'
    | 'handlingCode'
    | 'isDemo'
    | 'version'
    | 'updatedAt'
    | 'name'
    | 'alternateName'
    | 'type'
    | 'address'
    | 'languages'
  >
>;
type ContactListing = Listed<
  Pick<
    ContactPointRow,
    | 'id'
    | 'jurisdiction'
    | 'handlingCode'
    | 'isDemo'
    | 'version'
    | 'updatedAt'
    | 'name'
    | 'function'
    | 'taskForce'
    | 'phoneE164'
    | 'email'
    | 'languages'
    | 'availability'
  >
>;
type AgencyRef = { id: string; name: string; type: string };

function meta(ctx: ActorContext, row: AgencyListing | ContactListing) {
  return {
    jurisdiction: row.jurisdiction as AgencyView['jurisdiction'],
    handlingCode: row.handlingCode as AgencyView['handlingCode'],
    isDemo: row.isDemo,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
    allowedActions: allowedActions(directoryPolicy, ctx.actor, row),
  };
}

function presentAgency(ctx: ActorContext, row: AgencyListing, contactPointCount: number): AgencyView {
  return {
    id: row.id,
    name: row.name,
    alternateName: row.alternateName,
    type: row.type as AgencyView['type'],
    address: row.address,
    languages: row.languages as AgencyView['languages'],
    contactPointCount,
    ...meta(ctx, row),
  };
}

export function presentContactPoint(
  ctx: ActorContext,
  row: ContactListing,
  agency: AgencyRef,
): ContactPointView {
  const availability = row.availability as Availability;
  return {
    id: row.id,
    agency: agency as ContactPointView['agency'],
    name: row.name,
    function: row.function,
    taskForce: row.taskForce,
    phone: row.phoneE164,
    email: row.email,
    languages: row.languages as ContactPointView['languages'],
    availability,
    availableNow: isAvailableAt(availability, ctx.now),
    ...meta(ctx, row),
  };
}

/**
 * The directory search: one statement of one fixed shape, whatever the filters, so PostgreSQL plans it
 * once per connection; it returns both lists as JSON, built by PostgreSQL, in one round trip.
 * $1 jurisdiction, $2 agency type, $3 language, $4 availability kind (each null for any);
 * $5 the query's words, each as its LIKE patterns joined by '|' (a word matches when any pattern does;
 * every word must match); $6 and $7 the limits.
 */
const SEARCH_DIRECTORY: PreparedStatement = {
  name: 'veza_search_directory',
  text: `
    select
      (select coalesce(json_agg(c), '[]'::json) from (
        select cp.id, cp.jurisdiction, cp.handling_code as "handlingCode", cp.is_demo as "isDemo", cp.version,
          cp.updated_at as "updatedAt", cp.name, cp.function, cp.task_force as "taskForce", cp.phone_e164 as "phoneE164",
          cp.email, cp.languages, cp.availability,
          json_build_object('id', a.id, 'name', a.name, 'type', a.type) as agency
        from contact_points cp join agencies a on a.id = cp.agency_id
        where ($1::text is null or cp.jurisdiction = $1)
          and ($2::text is null or a.type = $2)
          and ($3::text is null or $3 = any(cp.languages))
          and ($4::text is null or cp.availability->>'kind' = $4)
          and not exists (select 1 from unnest($5::text[]) word
            where not exists (select 1 from unnest(string_to_array(word, '|')) pattern where cp.search_text like pattern))
        order by cp.jurisdiction, a.name, cp.name
        limit $6) c) as contacts,
      (select coalesce(json_agg(g), '[]'::json) from (
        select a.id, a.jurisdiction, a.handling_code as "handlingCode", a.is_demo as "isDemo", a.version,
          a.updated_at as "updatedAt", a.name, a.alternate_name as "alternateName", a.type, a.address, a.languages,
          (select count(*)::int from contact_points counted where counted.agency_id = a.id) as "contactPointCount"
        from agencies a
        where ($1::text is null or a.jurisdiction = $1)
          and ($2::text is null or a.type = $2)
          and ($3::text is null or $3 = any(a.languages))
          and not exists (select 1 from unnest($5::text[]) word
            where not exists (select 1 from unnest(string_to_array(word, '|')) pattern where a.search_text like pattern))
        order by a.jurisdiction, a.name
        limit $7) g) as agencies`,
};

/** Each word of a query as its LIKE patterns (both foldings), joined by '|', which neither folding produces. */
function wordPatterns(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .map((word) => [...new Set([searchKey(word), crossOrthographyKey(word)])].filter(Boolean))
    .filter((keys) => keys.length > 0)
    .map((keys) => keys.map((key) => `%${key.replace(/[%_\\]/g, '\\$&')}%`).join('|'));
}

export async function searchDirectory(ctx: ActorContext, query: DirectoryQuery) {
  const availabilityKind =
    query.availability === 'always' || query.availability === 'office_hours' ? query.availability : null;
  const [row] = await runPrepared<{
    contacts: (ContactListing & { agency: AgencyRef })[];
    agencies: (AgencyListing & { contactPointCount: number })[];
  }>(ctx.tx, SEARCH_DIRECTORY, [
    query.jurisdiction ?? null,
    query.agencyType ?? null,
    query.language ?? null,
    availabilityKind,
    wordPatterns(query.q),
    query.availability === 'now' ? 2000 : query.limit,
    query.limit,
  ]);
  let found = (row?.contacts ?? []).map((c) => presentContactPoint(ctx, c, c.agency));
  if (query.availability === 'now') found = found.filter((c) => c.availableNow).slice(0, query.limit);
  return {
    agencies: (row?.agencies ?? []).map((a) => presentAgency(ctx, a, a.contactPointCount)),
    contactPoints: found,
  };
}

async function contactCounts(ctx: ActorContext, agencyIds: string[]): Promise<Map<string, number>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ agencyId: contactPoints.agencyId, n: count() })
    .from(contactPoints)
    .where(inArray(contactPoints.agencyId, agencyIds))
    .groupBy(contactPoints.agencyId);
  return new Map(rows.map((r) => [r.agencyId, Number(r.n)]));
}

export async function loadAgency(ctx: ActorContext, id: string): Promise<AgencyRow | undefined> {
  const [row] = await ctx.tx.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function getAgency(ctx: ActorContext, id: string) {
  const agency = authorize(directoryPolicy, ctx.actor, 'read', await loadAgency(ctx, id), 'Agency');
  const rows = await ctx.tx
    .select()
    .from(contactPoints)
    .where(eq(contactPoints.agencyId, id))
    .orderBy(asc(contactPoints.name));
  const ref = { id: agency.id, name: agency.name, type: agency.type };
  return {
    agency: presentAgency(ctx, agency, rows.length),
    contactPoints: rows.map((r) => presentContactPoint(ctx, r, ref)),
  };
}

const agencySearchText = (a: Pick<AgencyRow, 'name' | 'alternateName' | 'address'>) =>
  searchText(a.name, a.alternateName, a.address);

export async function createAgency(ctx: ActorContext, input: AgencyInput): Promise<AgencyView> {
  authorize(directoryPolicy, ctx.actor, 'create', { jurisdiction: ctx.actor.jurisdiction }, 'Agency');
  const [row] = await ctx.tx
    .insert(agencies)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: input.handlingCode,
      name: input.name,
      alternateName: input.alternateName ?? null,
      type: input.type,
      address: input.address ?? null,
      languages: input.languages,
      searchText: agencySearchText({
        name: input.name,
        alternateName: input.alternateName ?? null,
        address: input.address ?? null,
      }),
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordChange(ctx, 'create', 'agency', row!.id, { name: input.name });
  return presentAgency(ctx, row!, 0);
}

export async function updateAgency(
  ctx: ActorContext,
  id: string,
  change: Partial<AgencyInput> & { version: number },
): Promise<AgencyView> {
  const agency = authorize(directoryPolicy, ctx.actor, 'update', await loadAgency(ctx, id), 'Agency');
  const next = {
    name: change.name ?? agency.name,
    alternateName: change.alternateName === undefined ? agency.alternateName : change.alternateName,
    type: change.type ?? agency.type,
    address: change.address === undefined ? agency.address : change.address,
    languages: change.languages ?? agency.languages,
    handlingCode: change.handlingCode ?? agency.handlingCode,
  };
  const [row] = await ctx.tx
    .update(agencies)
    .set({
      ...next,
      searchText: agencySearchText(next),
      ...changeStamp(ctx, agency),
    })
    .where(atVersion(agencies, id, change.version))
    .returning();
  if (!row) throw staleVersion('This agency');
  await recordChange(ctx, 'update', 'agency', id, changedFields(change));
  const counts = await contactCounts(ctx, [id]);
  return presentAgency(ctx, row, counts.get(id) ?? 0);
}

export async function deleteAgency(ctx: ActorContext, id: string, version: number): Promise<void> {
  const agency = authorize(directoryPolicy, ctx.actor, 'delete', await loadAgency(ctx, id), 'Agency');
  if (agency.version !== version) throw staleVersion('This agency');
  const counts = await contactCounts(ctx, [id]);
  if ((counts.get(id) ?? 0) > 0) {
    throw new AppError('conflict', 'the agency still has contact points; remove or move them first');
  }
  const removed = await ctx.tx
    .delete(agencies)
    .where(atVersion(agencies, id, version))
    .returning({ id: agencies.id });
  if (removed.length === 0) throw staleVersion('This agency');
  await recordChange(ctx, 'delete', 'agency', id, { name: agency.name });
}
