/**
 * Files attached to a case: the content type is read from the bytes (never trusted from the upload),
 * only document and image types are kept, and a file is served only to who may see its case.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { ActorContext } from '../../access/actor.ts';
import { recordChange } from '../../access/audit.ts';
import { recordRead } from '../../access/reads.ts';
import { caseAttachments } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { caseFor } from './lookup.ts';

const ACCEPTED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** What the bytes are: a known binary format, or UTF-8 text without control bytes; null for anything else. */
export async function detectContentType(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return ACCEPTED.has(detected.mime) ? detected.mime : null;
  // Text: valid UTF-8 without control bytes other than tab, line feed, form feed and carriage return.
  if (bytes.some((b) => b < 9 || (b > 13 && b < 32) || b === 11)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/plain; charset=utf-8';
  } catch {
    return null;
  }
}

/** A file name without path separators or control characters. */
function safeFilename(name: string): string {
  const clean = Array.from(name, (ch) =>
    ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch,
  ).join('');
  return clean.slice(0, 200) || 'file';
}

/**
 * An uploaded file checked for keeping: not empty, of a type read from its bytes, with a safe
 * name, its size and its SHA-256. Cases and requests keep their files through this one check.
 */
export async function checkedFile(filename: string, bytes: Uint8Array) {
  if (bytes.length === 0) throw new AppError('validation', 'the file is empty', { field: 'file' });
  const contentType = await detectContentType(bytes);
  if (!contentType) {
    throw new AppError(
      'unsupported_media_type',
      'only PDF, images, office documents and plain text can be attached',
      { field: 'file' },
    );
  }
  return {
    filename: safeFilename(filename),
    contentType,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    content: bytes,
  };
}

export async function attachFile(ctx: ActorContext, caseId: string, filename: string, bytes: Uint8Array) {
  const current = await caseFor(ctx, caseId, 'update');
  const file = await checkedFile(filename, bytes);
  const [row] = await ctx.tx
    .insert(caseAttachments)
    .values({
      jurisdiction: ctx.actor.jurisdiction,
      handlingCode: current.handlingCode,
      caseId,
      ...file,
      createdBy: ctx.actor.userId,
      updatedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: caseAttachments.id });
  await recordChange(ctx, 'create', 'attachment', row!.id, {
    caseId,
    contentType: file.contentType,
    size: file.sizeBytes,
  });
  return row!.id;
}

export async function listAttachments(ctx: ActorContext, caseId: string) {
  await caseFor(ctx, caseId, 'read');
  const rows = await ctx.tx
    .select({
      id: caseAttachments.id,
      filename: caseAttachments.filename,
      contentType: caseAttachments.contentType,
      sizeBytes: caseAttachments.sizeBytes,
      sha256: caseAttachments.sha256,
      createdAt: caseAttachments.createdAt,
    })
    .from(caseAttachments)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function downloadAttachment(
  ctx: ActorContext,
  caseId: string,
  attachmentId: string,
  purpose: string,
) {
  await caseFor(ctx, caseId, 'read');
  const [row] = await ctx.tx
    .select()
    .from(caseAttachments)
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)));
  if (!row) throw new AppError('not_found', 'Attachment not found');
  await recordRead(ctx, {
    recordType: 'attachment',
    recordId: attachmentId,
    purpose,
    details: { caseId },
  });
  return { filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) };
}

export async function removeAttachment(ctx: ActorContext, caseId: string, attachmentId: string) {
  await caseFor(ctx, caseId, 'update');
  const removed = await ctx.tx
    .delete(caseAttachments)
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)))
    .returning({ id: caseAttachments.id });
  if (!removed[0]) throw new AppError('not_found', 'Attachment not found');
  await recordChange(ctx, 'delete', 'attachment', attachmentId, { caseId });
}
