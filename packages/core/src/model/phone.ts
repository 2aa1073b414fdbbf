/** Phone numbers: stored in E.164, parsed with the jurisdiction's country as the default. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneParse = { ok: true; e164: string } | { ok: false; reason: string };

export function toE164(text: string, defaultCountry?: string | null): PhoneParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const parsed = parsePhoneNumberFromString(
    trimmed,
    (defaultCountry ?? undefined) as CountryCode | undefined,
  );
  if (!parsed?.isPossible()) return { ok: false, reason: 'not a possible phone number' };
  return { ok: true, e164: parsed.number };
}

/** An E.164 number written for people, in the international format (+381 64 1234567). */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
