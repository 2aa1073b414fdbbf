/**
 * Reads a spreadsheet a unit already keeps, CSV (RFC 4180, UTF-8, with or without a byte-order mark)
 * or XLSX (first sheet), into a header and rows of text, each row with the line it came from.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';

export interface Table {
  readonly headers: string[];
  readonly rows: { line: number; values: Record<string, string> }[];
}

function fromRecords(records: { record: string[]; line: number }[], file: string): Table {
  const [head, ...body] = records;
  if (!head) throw new AppError('validation', `${file} is empty`, { field: 'file' });
  const headers = head.record.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of headers) {
    if (h !== '' && seen.has(h))
      throw new AppError('validation', `${file}: the column "${h}" appears twice in the header`, {
        field: 'file',
      });
    seen.add(h);
  }
  return {
    headers,
    rows: body
      .filter((r) => r.record.some((v) => v.trim() !== ''))
      .map((r) => ({
        line: r.line,
        values: Object.fromEntries(headers.map((h, i) => [h, (r.record[i] ?? '').trim()])),
      })),
  };
}

export function readCsv(bytes: Uint8Array, file: string): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(Buffer.from(bytes), {
      bom: true,
      info: true,
      relax_column_count: false,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw new AppError(
      'validation',
      `${file}${where ? ` line ${where}` : ''}: ${(error as Error).message.replace(/^Invalid Record Length: /, '')}`,
      {
        field: 'file',
      },
    );
  }
  return fromRecords(
    records.map((r) => ({ record: r.record, line: r.info.lines })),
    file,
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', `${file} is not a readable XLSX workbook`, { field: 'file' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('validation', `${file} has no sheet`, { field: 'file' });
  const width = sheet.columnCount;
  const records: { record: string[]; line: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const record: string[] = [];
    for (let c = 1; c <= width; c++) record.push(cellText(row.getCell(c).value));
    records.push({ record, line: number });
  });
  return fromRecords(records, file);
}

export async function readTable(bytes: Uint8Array, file: string): Promise<Table> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return isZip || /\.xlsx$/i.test(file) ? readXlsx(bytes, file) : readCsv(bytes, file);
}
