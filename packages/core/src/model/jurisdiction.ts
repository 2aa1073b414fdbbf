/** The six jurisdictions of the region and the regional level. */
import { z } from 'zod';

export const JURISDICTIONS = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS', 'REG'] as const;
export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** International calling code of each jurisdiction (REG has none of its own). */
export const CALLING_REGION: Record<Jurisdiction, string | null> = {
  AL: 'AL',
  BA: 'BA',
  XK: 'XK',
  ME: 'ME',
  MK: 'MK',
  RS: 'RS',
  REG: null,
};

/** IANA time zone each jurisdiction keeps office hours in. */
export const JURISDICTION_TIME_ZONE: Record<Jurisdiction, string> = {
  AL: 'Europe/Tirane',
  BA: 'Europe/Sarajevo',
  XK: 'Europe/Belgrade',
  ME: 'Europe/Podgorica',
  MK: 'Europe/Skopje',
  RS: 'Europe/Belgrade',
  REG: 'Europe/Vienna',
};
