/**
 * One place where every error becomes the API's error shape, {"error":{"code","message","field"?}},
 * with its status. Anything unexpected is logged and answered as a 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors.ts';

export function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode | string,
  message: string,
  field?: string,
) {
  return reply.status(status).send({ error: { code, message, ...(field ? { field } : {}) } });
}

function fieldOf(path: string | undefined, context: string | undefined): string | undefined {
  const field = (path ?? '').replace(/^\//, '').replace(/\//g, '.');
  return field || (context === 'body' ? undefined : context);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
    return sendError(reply, error.status, error.code, error.message, error.field);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = fieldOf(first?.instancePath, error.validationContext);
    const message = first?.message ?? 'invalid input';
    return sendError(reply, 400, 'validation', field ? `${field}: ${message}` : message, field);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 400, 'invalid_json', 'the request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'payload_too_large', 'the request body is larger than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'unsupported_media_type', 'send the request body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendError(reply, 400, 'validation', 'the Content-Length header does not match the body');
  }
  if (databaseUnavailable(error)) {
    request.log.warn({ err: error }, 'the database is unavailable');
    reply.header('retry-after', '5');
    return sendError(
      reply,
      503,
      'unavailable',
      'the database cannot be reached just now; nothing was changed, try again in a moment',
    );
  }
  if (storageFull(error)) {
    request.log.error({ err: error }, 'the disk is full: writes fail until space is freed');
    return sendError(
      reply,
      507,
      'storage_full',
      "the server's storage is full: nothing was saved; the operator must free space on the database's disk",
    );
  }
  // PostgreSQL's own refusals, for the few that input can reach past the service's checks.
  const pgCode = codeOf(error);
  if (pgCode === '23505')
    return sendError(reply, 409, 'conflict', 'a record with these values already exists');
  if (pgCode === '23503')
    return sendError(reply, 409, 'conflict', 'the record is still referred to by other records');
  if (pgCode === '42501')
    return sendError(reply, 403, 'forbidden', 'you may not change records of another jurisdiction');
  if (
    error instanceof SyntaxError ||
    (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
  ) {
    return sendError(reply, error.statusCode ?? 400, 'validation', error.message);
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(reply, 500, 'internal', 'something went wrong on the server; the error has been logged');
}

/**
 * The database's disk (PostgreSQL's disk_full, 53100, which PGlite answers as well) or a file's
 * (ENOSPC, EDQUOT) is full. The statement failed whole, its transaction rolled back.
 */
export function storageFull(error: unknown): boolean {
  const code = codeOf(error);
  return code === '53100' || code === 'ENOSPC' || code === 'EDQUOT';
}

/** The error's code, or its cause's (Drizzle wraps the driver's error in one of its own). */
function codeOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * The database is down, restarting or unreachable: its connection was refused or cut, or it said it
 * is shutting down or starting up (SQLSTATE classes 08 and 57P). The request is answered 503, and the
 * pool opens new connections when the server is back, with no restart of Veza.
 */
export function databaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    // Connection exceptions, the server shutting down or starting, or out of connections.
    if (/^08/.test(code) || /^57P0[1-4]$/.test(code) || code === '53300') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code))
      return true;
    if (
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
        message,
      )
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
