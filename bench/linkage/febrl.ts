/**
 * The FEBRL benchmark files (../shared/data/febrl/) as linkage records: given name, surname, date of
 * birth and social security number (as the document number); the address columns have no place in
 * Veza's record and are left out. The truth: rec-N-org and rec-N-dup-K are the same person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LinkRecord, precisionOf } from '@veza/core';
import { parse } from 'csv-parse/sync';

export const FEBRL_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'febrl');

function birthDate(text: string): string {
  const t = text.trim();
  if (!/^\d{8}$/.test(t)) return '';
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
}

export interface FebrlSet {
  records: LinkRecord[];
  /** Each record's person: the N of rec-N-…. */
  entity: Int32Array;
}

export function readFebrl(...files: string[]): FebrlSet {
  const records: LinkRecord[] = [];
  const entities: number[] = [];
  for (const file of files) {
    const rows = parse(readFileSync(join(FEBRL_DIR, file)), { columns: true, trim: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      const date = birthDate(row.date_of_birth ?? '');
      records.push({
        id: row.rec_id!,
        givenNames: row.given_name,
        familyNames: row.surname,
        // FEBRL's corrupted dates are often not dates at all; those count as missing.
        birthDate: date !== '' && precisionOf(date) === 'day' ? date : '',
        documentNumber: row.soc_sec_id,
      });
      entities.push(Number(/^rec-(\d+)-/.exec(row.rec_id!)![1]));
    }
  }
  return { records, entity: Int32Array.from(entities) };
}
