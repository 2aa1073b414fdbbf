/**
 * What of a protection case leaves it, field by field (data minimisation, GDPR art. 5(1)(c);
 * Convention art. 11 on protecting victims' private life): a service provider receives only what
 * its service needs, investigators only the fields the case's owner chose under the person's
 * consent to cooperate, and a transfer only the fields the person consented to move.
 */
import type { ServiceType } from './services.ts';

export const CASE_FIELDS = [
  'givenNames',
  'familyNames',
  'birthDate',
  'sex',
  'nationality',
  'languages',
  'child',
  'guardian',
  'needs',
  'reflection',
  'stage',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** What each service needs to be delivered, and no more. */
export const SERVICE_FIELDS: Readonly<Record<ServiceType, readonly CaseField[]>> = {
  shelter: ['givenNames', 'sex', 'child', 'languages', 'guardian', 'reflection'],
  medical: ['givenNames', 'familyNames', 'birthDate', 'sex', 'languages', 'child', 'guardian'],
  psychological: ['givenNames', 'sex', 'languages', 'child', 'guardian'],
  legal_aid: [
    'givenNames',
    'familyNames',
    'birthDate',
    'sex',
    'nationality',
    'languages',
    'child',
    'guardian',
    'reflection',
    'stage',
  ],
  interpretation: ['givenNames', 'languages'],
  education: ['givenNames', 'familyNames', 'birthDate', 'languages', 'child', 'guardian'],
  vocational: ['givenNames', 'familyNames', 'languages'],
  family_tracing: ['givenNames', 'familyNames', 'birthDate', 'nationality', 'languages', 'child', 'guardian'],
};

/** Only the named fields of a record, in the order of CASE_FIELDS. */
export function pickFields(
  record: Readonly<Partial<Record<CaseField, unknown>>>,
  fields: readonly CaseField[],
): Partial<Record<CaseField, unknown>> {
  const picked: Partial<Record<CaseField, unknown>> = {};
  for (const field of CASE_FIELDS)
    if (fields.includes(field) && record[field] !== undefined) picked[field] = record[field];
  return picked;
}
