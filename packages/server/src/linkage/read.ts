/**
 * Reading the linkage CLI's input: UTF-8 CSV files (RFC 4180) with the header
 * id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number,
 * streamed straight into a LinkTable. A malformed file stops the run with its name and line.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Decision, type LinkTable, LinkTableBuilder, precisionOf } from '@veza/core';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

export const LINK_COLUMNS = [
  'id',
  'jurisdiction',
  'given_names',
  'family_names',
  'sex',
  'birth_date',
  'nationality',
  'phone',
  'document_number',
] as const;

/** A problem with an input file, worded for the person who made it: file, line, what is wrong. */
export class LinkInputError extends Error {}

/** Decodes bytes as UTF-8, refusing anything that is not, and counts lines for the error message. */
function utf8(file: string, onBytes: (n: number) => void): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // Find the line of the first bad byte.
        const good = new TextDecoder('utf-8').decode(chunk).split('\uFFFD')[0] ?? '';
        return done(
          new LinkInputError(`${file} line ${lines + (good.match(/\n/g)?.length ?? 0)}: not UTF-8 text`),
        );
      }
      lines += text.match(/\n/g)?.length ?? 0;
      done(null, text);
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new LinkInputError(`${file} line ${lines}: not UTF-8 text`));
      }
    },
  });
}

function csvMessage(
  error: Error & { code?: string; lines?: number },
  file: string,
  columns: number = LINK_COLUMNS.length,
): string {
  const line = error.lines ?? 0;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH':
      return `${file} line ${line}: the row does not have the ${columns} fields of the header`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${file} line ${line}: a quoted field is never closed`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${file} line ${line}: a quote inside a field that is not quoted, or text after a closing quote`;
    default:
      return `${file} line ${line}: ${error.message.split('\n')[0]}`;
  }
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  records: number;
}

/** Reads every file into one table; ids must be unique across all of them. */
export async function readLinkFiles(
  files: readonly string[],
  onProgress?: (progress: ReadProgress) => void,
): Promise<LinkTable> {
  const builder = new LinkTableBuilder();
  const seen = new Map<string, string>();
  let totalBytes = 0;
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new LinkInputError(`${file}: not a file`);
      totalBytes += stat.size;
    } catch (error) {
      if (error instanceof LinkInputError) throw error;
      throw new LinkInputError(
        `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
    }
  }
  let bytesRead = 0;
  for (const file of files) {
    let order: number[] | null = null;
    const parser = parse({
      bom: true,
      skip_empty_lines: true,
      on_record: (fields: string[], context: { lines: number }) => {
        const line = context.lines;
        if (!order) {
          order = headerOrder(fields, file);
          return null;
        }
        const value = (column: number) => fields[order![column]!]!.trim();
        const id = value(0);
        if (id === '') throw new LinkInputError(`${file} line ${line}: id is empty`);
        const first = seen.get(id);
        if (first !== undefined)
          throw new LinkInputError(`${file} line ${line}: id "${id}" was already used (${first})`);
        seen.set(id, `${file} line ${line}`);
        const birthDate = value(5);
        if (birthDate !== '' && precisionOf(birthDate) === null)
          throw new LinkInputError(
            `${file} line ${line}: birth_date "${birthDate}" is not a date as YYYY-MM-DD, YYYY-MM or YYYY`,
          );
        builder.add({
          id,
          jurisdiction: value(1),
          givenNames: value(2),
          familyNames: value(3),
          sex: value(4),
          birthDate,
          nationality: value(6),
          phone: value(7),
          documentNumber: value(8),
        });
        return null;
      },
    });
    const sink = new Writable({ objectMode: true, write: (_chunk, _encoding, done) => done() });
    const decoder = utf8(file, (n) => {
      bytesRead += n;
      onProgress?.({ bytesRead, totalBytes, records: builder.size });
    });
    try {
      await pipeline(createReadStream(file), decoder, parser, sink);
    } catch (error) {
      if (error instanceof LinkInputError) throw error;
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof LinkInputError) throw cause;
      throw new LinkInputError(csvMessage(error as Error, file));
    }
    if (!order)
      throw new LinkInputError(
        `${file} line 1: the file is empty; it needs the header ${LINK_COLUMNS.join(',')}`,
      );
  }
  return builder.build();
}

/** Where each expected column is in the file's header; every column must be there, and no other. */
function headerOrder(header: string[], file: string): number[] {
  const names = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    if (!(LINK_COLUMNS as readonly string[]).includes(name))
      throw new LinkInputError(
        `${file} line 1: unexpected column "${name}"; the header is ${LINK_COLUMNS.join(',')}`,
      );
  }
  return LINK_COLUMNS.map((column) => {
    const at = names.indexOf(column);
    if (at === -1)
      throw new LinkInputError(
        `${file} line 1: missing column "${column}"; the header is ${LINK_COLUMNS.join(',')}`,
      );
    if (names.indexOf(column, at + 1) !== -1)
      throw new LinkInputError(`${file} line 1: column "${column}" appears twice`);
    return at;
  });
}

/** The header of a decisions file: investigators' decisions on pairs, which the model learns from. */
export const DECISION_COLUMNS = ['left_id', 'right_id', 'decision'] as const;
const DECISION_WORDS: Record<string, boolean> = { same: true, different: false };

/**
 * Reads decisions (left_id,right_id,decision with decision "same" or "different") on records of
 * the table. Every id must be one of the table's; a pair decided twice keeps its last decision.
 */
export function readDecisions(file: string, table: LinkTable): Decision[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LinkInputError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code ? (error as Error).message : 'not UTF-8 text'}`,
    );
  }
  let rows: string[][];
  try {
    rows = parseSync(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    throw new LinkInputError(csvMessage(error as Error, file, DECISION_COLUMNS.length));
  }
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (
    !header ||
    DECISION_COLUMNS.some((c, k) => header[k] !== c) ||
    header.length !== DECISION_COLUMNS.length
  )
    throw new LinkInputError(`${file} line 1: the header must be ${DECISION_COLUMNS.join(',')}`);
  const index = new Map<string, number>();
  table.ids.forEach((id, i) => {
    index.set(id, i);
  });
  const decided = new Map<string, Decision>();
  rows.slice(1).forEach((row, k) => {
    const line = k + 2;
    const [left, right, word] = row.map((v) => v.trim());
    const at = (id: string, column: string) => {
      const i = index.get(id);
      if (i === undefined)
        throw new LinkInputError(`${file} line ${line}: ${column} "${id}" is not a record`);
      return i;
    };
    const l = at(left!, 'left_id');
    const r = at(right!, 'right_id');
    if (l === r) throw new LinkInputError(`${file} line ${line}: left_id and right_id are the same record`);
    const samePerson = DECISION_WORDS[word!.toLowerCase()];
    if (samePerson === undefined)
      throw new LinkInputError(`${file} line ${line}: decision must be "same" or "different", not "${word}"`);
    decided.set(l < r ? `${l} ${r}` : `${r} ${l}`, { left: l, right: r, samePerson });
  });
  return [...decided.values()];
}
