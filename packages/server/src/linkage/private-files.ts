/**
 * Files of private linkage: ENC.jsonl, one encoded record per line (see @veza/core/private-linkage),
 * written by `veza encode` and read by `veza match`; a malformed line stops with file and line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { EncodedRecord } from '@veza/core/private-linkage';
import { LinkInputError } from './read.ts';

function isHashList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Reads encoded records from JSONL files; ids must be unique across them. */
export async function readEncodedFiles(files: readonly string[]): Promise<EncodedRecord[]> {
  const records: EncodedRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const stream = createReadStream(file, { encoding: 'utf8' });
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) =>
        reject(new LinkInputError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)),
      );
    });
    await opened;
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new LinkInputError(`${file} line ${line}: not a JSON object`);
      }
      const r = value as Partial<EncodedRecord>;
      if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || r.id === '')
        throw new LinkInputError(`${file} line ${line}: an encoded record needs an id`);
      if (!isHashList(r.phones) || !isHashList(r.documents) || !Array.isArray(r.blocks))
        throw new LinkInputError(
          `${file} line ${line}: not an encoded record (phones, documents and blocks are missing)`,
        );
      const first = seen.get(r.id);
      if (first) throw new LinkInputError(`${file} line ${line}: id "${r.id}" was already used (${first})`);
      seen.set(r.id, `${file} line ${line}`);
      records.push({ jurisdiction: '', ...r } as EncodedRecord);
    }
  }
  return records;
}
