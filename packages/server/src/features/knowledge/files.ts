/**
 * Files of a practice (the brief's judgment, a guide) or of a meeting (agenda papers, slides):
 * checked like a case's attachments (the type read from the bytes), attached by who may change the
 * practice or run the meeting, read by who sees it; a download of a draft's or a meeting's file is
 * audited.
 */
import { and, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { recordRead } from '../../access/reads.ts';
import { knowledgeFiles } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { checkedFile } from '../cases/index.ts';
import { loadMeeting } from './meetings.ts';
import { loadPractice } from './practices.ts';

export type FileOwner = { practiceId: string } | { meetingId: string };

const ownerColumns = (owner: FileOwner) =>
  'practiceId' in owner
    ? { practiceId: owner.practiceId, meetingId: null }
    : { practiceId: null, meetingId: owner.meetingId };

const ownerCondition = (owner: FileOwner) =>
  'practiceId' in owner
    ? eq(knowledgeFiles.practiceId, owner.practiceId)
    : eq(knowledgeFiles.meetingId, owner.meetingId);

async function check(ctx: ActorContext, owner: FileOwner, action: 'attach' | 'read') {
  if ('practiceId' in owner)
    return (await loadPractice(ctx, owner.practiceId, action)).status === 'published';
  await loadMeeting(ctx, owner.meetingId, action);
  return false;
}

export async function attachKnowledgeFile(
  ctx: ActorContext,
  owner: FileOwner,
  filename: string,
  bytes: Uint8Array,
): Promise<string> {
  await check(ctx, owner, 'attach');
  const file = await checkedFile(filename, bytes);
  const [row] = await ctx.tx
    .insert(knowledgeFiles)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      ...ownerColumns(owner),
      ...file,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: knowledgeFiles.id });
  await recordChange(ctx, 'create', 'knowledge_file', row!.id, {
    ...owner,
    contentType: file.contentType,
    size: file.sizeBytes,
  });
  return row!.id;
}

export async function removeKnowledgeFile(
  ctx: ActorContext,
  owner: FileOwner,
  fileId: string,
): Promise<void> {
  await check(ctx, owner, 'attach');
  const deleted = await ctx.tx
    .delete(knowledgeFiles)
    .where(and(eq(knowledgeFiles.id, fileId), ownerCondition(owner)))
    .returning({ id: knowledgeFiles.id });
  if (deleted.length === 0) throw new AppError('not_found', 'File not found');
  await recordChange(ctx, 'delete', 'knowledge_file', fileId, { ...owner });
}

export async function downloadKnowledgeFile(ctx: ActorContext, owner: FileOwner, fileId: string) {
  const published = await check(ctx, owner, 'read');
  const [row] = await ctx.tx
    .select()
    .from(knowledgeFiles)
    .where(and(eq(knowledgeFiles.id, fileId), ownerCondition(owner)));
  if (!row) throw new AppError('not_found', 'File not found');
  if (!published)
    await recordRead(ctx, {
      recordType: 'knowledge_file',
      recordId: fileId,
      purpose: 'practiceId' in owner ? `draft practice ${owner.practiceId}` : `meeting ${owner.meetingId}`,
      details: { ...owner },
    });
  return { filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) };
}
