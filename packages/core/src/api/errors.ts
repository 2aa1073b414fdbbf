/**
 * The codes of the API's errors, {"error":{"code","message","field"?}}: the message is the
 * server's English for developers and logs, the code is what the interface translates.
 */
export const ERROR_CODES = [
  'validation',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'totp_required',
  /** A role that sees victims must enrol a second factor before anything else. */
  'second_factor_required',
  'csrf',
  'forbidden',
  /** The person's consent does not cover the share, referral or transfer asked for. */
  'consent_missing',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_attempts',
  'unavailable',
  /** The database's disk is full: nothing was saved until the operator frees space. */
  'storage_full',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
