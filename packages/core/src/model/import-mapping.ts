/**
 * How the columns of a unit's own spreadsheet map onto Veza's fields, for importing persons. Saved as
 * JSON beside the file (`veza import FILE --mapping MAP.json`) or built in the web app's import page.
 */
import { z } from 'zod';
import { searchKey } from '../names/fold.ts';
import { CaseRole } from './case.ts';
import { DocumentType } from './person.ts';

const Column = z.string().trim().min(1).max(200);

export const ImportMapping = z.object({
  target: z.literal('persons'),
  /**
   * The column whose value identifies a row in its source, so that importing the same file twice
   * adds nothing. Without one, each row is identified by its own content (a hash of its values).
   */
  sourceKey: Column.optional(),
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
  /** Put every imported person in this case of the importer's jurisdiction, in this role. */
  attach: z.object({ caseId: z.uuid(), role: CaseRole }).optional(),
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

/**
 * The headers the region's registers use for each field, folded with searchKey (any script, no
 * diacritics, lower case): Serbian, Bosnian, Croatian, Montenegrin, Macedonian, Albanian, English.
 */
const HEADERS: Record<keyof ImportMapping['columns'] | 'sourceKey', string[]> = {
  sourceKey: [
    'id',
    'rb',
    'r br',
    'redni broj',
    'reden broj',
    'nr',
    'nr rendor',
    'evidencijski broj',
    'broj evidencije',
    'registration number',
    'record id',
    'row id',
    'case number',
    'sifra',
    'kod',
  ],
  givenNames: [
    'ime',
    'imena',
    'emri',
    'emer',
    'given name',
    'given names',
    'first name',
    'first names',
    'name',
    'forename',
  ],
  familyNames: [
    'prezime',
    'prezimena',
    'mbiemri',
    'mbiemer',
    'family name',
    'family names',
    'surname',
    'last name',
  ],
  alias: ['alias', 'nadimak', 'pseudonim', 'drugo ime', 'nofka', 'also known as', 'aka'],
  sex: ['pol', 'spol', 'gjinia', 'sex', 'gender', 'rod'],
  birthDate: [
    'datum rodjenja',
    'datum na ragjanje',
    'datum na radjanje',
    'datum radjanja',
    'data e lindjes',
    'datelindja',
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
    'rodjen',
    'godina rodjenja',
  ],
  nationality: [
    'drzavljanstvo',
    'drzhavjanstvo',
    'drzavjanstvo',
    'nacionalnost',
    'shtetesia',
    'kombesia',
    'nationality',
    'citizenship',
    'country of origin',
    'zemlja porekla',
    'zemlja porijekla',
    'drzava',
  ],
  phone: [
    'telefon',
    'tel',
    'mobilni',
    'mobitel',
    'broj telefona',
    'telefoni',
    'numri i telefonit',
    'phone',
    'phone number',
    'mobile',
    'mob',
  ],
  documentNumber: [
    'broj dokumenta',
    'broj pasosa',
    'pasos',
    'putna isprava',
    'broj isprave',
    'numri i dokumentit',
    'numri i pasaportes',
    'pasaporta',
    'document number',
    'passport number',
    'passport',
    'document',
    'broj licne karte',
  ],
  documentType: [
    'vrsta dokumenta',
    'tip dokumenta',
    'vid na dokument',
    'lloji i dokumentit',
    'document type',
  ],
  documentCountry: [
    'drzava izdavanja',
    'izdat od',
    'izdala drzava',
    'shteti leshues',
    'issuing country',
    'issued by',
  ],
  notes: [
    'napomena',
    'napomene',
    'zabeleska',
    'biljeska',
    'zabeleshka',
    'shenime',
    'shenim',
    'notes',
    'note',
    'remarks',
    'komentar',
  ],
};

/** A mapping made from a file's headers alone, for the user to check: each field to the header that names it. */
export function suggestMapping(headers: readonly string[]): {
  sourceKey?: string;
  columns: Partial<Record<keyof ImportMapping['columns'], string>>;
} {
  const folded = headers.map((h) => ({
    header: h,
    key: searchKey(h)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  }));
  const used = new Set<string>();
  const find = (names: string[]) => {
    const hit = folded.find((f) => !used.has(f.header) && names.includes(f.key));
    if (hit) used.add(hit.header);
    return hit?.header;
  };
  const columns: Partial<Record<keyof ImportMapping['columns'], string>> = {};
  // The most specific first: "broj pasosa" is a document, not a name.
  const order: (keyof ImportMapping['columns'])[] = [
    'documentNumber',
    'documentType',
    'documentCountry',
    'birthDate',
    'nationality',
    'phone',
    'familyNames',
    'givenNames',
    'alias',
    'sex',
    'notes',
  ];
  for (const field of order) {
    const header = find(HEADERS[field]);
    if (header) columns[field] = header;
  }
  const sourceKey = find(HEADERS.sourceKey);
  return { ...(sourceKey ? { sourceKey } : {}), columns };
}
