/**
 * Every value the interface shows from a fixed list (roles, kinds, statuses, outcomes, error
 * codes, languages, countries) has its words in every interface language: a value added to core
 * without its texts fails here, not in front of a user.
 */
import {
  AGENCY_TYPES,
  CASE_ROLES,
  CASE_STATUSES,
  CASE_TYPES,
  COUNTRY_CODES,
  countryName,
  DOCUMENT_TYPES,
  ERROR_CODES,
  EVENT_TYPES,
  EXPLOITATION_TYPES,
  HANDLING_CODES,
  INTERFACE_LOCALES,
  JURISDICTIONS,
  LINK_FIELDS,
  LINK_KINDS,
  MODUS_OPERANDI,
  OUTCOMES,
  PERPETRATOR_ROLES,
  PRIORITIES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  ROLES,
  SCREENING_LANGUAGES,
  SEXES,
  SPOKEN_LANGUAGES,
  STRENGTHS,
  TRANSPORT_MODES,
} from '@veza/core';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatNumber, languageName } from './format.ts';
import { MESSAGES } from './index.ts';

const ENUMERATIONS: [string, readonly string[]][] = [
  ['roles', ROLES],
  ['jurisdictions', JURISDICTIONS],
  ['agencyTypes', AGENCY_TYPES],
  ['cases.types', CASE_TYPES],
  ['cases.statuses', CASE_STATUSES],
  ['cases.mo', MODUS_OPERANDI],
  ['cases.exploitationTypes', EXPLOITATION_TYPES],
  ['cases.roles', CASE_ROLES],
  ['cases.perpetratorRoleNames', PERPETRATOR_ROLES],
  ['cases.transports', TRANSPORT_MODES],
  ['cases.eventTypes', EVENT_TYPES],
  ['requests.types', REQUEST_TYPES],
  ['requests.priorities', PRIORITIES],
  ['requests.statuses', REQUEST_STATUSES],
  ['requests.linkKinds', LINK_KINDS],
  ['requests.handlingCodes', HANDLING_CODES],
  ['screening.outcomes', OUTCOMES],
  ['screening.outcomeShort', OUTCOMES],
  ['screening.strengths', STRENGTHS],
  ['person.sexes', SEXES],
  ['person.documentTypes', DOCUMENT_TYPES],
  ['errors.codes', ERROR_CODES],
  // The explanation of a possible duplicate: every field and every level it can be compared at.
  ['person.duplicates.fields', LINK_FIELDS.map((f) => f.field)],
  ['person.duplicates.levels', [...new Set(LINK_FIELDS.flatMap((f) => [...f.levels]))]],
];

function at(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], messages);
}

describe.each(INTERFACE_LOCALES)('in %s', (locale) => {
  const messages = MESSAGES[locale];

  it.each(ENUMERATIONS)('every value of %s has its words', (path, values) => {
    const missing = values.filter((v) => {
      const text = at(messages, `${path}.${v}`);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('names every language of the directory and of the interviews', () => {
    const unnamed = [...new Set<string>([...SPOKEN_LANGUAGES, ...SCREENING_LANGUAGES])].filter(
      (code) => languageName(code, locale) === code,
    );
    expect(unnamed).toEqual([]);
  });

  it('names every country', () => {
    expect(COUNTRY_CODES.filter((code) => countryName(code, locale) === code)).toEqual([]);
  });

  it('writes dates and numbers without the browser’s locale data', () => {
    const text = formatDateTime(new Date(2026, 11, 2, 4, 2), locale);
    expect(text).toContain('2026');
    expect(text).toContain('04:02');
    expect(text).not.toMatch(/M12/);
    expect(formatCalendarDate('1990-05', locale)).toMatch(/1990/);
    expect(formatNumber(12345.6, locale)).toMatch(/^12.345.6$/);
  });
});

describe('the words of dates in the region’s languages', () => {
  it.each([
    ['mk', 'дек'],
    ['sq', 'dhj'],
    ['sr-Cyrl', 'дец'],
    ['sr-Latn', 'dec'],
    ['hr', 'pro'],
  ])('%s writes December as %s', (locale, month) => {
    expect(formatDateTime(new Date(2026, 11, 2, 4, 2), locale)).toContain(month);
  });
});
