/**
 * Files attached to a request or to a reply: checked like a case's (the type read from the bytes),
 * seen only by those who see the request, every download audited.
 */
import { and, eq } from 'drizzle-orm';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { recordRead } from '../../access/reads.ts';
import { requestAttachments, requestMessages } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { checkedFile } from '../cases/index.ts';
import { loadRequest } from './service.ts';

export async function attachToRequest(
  ctx: ActorContext,
  requestId: string,
  messageId: string | null,
  filename: string,
  bytes: Uint8Array,
): Promise<string> {
  await loadRequest(ctx, requestId, 'attach');
  if (messageId) {
    const [message] = await ctx.tx
      .select({ authorId: requestMessages.authorId })
      .from(requestMessages)
      .where(and(eq(requestMessages.id, messageId), eq(requestMessages.requestId, requestId)));
    if (!message) throw new AppError('validation', 'no such reply in this request', { field: 'messageId' });
    if (message.authorId !== ctx.actor.userId)
      throw new AppError('forbidden', 'files go with your own replies only');
  }
  const file = await checkedFile(filename, bytes);
  const [row] = await ctx.tx
    .insert(requestAttachments)
    .values({
      requestId,
      messageId,
      jurisdiction: ctx.actor.jurisdiction,
      ...file,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: requestAttachments.id });
  await recordChange(ctx, 'create', 'request_attachment', row!.id, {
    requestId,
    contentType: file.contentType,
    size: file.sizeBytes,
  });
  return row!.id;
}

export async function downloadRequestAttachment(ctx: ActorContext, requestId: string, attachmentId: string) {
  await loadRequest(ctx, requestId, 'read');
  const [row] = await ctx.tx
    .select()
    .from(requestAttachments)
    .where(and(eq(requestAttachments.id, attachmentId), eq(requestAttachments.requestId, requestId)));
  if (!row) throw new AppError('not_found', 'Attachment not found');
  await recordRead(ctx, {
    recordType: 'request_attachment',
    recordId: attachmentId,
    purpose: `operational request ${requestId}`,
    details: { requestId },
  });
  return { filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) };
}
