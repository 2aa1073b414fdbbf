/**
 * Handling codes, after the model European law enforcement uses: they travel with a record and
 * everything derived from it.
 */
import { z } from 'zod';

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export const HandlingCode = z.enum(HANDLING_CODES);
export type HandlingCode = z.infer<typeof HandlingCode>;

/** The most restrictive of several codes: what a record derived from them must carry. */
export function strictestHandlingCode(codes: readonly HandlingCode[]): HandlingCode {
  return codes.reduce<HandlingCode>(
    (a, b) => (HANDLING_CODES.indexOf(b) > HANDLING_CODES.indexOf(a) ? b : a),
    'H0',
  );
}
