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
