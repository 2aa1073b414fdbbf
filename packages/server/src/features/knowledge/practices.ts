/**
 * Practices, case briefs and lessons learned: written as drafts their agency sees, published to the
 * region; every save is a version (who, when, which fields), any version can be brought back as a
 * new one; comments; the cases a brief draws on linked, shown to others only anonymised.
 */
import {
  BRIEF_SECTIONS,
  type BriefSection,
  flattenTags,
  groupTags,
  indexedText,
  type Jurisdiction,
  matchedPassage,
  type PracticeKind,
  type PracticeStatus,
  plainText,
  queryWords,
  type SpokenLanguage,
  tsQuery,
} from '@veza/core';
import type {
  CommentView,
  PracticeInput,
  PracticeQuery,
  PracticeSearchResult,
  PracticeSummary,
  PracticeUpdate,
  PracticeVersionView,
  PracticeView,
} from '@veza/core/api/knowledge';
import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { actorNames } from '../../access/actors.ts';
import { recordChange } from '../../access/audit.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { readsInvestigations } from '../../access/policies/investigation.ts';
import {
  type PracticeAction,
  type PracticeRecord,
  practicePolicy,
  visiblePractices,
} from '../../access/policies/knowledge.ts';
import { allowedActions, authorize } from '../../access/policy.ts';
import { atVersion, changeStamp } from '../../access/versioning.ts';
import { rowsOf } from '../../db/connection.ts';
import {
  knowledgeFiles,
  practiceCases,
  practiceComments,
  practices,
  practiceVersions,
} from '../../db/schema.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { caseFor } from '../cases/index.ts';
import { rendered } from './markdown.ts';

type PracticeRow = typeof practices.$inferSelect;
type Sections = Partial<Record<BriefSection, string>>;

/** What a version holds: the practice's content as it was saved. */
interface Content {
  kind: PracticeKind;
  title: string;
  summary: string;
  body: string;
  sections: Sections;
  tags: string[];
  jurisdictions: Jurisdiction[];
  language: SpokenLanguage;
  caseIds: string[];
}
const CONTENT_FIELDS = [
  'kind',
  'title',
  'summary',
  'body',
  'sections',
  'tags',
  'jurisdictions',
  'language',
  'caseIds',
] as const;

const ACTIONS: readonly PracticeAction[] = ['read', 'update', 'publish', 'delete', 'comment', 'attach'];

const sectionsOf = (row: { sections: unknown }): Sections => (row.sections ?? {}) as Sections;

/** What the search reads of a practice: its folded words, the title apart (for the benchmark's bulk load too). */
export function searchColumns(c: Pick<Content, 'title' | 'summary' | 'body' | 'sections' | 'tags'>) {
  const sections = BRIEF_SECTIONS.map((s) => plainText(c.sections[s] ?? ''));
  const tags = groupTags(c.tags);
  return {
    searchTitle: indexedText(c.title),
    searchLead: indexedText(c.summary, tags.keywords.join(' ')),
    searchBody: indexedText(plainText(c.body), ...sections),
  };
}

function contentOf(row: PracticeRow, caseIds: string[]): Content {
  return {
    kind: row.kind as PracticeKind,
    title: row.title,
    summary: row.summary,
    body: row.body,
    sections: sectionsOf(row),
    tags: row.tags,
    jurisdictions: row.jurisdictions as Jurisdiction[],
    language: row.language as SpokenLanguage,
    caseIds,
  };
}

function storedTags(tags: PracticeInput['tags']): string[] {
  const keywords = [...new Set(tags.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))];
  return flattenTags({ ...tags, keywords });
}

async function loadPractice(ctx: ActorContext, id: string, action: PracticeAction): Promise<PracticeRow> {
  const [row] = await ctx.tx.select().from(practices).where(eq(practices.id, id));
  return authorize(
    practicePolicy,
    ctx.actor,
    action,
    row as (PracticeRow & PracticeRecord) | undefined,
    'Practice',
  );
}

async function caseIdsOf(ctx: ActorContext, practiceId: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ caseId: practiceCases.caseId })
    .from(practiceCases)
    .where(eq(practiceCases.practiceId, practiceId))
    .orderBy(asc(practiceCases.caseId));
  return rows.map((r) => r.caseId);
}

/** Links the cases (each one the author may read), with what may be said of them to anyone. */
async function linkCases(ctx: ActorContext, practiceId: string, caseIds: readonly string[]): Promise<void> {
  await ctx.tx.delete(practiceCases).where(eq(practiceCases.practiceId, practiceId));
  for (const caseId of new Set(caseIds)) {
    let found: Awaited<ReturnType<typeof caseFor>>;
    try {
      found = await caseFor(ctx, caseId, 'read');
    } catch (error) {
      if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden'))
        throw new AppError('validation', `no case ${caseId} among those you may read`, { field: 'caseIds' });
      throw error;
    }
    await ctx.tx.insert(practiceCases).values({
      practiceId,
      caseId,
      jurisdiction: found.jurisdiction,
      caseType: found.type,
      year: Number(found.openedOn.slice(0, 4)) || null,
      exploitationTypes: found.exploitationTypes,
      modusOperandi: found.modusOperandi,
    });
  }
}

const changedFields = (before: Content | null, after: Content) =>
  CONTENT_FIELDS.filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(after[f]));

async function recordVersion(
  ctx: ActorContext,
  row: PracticeRow,
  action: 'create' | 'update' | 'publish' | 'restore',
  content: Content,
  fields: string[],
  restoredFrom: number | null = null,
): Promise<void> {
  const names = await actorNames(ctx);
  await ctx.tx.insert(practiceVersions).values({
    practiceId: row.id,
    version: row.version,
    jurisdiction: row.jurisdiction,
    agencyId: row.agencyId,
    at: ctx.now,
    byId: ctx.actor.userId,
    byName: names.name,
    byAgency: names.agency,
    action,
    fields,
    restoredFrom,
    content,
  });
}

export async function createPractice(ctx: ActorContext, input: PracticeInput): Promise<PracticeView> {
  mustHave(ctx.actor, 'shareKnowledge');
  const names = await actorNames(ctx);
  const content: Content = {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    body: input.body,
    sections: input.sections,
    tags: storedTags(input.tags),
    jurisdictions: [...new Set(input.jurisdictions)],
    language: input.language,
    caseIds: [...new Set(input.caseIds)].sort(),
  };
  const [row] = await ctx.tx
    .insert(practices)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      agencyId: ctx.actor.agencyId,
      authorName: names.name,
      agencyName: names.agency,
      kind: content.kind,
      title: content.title,
      summary: content.summary,
      body: content.body,
      sections: content.sections,
      tags: content.tags,
      jurisdictions: content.jurisdictions,
      language: content.language,
      ...searchColumns(content),
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await linkCases(ctx, row!.id, content.caseIds);
  await recordVersion(ctx, row!, 'create', content, [...CONTENT_FIELDS]);
  await recordChange(ctx, 'create', 'practice', row!.id, { kind: content.kind, language: content.language });
  return getPractice(ctx, row!.id);
}

async function saveContent(
  ctx: ActorContext,
  current: PracticeRow,
  version: number,
  content: Content,
  action: 'update' | 'restore',
  restoredFrom: number | null,
): Promise<PracticeRow> {
  const before = contentOf(current, await caseIdsOf(ctx, current.id));
  const fields = changedFields(before, content);
  const [row] = await ctx.tx
    .update(practices)
    .set({
      kind: content.kind,
      title: content.title,
      summary: content.summary,
      body: content.body,
      sections: content.sections,
      tags: content.tags,
      jurisdictions: content.jurisdictions,
      language: content.language,
      ...searchColumns(content),
      ...changeStamp(ctx, current),
    })
    .where(atVersion(practices, current.id, version))
    .returning();
  if (!row) throw staleVersion('practice');
  if (fields.includes('caseIds')) await linkCases(ctx, row.id, content.caseIds);
  await recordVersion(ctx, row, action, content, fields, restoredFrom);
  await recordChange(ctx, 'update', 'practice', row.id, {
    fields,
    ...(restoredFrom ? { restoredFrom } : {}),
  });
  return row;
}

export async function updatePractice(
  ctx: ActorContext,
  id: string,
  input: PracticeUpdate,
): Promise<PracticeView> {
  const current = await loadPractice(ctx, id, 'update');
  const before = contentOf(current, await caseIdsOf(ctx, id));
  const content: Content = {
    kind: input.kind ?? before.kind,
    title: input.title ?? before.title,
    summary: input.summary ?? before.summary,
    body: input.body ?? before.body,
    sections: input.sections ?? before.sections,
    tags: input.tags ? storedTags(input.tags) : before.tags,
    jurisdictions: input.jurisdictions ? [...new Set(input.jurisdictions)] : before.jurisdictions,
    language: input.language ?? before.language,
    caseIds: input.caseIds ? [...new Set(input.caseIds)].sort() : before.caseIds,
  };
  await saveContent(ctx, current, input.version, content, 'update', null);
  return getPractice(ctx, id);
}

export async function publishPractice(ctx: ActorContext, id: string, version: number): Promise<PracticeView> {
  const current = await loadPractice(ctx, id, 'publish');
  const [row] = await ctx.tx
    .update(practices)
    .set({ status: 'published', publishedAt: ctx.now, ...changeStamp(ctx, current) })
    .where(atVersion(practices, id, version))
    .returning();
  if (!row) throw staleVersion('practice');
  await recordVersion(ctx, row, 'publish', contentOf(row, await caseIdsOf(ctx, id)), ['status']);
  await recordChange(ctx, 'update', 'practice', id, { published: true });
  return getPractice(ctx, id);
}

export async function deletePractice(ctx: ActorContext, id: string, version: number): Promise<void> {
  const current = await loadPractice(ctx, id, 'delete');
  const deleted = await ctx.tx
    .delete(practices)
    .where(atVersion(practices, id, version))
    .returning({ id: practices.id });
  if (deleted.length === 0) throw staleVersion('practice');
  await recordChange(ctx, 'delete', 'practice', id, { title: current.title });
}

export async function restorePractice(
  ctx: ActorContext,
  id: string,
  fromVersion: number,
  version: number,
): Promise<PracticeView> {
  const current = await loadPractice(ctx, id, 'update');
  const [old] = await ctx.tx
    .select()
    .from(practiceVersions)
    .where(and(eq(practiceVersions.practiceId, id), eq(practiceVersions.version, fromVersion)));
  if (!old)
    throw new AppError('validation', `the practice has no version ${fromVersion}`, { field: 'fromVersion' });
  const content = old.content as Content;
  // A case the restorer may no longer read cannot come back linked.
  await saveContent(ctx, current, version, content, 'restore', fromVersion);
  return getPractice(ctx, id);
}

function summaryOf(
  row: Omit<PracticeRow, 'searchVector' | 'searchHead' | 'searchTitle' | 'searchLead' | 'searchBody'>,
): Omit<PracticeSummary, 'passage'> {
  return {
    id: row.id,
    kind: row.kind as PracticeKind,
    status: row.status as PracticeStatus,
    title: row.title,
    summary: row.summary,
    tags: groupTags(row.tags),
    jurisdictions: row.jurisdictions as Jurisdiction[],
    language: row.language as SpokenLanguage,
    author: { name: row.authorName, agency: row.agencyName, jurisdiction: row.jurisdiction as Jurisdiction },
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A practice as its reader sees it (reading the region's knowledge base is not audited: it holds no record of a person). */
export async function getPractice(ctx: ActorContext, id: string): Promise<PracticeView> {
  const row = await loadPractice(ctx, id, 'read');
  const links = await ctx.tx.select().from(practiceCases).where(eq(practiceCases.practiceId, id));
  const files = await ctx.tx
    .select({
      id: knowledgeFiles.id,
      filename: knowledgeFiles.filename,
      contentType: knowledgeFiles.contentType,
      sizeBytes: knowledgeFiles.sizeBytes,
      createdAt: knowledgeFiles.createdAt,
    })
    .from(knowledgeFiles)
    .where(eq(knowledgeFiles.practiceId, id))
    .orderBy(asc(knowledgeFiles.createdAt));
  const [comments] = await ctx.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(practiceComments)
    .where(eq(practiceComments.practiceId, id));
  const sections = sectionsOf(row);
  const opensCases = readsInvestigations(ctx.actor);
  return {
    ...summaryOf(row),
    passage: null,
    body: rendered(row.body),
    sections: {
      facts: rendered(sections.facts ?? ''),
      background: rendered(sections.background ?? ''),
      successes: rendered(sections.successes ?? ''),
      challenges: rendered(sections.challenges ?? ''),
      lessons: rendered(sections.lessons ?? ''),
    },
    cases: links.map((l) => ({
      jurisdiction: l.jurisdiction as Jurisdiction,
      caseType: l.caseType,
      year: l.year,
      exploitationTypes: l.exploitationTypes,
      modusOperandi: l.modusOperandi,
      caseId: opensCases && l.jurisdiction === ctx.actor.jurisdiction ? l.caseId : null,
    })),
    files: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    commentCount: comments?.n ?? 0,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    allowedActions: allowedActions(practicePolicy, ctx.actor, row as PracticeRow & PracticeRecord, ACTIONS),
  };
}

/**
 * The search: every query word must match the start of a folded word of the practice (title,
 * summary, body, sections, keywords), in either spelling; ranked by PostgreSQL's cover density
 * with title words weighing more, then the newest. Filters narrow by tag, jurisdiction, language,
 * date; drafts are the user's agency's only.
 */
export async function searchPractices(
  ctx: ActorContext,
  query: PracticeQuery,
): Promise<PracticeSearchResult> {
  const conditions: SQL[] = [visiblePractices(ctx.actor)];
  const words = query.q ? queryWords(query.q) : [];
  if (query.q && words.length === 0)
    throw new AppError('validation', 'the search needs a word of at least two letters or digits', {
      field: 'q',
    });
  // The words are matched in veza_search_practices (migration 0039), which applies the same
  // visibility rule itself: under row-level security PostgreSQL would not use the text index.
  const tsq = words.length ? sql`to_tsquery('simple', ${tsQuery(words)})` : null;
  if (query.kind) conditions.push(eq(practices.kind, query.kind));
  if (query.status) conditions.push(eq(practices.status, query.status));
  const tags = flattenTags({
    pillars: query.pillar ?? [],
    crimes: query.crime ?? [],
    exploitation: query.exploitation ?? [],
    modusOperandi: query.modusOperandi ?? [],
    keywords: query.keyword ? [query.keyword.toLowerCase()] : [],
  });
  if (tags.length) conditions.push(sql`${practices.tags} @> ${sql.param(tags)}::text[]`);
  if (query.jurisdiction?.length)
    conditions.push(sql`${practices.jurisdictions} && ${sql.param(query.jurisdiction)}::text[]`);
  if (query.language) conditions.push(eq(practices.language, query.language));
  const day = sql`coalesce(${practices.publishedAt}, ${practices.updatedAt})`;
  if (query.from) conditions.push(sql`${day} >= ${query.from}::date`);
  if (query.to) conditions.push(sql`${day} < (${query.to}::date + 1)`);
  if (query.mine) conditions.push(eq(practices.agencyId, ctx.actor.agencyId));
  const pageOf = async (limit: number, offset: number) =>
    rowsOf<{ id: string; total: number }>(
      await ctx.tx.execute(sql`
      select ${practices.id} as id, count(*) over ()::int as total
      from ${practices}
      ${tsq ? sql`join veza_search_practices(${tsq}) found on found.practice_id = ${practices.id}` : sql``}
      where ${and(...conditions)}
      order by ${tsq ? sql`found.rank desc,` : sql``} ${day} desc, ${practices.id}
      limit ${limit} offset ${offset}`),
    );
  const page = await pageOf(query.limit, query.offset);
  const {
    searchVector: _v,
    searchHead: _h,
    searchTitle: _t,
    searchLead: _l,
    searchBody: _b,
    ...columns
  } = getTableColumns(practices);
  const loaded = page.length
    ? await ctx.tx
        .select(columns)
        .from(practices)
        .where(
          inArray(
            practices.id,
            page.map((p) => p.id),
          ),
        )
    : [];
  const byId = new Map(loaded.map((row) => [row.id, row]));
  const rows = page.flatMap((p) => {
    const row = byId.get(p.id);
    return row ? [{ row, total: p.total }] : [];
  });
  return {
    total: rows[0]?.total ?? (query.offset > 0 ? ((await pageOf(1, 0))[0]?.total ?? 0) : 0),
    items: rows.map(({ row }) => {
      const sections = sectionsOf(row);
      return {
        ...summaryOf(row),
        passage: words.length
          ? matchedPassage(
              [row.summary, row.body, ...BRIEF_SECTIONS.map((s) => sections[s] ?? ''), row.title],
              words,
            )
          : null,
      };
    }),
  };
}

export async function practiceVersionList(ctx: ActorContext, id: string): Promise<PracticeVersionView[]> {
  await loadPractice(ctx, id, 'read');
  const rows = await ctx.tx
    .select()
    .from(practiceVersions)
    .where(eq(practiceVersions.practiceId, id))
    .orderBy(desc(practiceVersions.version));
  return rows.map((v) => ({
    version: v.version,
    at: v.at.toISOString(),
    by: v.byName,
    agency: v.byAgency,
    action: v.action,
    fields: v.fields,
    restoredFrom: v.restoredFrom,
    title: (v.content as Content).title,
  }));
}

export async function commentsOf(ctx: ActorContext, id: string): Promise<CommentView[]> {
  await loadPractice(ctx, id, 'read');
  const rows = await ctx.tx
    .select()
    .from(practiceComments)
    .where(eq(practiceComments.practiceId, id))
    .orderBy(asc(practiceComments.createdAt));
  return rows.map((c) => ({
    id: c.id,
    body: c.body,
    author: { name: c.authorName, agency: c.agencyName, jurisdiction: c.jurisdiction as Jurisdiction },
    at: c.createdAt.toISOString(),
    mine: c.authorId === ctx.actor.userId,
  }));
}

export async function addComment(ctx: ActorContext, id: string, body: string): Promise<CommentView[]> {
  await loadPractice(ctx, id, 'comment');
  const names = await actorNames(ctx);
  const [row] = await ctx.tx
    .insert(practiceComments)
    .values({
      practiceId: id,
      jurisdiction: ctx.actor.jurisdiction,
      authorId: ctx.actor.userId,
      authorName: names.name,
      agencyName: names.agency,
      body,
      createdAt: ctx.now,
    })
    .returning({ id: practiceComments.id });
  await recordChange(ctx, 'create', 'practice_comment', row!.id, { practiceId: id });
  return commentsOf(ctx, id);
}

export async function deleteComment(ctx: ActorContext, id: string, commentId: string): Promise<void> {
  await loadPractice(ctx, id, 'read');
  const deleted = await ctx.tx
    .delete(practiceComments)
    .where(
      and(
        eq(practiceComments.id, commentId),
        eq(practiceComments.practiceId, id),
        eq(practiceComments.authorId, ctx.actor.userId),
      ),
    )
    .returning({ id: practiceComments.id });
  if (deleted.length === 0) throw new AppError('not_found', 'Comment not found');
  await recordChange(ctx, 'delete', 'practice_comment', commentId, { practiceId: id });
}

export { loadPractice };
