/**
 * Errors are values with a code, a message a user can act on and, where it applies, the field at
 * fault. The HTTP layer maps them to statuses in one place (http/error-handler.ts). They sit below
 * every layer (db, access, features, jobs, http), so that each can raise one without reaching up.
 */
import type { ErrorCode } from '@veza/core';

export type { ErrorCode };

const STATUS: Record<ErrorCode, number> = {
  internal: 500,
  validation: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  second_factor_required: 403,
  csrf: 403,
  forbidden: 403,
  consent_missing: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  unavailable: 503,
  storage_full: 507,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const staleVersion = (what: string) =>
  new AppError(
    'conflict',
    `${what} was changed by someone else since you loaded it; reload and apply your change again`,
    {
      field: 'version',
    },
  );

/**
 * A message without what it quotes or lists after a colon: PostgreSQL's "invalid input syntax for
 * type uuid: "Ahmadi"" keeps its sense ("invalid input syntax for type uuid: …") and loses the value.
 */
export function withoutQuotes(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/"[^"]*"|'[^']*'|«[^»]*»|“[^”]*”|`[^`]*`/g, '…')
    .replace(/\([^)]*\)=\([^)]*\)/g, '(…)=(…)')
    .replace(/:\s+\S.*$/, ': …')
    .slice(0, 300);
}

/**
 * What an error may say where it is kept or logged (a job's last error, the log): its message
 * without the values it quotes (a database names the value it refused, Drizzle lists the query's
 * parameters, which may be a person's name).
 */
export function safeErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return 'an error that is not an Error';
  if ('query' in error && 'params' in error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause ? `a query failed: ${safeErrorMessage(cause)}` : 'a query failed';
  }
  const code = (error as { code?: unknown }).code;
  return `${error.constructor?.name ?? 'Error'}${typeof code === 'string' ? ` ${code}` : ''}: ${withoutQuotes(error.message)}`;
}
