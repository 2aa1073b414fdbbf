import { describe, expect, it } from 'vitest';
import { Availability, isAvailableAt } from './directory.ts';
import { strictestHandlingCode } from './handling-code.ts';
import { formatPhone, toE164 } from './phone.ts';

describe('availability', () => {
  const officeHours = Availability.parse({
    kind: 'office_hours',
    days: [1, 2, 3, 4, 5],
    opens: '08:00',
    closes: '16:00',
    timeZone: 'Europe/Belgrade',
  });

  it('answers around the clock for 24/7 contacts', () => {
    expect(isAvailableAt({ kind: 'always' }, new Date('2026-12-25T03:00:00Z'))).toBe(true);
  });

  it('follows office hours in the contact point’s own time zone', () => {
    // Belgrade is UTC+1 in winter: 07:30 UTC is 08:30 there, a Monday.
    expect(isAvailableAt(officeHours, new Date('2026-11-30T07:30:00Z'))).toBe(true);
    expect(isAvailableAt(officeHours, new Date('2026-11-30T06:30:00Z'))).toBe(false);
    expect(isAvailableAt(officeHours, new Date('2026-11-30T15:00:00Z'))).toBe(false);
    // Saturday
    expect(isAvailableAt(officeHours, new Date('2026-11-28T10:00:00Z'))).toBe(false);
  });

  it('rejects hours that close before they open', () => {
    const result = Availability.safeParse({
      kind: 'office_hours',
      days: [1],
      opens: '16:00',
      closes: '08:00',
      timeZone: 'Europe/Belgrade',
    });
    expect(result.success).toBe(false);
  });
});

describe('phones', () => {
  it('turns local and international writing into E.164', () => {
    expect(toE164('064 123 4567', 'RS')).toEqual({ ok: true, e164: '+381641234567' });
    expect(toE164('+383 44 100 201', 'RS')).toEqual({ ok: true, e164: '+38344100201' });
    expect(toE164('00389 70 300 110', 'MK')).toEqual({ ok: true, e164: '+38970300110' });
  });

  it('writes E.164 numbers for people', () => {
    expect(formatPhone('+381641234567')).toBe('+381 64 1234567');
    expect(formatPhone('not a number')).toBe('not a number');
  });

  it('refuses what is not a phone number', () => {
    expect(toE164('call me', 'RS').ok).toBe(false);
    expect(toE164('', 'RS').ok).toBe(false);
  });
});

describe('handling codes', () => {
  it('derived records carry the most restrictive code', () => {
    expect(strictestHandlingCode(['H0', 'H2', 'H1'])).toBe('H2');
    expect(strictestHandlingCode([])).toBe('H0');
  });
});
