/** The regional directory: agencies and their contact points. */
import { z } from 'zod';
import { HandlingCode } from './handling-code.ts';
import { Jurisdiction } from './jurisdiction.ts';
import { SpokenLanguage } from './language.ts';

export const AGENCY_TYPES = [
  'prosecution',
  'police',
  'border_police',
  'ministry',
  'social_welfare',
  'anti_trafficking_office',
  'ngo',
  'international_organisation',
] as const;
export const AgencyType = z.enum(AGENCY_TYPES);
export type AgencyType = z.infer<typeof AgencyType>;

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

/** When a contact point answers: around the clock, or office hours on some weekdays in a time zone. */
export const Availability = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z
    .object({
      kind: z.literal('office_hours'),
      /** ISO weekdays, 1 = Monday … 7 = Sunday. */
      days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
      opens: Time,
      closes: Time,
      timeZone: z.string().min(1).max(64),
    })
    .refine((v) => v.opens < v.closes, { message: 'opens must be before closes', path: ['closes'] }),
]);
export type Availability = z.infer<typeof Availability>;

// Building a DateTimeFormat costs far more than using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether a contact point answers at the given instant; false for a time zone Intl does not know. */
export function isAvailableAt(availability: Availability, at: Date): boolean {
  if (availability.kind === 'always') return true;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterFor(availability.timeZone).formatToParts(at);
  } catch {
    return false;
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  const time = `${get('hour')}:${get('minute')}`;
  return availability.days.includes(weekday) && time >= availability.opens && time < availability.closes;
}

/** An agency's fields as a form edits them; creation adds defaults, an update sends only what changed. */
export const AgencyFields = z.object({
  name: z.string().trim().min(2).max(200),
  /** The name in the other script or in English, shown beside the official one. */
  alternateName: z.string().trim().max(200).nullish(),
  type: AgencyType,
  address: z.string().trim().max(300).nullish(),
  languages: z.array(SpokenLanguage).max(20),
  handlingCode: HandlingCode,
});
export const AgencyInput = AgencyFields.extend({
  languages: AgencyFields.shape.languages.default([]),
  handlingCode: HandlingCode.default('H0'),
});
export type AgencyInput = z.infer<typeof AgencyInput>;

export const ContactPointFields = z.object({
  agencyId: z.uuid(),
  name: z.string().trim().min(2).max(200),
  function: z.string().trim().min(2).max(200),
  taskForce: z.string().trim().max(200).nullish(),
  phone: z.string().trim().max(40).nullish(),
  email: z.email().max(200).nullish(),
  languages: z.array(SpokenLanguage).max(20),
  availability: Availability,
  handlingCode: HandlingCode,
});
export const ContactPointInput = ContactPointFields.extend({
  languages: ContactPointFields.shape.languages.default([]),
  handlingCode: HandlingCode.default('H0'),
});
export type ContactPointInput = z.infer<typeof ContactPointInput>;

export { Jurisdiction };
