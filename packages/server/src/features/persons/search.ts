/**
 * One search box over investigation records: persons by name in any script or spelling, by phone in
 * any format, by document number, and vehicles by plate; ranked, each hit saying why it matched.
 * Uses the name keys of packages/core/src/names, which the linkage engine builds on as well.
 */
import { CALLING_REGION, nameKeys, normaliseDocumentNumber, normalisePlate, toE164 } from '@veza/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { readsInvestigations } from '../../access/policies/investigation.ts';
import { recordRead } from '../../access/reads.ts';
import { rowsOf, textArray } from '../../db/connection.ts';
import { cases, personDocuments, personPhones, persons, vehicles } from '../../db/schema.ts';
import { forbidden } from '../../errors.ts';
import type { SearchHit } from './schema.ts';

export interface ParsedQuery {
  readonly words: { plain: string; cross: string; skeleton: string }[];
  readonly birthYear: number | null;
  readonly phones: string[];
  /** Document numbers, normalised. */
  readonly identifiers: string[];
  /** Vehicle plates, normalised. */
  readonly plates: string[];
}

const YEAR = /^(19|20)\d{2}$/;

/** What each part of a query can be: name words, a birth year, a phone, a document number or plate. */
export function parseQuery(q: string, jurisdiction: string): ParsedQuery {
  const region = CALLING_REGION[jurisdiction as keyof typeof CALLING_REGION];
  const trimmed = q.trim();
  // A query of digits and phone punctuation only is one phone number, spaces and all.
  if (/^[+\d\s()./-]+$/.test(trimmed) && (trimmed.match(/\d/g)?.length ?? 0) >= 6) {
    const phone = toE164(trimmed, region);
    const digits = trimmed.replace(/\D/g, '');
    return {
      words: [],
      birthYear: null,
      // Phones kept as written (an import could not place them) are stored as their digits.
      phones: phone.ok ? [phone.e164, digits] : [digits],
      identifiers: [digits],
      plates: [digits],
    };
  }
  const words: ParsedQuery['words'] = [];
  const phones: string[] = [];
  const identifiers: string[] = [];
  const plates: string[] = [];
  let birthYear: number | null = null;
  for (const token of trimmed.split(/\s+/)) {
    if (YEAR.test(token)) {
      birthYear = Number(token);
      continue;
    }
    const digits = token.match(/\d/g)?.length ?? 0;
    if (digits > 0) {
      const phone = digits >= 6 ? toE164(token, region) : null;
      if (phone?.ok) phones.push(phone.e164);
      const id = normaliseDocumentNumber(token);
      if (id.length >= 4) identifiers.push(id);
      const plate = normalisePlate(token);
      if (plate.length >= 4) plates.push(plate);
      continue;
    }
    words.push(...nameKeys(token));
  }
  // Plates and document numbers are often typed with spaces: the whole query is a candidate as well.
  const wholePlate = normalisePlate(trimmed);
  if (/\d/.test(wholePlate) && /[A-Z]/.test(wholePlate) && wholePlate.length >= 4) plates.push(wholePlate);
  const wholeNumber = normaliseDocumentNumber(trimmed);
  if (/\d/.test(wholeNumber) && /[A-Z]/.test(wholeNumber) && wholeNumber.length >= 4)
    identifiers.push(wholeNumber);
  return { words, birthYear, phones, identifiers: [...new Set(identifiers)], plates: [...new Set(plates)] };
}

interface Scored {
  score: number;
  reasons: Set<string>;
}

export async function searchRecords(
  ctx: ActorContext,
  q: string,
  purpose: string,
  limit: number,
): Promise<SearchHit[]> {
  if (!readsInvestigations(ctx.actor))
    throw forbidden('your roles do not include searching investigation records');
  const query = parseQuery(q, ctx.actor.jurisdiction);
  const jurisdiction = ctx.actor.jurisdiction;
  const found = new Map<string, Scored>();
  const credit = (personId: string, score: number, reason: string) => {
    const entry = found.get(personId) ?? { score: 0, reasons: new Set<string>() };
    entry.score += score;
    entry.reasons.add(reason);
    found.set(personId, entry);
  };

  if (query.words.length > 0) {
    // Per word of the query, the best way each person's names match it (3 exact, 2 prefix, 1 skeleton);
    // a person is a candidate when every word matches somehow.
    const rows = rowsOf<{ person_id: string; score: number; similar: boolean }>(
      await ctx.tx.execute(sql`
        with word as (
          -- Upper bounds of the prefix ranges are computed here, not in the join: the application role
          -- is under row-level security, which keeps a non-leakproof expression such as || out of index conditions.
          select * from unnest(${textArray(query.words.map((w) => w.plain))}::text[],
            ${textArray(query.words.map((w) => w.cross))}::text[],
            ${textArray(query.words.map((w) => w.skeleton))}::text[],
            ${textArray(query.words.map((w) => (w.plain.length >= 3 ? `${w.plain}~` : w.plain)))}::text[],
            ${textArray(query.words.map((w) => (w.cross.length >= 3 ? `${w.cross}~` : w.cross)))}::text[])
            with ordinality as w(plain, cross_key, skeleton, plain_end, cross_end, n)
        ), hit_row as (
          -- One index lookup per kind of key, instead of one scan testing them all.
          select k.person_id, w.n, 3 as score from word w
            join person_name_keys k on k.jurisdiction = ${jurisdiction} and k.plain = w.plain
          union all
          select k.person_id, w.n, 3 from word w
            join person_name_keys k on k.jurisdiction = ${jurisdiction} and k.cross = w.cross_key
          union all
          select k.person_id, w.n, 2 from word w
            join person_name_keys k on k.jurisdiction = ${jurisdiction}
              and k.plain >= w.plain collate "C" and k.plain < w.plain_end collate "C"
          union all
          select k.person_id, w.n, 2 from word w
            join person_name_keys k on k.jurisdiction = ${jurisdiction}
              and k.cross >= w.cross_key collate "C" and k.cross < w.cross_end collate "C"
          union all
          select k.person_id, w.n, 1 from word w
            join person_name_keys k on k.jurisdiction = ${jurisdiction} and w.skeleton <> '' and k.skeleton = w.skeleton
        ), hit as (
          select person_id, n, max(score) as score from hit_row group by person_id, n
        )
        select person_id, sum(score)::int as score, bool_or(score = 1) as similar
        from hit group by person_id having count(*) = ${query.words.length}
        order by sum(score) desc limit 200`),
    );
    for (const row of rows) credit(row.person_id, Number(row.score), row.similar ? 'name_similar' : 'name');
  }
  if (query.phones.length > 0) {
    const rows = await ctx.tx
      .selectDistinct({ personId: personPhones.personId })
      .from(personPhones)
      .where(and(eq(personPhones.jurisdiction, jurisdiction), inArray(personPhones.e164, query.phones)));
    for (const row of rows) credit(row.personId, 10, 'phone');
  }
  if (query.identifiers.length > 0) {
    const rows = await ctx.tx
      .selectDistinct({ personId: personDocuments.personId })
      .from(personDocuments)
      .where(
        and(
          eq(personDocuments.jurisdiction, jurisdiction),
          inArray(personDocuments.numberNormalised, query.identifiers),
        ),
      );
    for (const row of rows) credit(row.personId, 10, 'document');
  }

  const ids = [...found.keys()];
  const people = ids.length
    ? await ctx.tx
        .select({
          id: persons.id,
          displayName: persons.displayName,
          birthDate: persons.birthDate,
          birthYear: persons.birthYear,
          nationalities: persons.nationalities,
        })
        .from(persons)
        // A person merged into another is found as that one, through the names it took over.
        .where(
          and(eq(persons.jurisdiction, jurisdiction), inArray(persons.id, ids), isNull(persons.mergedInto)),
        )
    : [];
  const hits: SearchHit[] = people.map((p) => {
    const entry = found.get(p.id)!;
    if (query.birthYear !== null && p.birthYear !== null && Math.abs(p.birthYear - query.birthYear) <= 1) {
      entry.score += p.birthYear === query.birthYear ? 2 : 1;
      entry.reasons.add(p.birthYear === query.birthYear ? 'birth_year' : 'birth_year_close');
    }
    return {
      kind: 'person' as const,
      id: p.id,
      label: p.displayName,
      detail: [p.birthDate, p.nationalities.join(', ')].filter(Boolean).join(' · ') || null,
      reasons: [...entry.reasons],
      score: entry.score,
      caseId: null,
    };
  });

  if (query.plates.length > 0) {
    const rows = await ctx.tx
      .select({
        id: vehicles.id,
        caseId: vehicles.caseId,
        plate: vehicles.plateOriginal,
        make: vehicles.make,
        reference: cases.reference,
      })
      .from(vehicles)
      .innerJoin(cases, eq(cases.id, vehicles.caseId))
      .where(and(eq(vehicles.jurisdiction, jurisdiction), inArray(vehicles.plateNormalised, query.plates)));
    for (const v of rows) {
      hits.push({
        kind: 'vehicle',
        id: v.id,
        label: v.plate,
        detail: [v.make, v.reference].filter(Boolean).join(' · '),
        reasons: ['plate'],
        score: 10,
        caseId: v.caseId,
      });
    }
  }

  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const result = hits.slice(0, limit);
  await recordRead(ctx, {
    recordType: 'person_search',
    purpose,
    details: { q, results: result.length },
  });
  return result;
}
