/**
 * A person in investigation records: names as recorded in their script, aliases, a birth date known
 * in part, nationalities, documents, phones and social-media handles. The same person may be a
 * victim in one case and a suspect in another.
 */
import { z } from 'zod';
import { CountryCode } from './country.ts';
import { HandlingCode } from './handling-code.ts';
import { PartialDate, PastPartialDate } from './partial-date.ts';

/** ISO 15924 script codes of the scripts names arrive in. */
export const SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Grek', 'Beng', 'Deva', 'Other'] as const;
export const Script = z.enum(SCRIPTS);
export type Script = z.infer<typeof Script>;

/** The script most of a text's letters are in. */
export function detectScript(text: string): Script {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const script: Script | null = /\p{Script=Latin}/u.test(ch)
      ? 'Latn'
      : /\p{Script=Cyrillic}/u.test(ch)
        ? 'Cyrl'
        : /\p{Script=Arabic}/u.test(ch)
          ? 'Arab'
          : /\p{Script=Greek}/u.test(ch)
            ? 'Grek'
            : /\p{Script=Bengali}/u.test(ch)
              ? 'Beng'
              : /\p{Script=Devanagari}/u.test(ch)
                ? 'Deva'
                : /\p{L}/u.test(ch)
                  ? 'Other'
                  : null;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = 'Latn';
  let most = 0;
  for (const [script, n] of counts) {
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

export const PersonName = z
  .object({
    givenNames: z.string().trim().max(200).default(''),
    familyNames: z.string().trim().max(200).default(''),
    /** Detected from the letters when not given. */
    script: Script.optional(),
    kind: z.enum(['recorded', 'alias']).default('recorded'),
  })
  .refine((n) => n.givenNames !== '' || n.familyNames !== '', {
    message: 'a name needs given or family names',
    params: { key: 'required' },
  });
export type PersonName = z.infer<typeof PersonName>;

export const SEXES = ['male', 'female', 'non_conforming', 'unknown'] as const;
export const Sex = z.enum(SEXES);

export const DOCUMENT_TYPES = [
  'passport',
  'id_card',
  'residence_permit',
  'travel_document',
  'asylum_card',
  'driving_licence',
  'other',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);

/** Document numbers compared without case, spaces or punctuation, Cyrillic look-alikes folded. */
export function normaliseDocumentNumber(number: string): string {
  return number
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[АВЕКМНОРСТУХ]/g, (ch) => 'ABEKMHOPCTYX'['АВЕКМНОРСТУХ'.indexOf(ch)] ?? ch)
    .replace(/[^A-Z0-9]/g, '');
}

export const PersonDocument = z.object({
  type: DocumentType,
  number: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .refine((n) => normaliseDocumentNumber(n).length >= 2, {
      message: 'a document number has letters or digits',
    }),
  issuingCountry: CountryCode.nullish(),
  expiresOn: PartialDate.nullish(),
});
export type PersonDocument = z.infer<typeof PersonDocument>;

/** Platforms as HTCDS lists them (vic_RecruitmentWebsitesAndApps). */
export const SOCIAL_PLATFORMS = [
  'Facebook',
  'Instagram',
  'WhatsApp',
  'Telegram',
  'FacebookMessenger',
  'Viber',
  'SnapChat',
  'Line',
  '4Sale',
  'WeChat',
  'QQ',
  'QZone',
  'TikTok',
  'Twitter',
  'Signal',
  'Other',
] as const;

export const SocialHandle = z.object({
  platform: z.enum(SOCIAL_PLATFORMS),
  handle: z.string().trim().min(1).max(200),
});

export const PersonInput = z.object({
  names: z.array(PersonName).min(1, 'a person needs at least one name').max(20),
  sex: Sex.default('unknown'),
  birthDate: PastPartialDate.nullish(),
  /** The birth date's 1 January is a registration default, not what the person said. */
  birthDatePresumed: z.boolean().default(false),
  nationalities: z.array(CountryCode).max(5).default([]),
  documents: z.array(PersonDocument).max(20).default([]),
  /** Phone numbers as written; stored in E.164 beside the original. */
  phones: z.array(z.string().trim().min(3).max(40)).max(20).default([]),
  socialHandles: z.array(SocialHandle).max(20).default([]),
  notes: z.string().trim().max(10_000).nullish(),
  handlingCode: HandlingCode.default('H0'),
});
export type PersonInput = z.infer<typeof PersonInput>;
