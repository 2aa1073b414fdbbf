/**
 * How the columns of a unit's own spreadsheet map onto Veza's fields, for importing persons. Saved as
 * JSON beside the file (`veza import FILE --mapping MAP.json`) or built in the web app's import page.
 */
import { z } from 'zod';
import { DocumentType } from './person.ts';

const Column = z.string().trim().min(1).max(200);

export const ImportMapping = z.object({
  target: z.literal('persons'),
  /** The column whose value identifies a row in its source, so that importing the same file twice adds nothing. */
  sourceKey: Column,
  columns: z
    .object({
      givenNames: Column.optional(),
      familyNames: Column.optional(),
      /** A second spelling, recorded as an alias. */
      alias: Column.optional(),
      sex: Column.optional(),
      birthDate: Column.optional(),
      nationality: Column.optional(),
      /** One or more phones, separated by ";" or ",". */
      phone: Column.optional(),
      documentNumber: Column.optional(),
      documentType: Column.optional(),
      documentCountry: Column.optional(),
      notes: Column.optional(),
    })
    .refine((c) => c.givenNames || c.familyNames, {
      message: 'map at least the given or the family names',
      path: ['givenNames'],
    }),
  /** Values for every row where the file has no column. */
  constants: z
    .object({
      documentType: DocumentType.optional(),
      handlingCode: z.enum(['H0', 'H1', 'H2', 'H3']).optional(),
    })
    .default({}),
  /** How dates are written in the file: ISO (2007-01-31, 2007-01, 2007) or day first (31.01.2007, 31/01/2007). */
  dateFormat: z.enum(['iso', 'day_first']).default('iso'),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** A date as the file writes it, turned into Veza's partial ISO form; unparseable text passes through to be rejected. */
export function importDate(text: string, format: ImportMapping['dateFormat']): string {
  const value = text.trim();
  if (format === 'iso') return value;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$/.exec(value);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const my = /^(\d{1,2})[./-](\d{4})\.?$/.exec(value);
  if (my) return `${my[2]}-${my[1]!.padStart(2, '0')}`;
  return value;
}

/** Sex as spreadsheets write it, in the region's languages and English. */
export function importSex(text: string): 'male' | 'female' | 'non_conforming' | 'unknown' {
  const v = text.trim().toLowerCase();
  if (['m', 'male', 'muški', 'muski', 'мушки', 'машки', 'mashkull', 'м'].includes(v)) return 'male';
  if (['f', 'ž', 'z', 'female', 'ženski', 'zenski', 'женски', 'femër', 'femer', 'ж'].includes(v))
    return 'female';
  if (['x', 'other', 'non_conforming'].includes(v)) return 'non_conforming';
  return 'unknown';
}
