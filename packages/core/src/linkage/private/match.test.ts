import { describe, expect, it } from 'vitest';
import { levelBuffer } from '../compare.ts';
import { compareCandidates, finishLink } from '../link.ts';
import { prepareRecords } from '../record.ts';
import { syntheticRegister } from '../synthetic.ts';
import { deriveKeys, encodeTable } from './encode.ts';
import { EncodedTable, encodedBlocks } from './match.ts';

describe('matching on encodings', () => {
  const { records, truth } = syntheticRegister(1500, 5);
  const table = prepareRecords(records);
  const encoded = encodeTable(table, deriveKeys(Buffer.from('a regional secret for this test only')));
  const matcher = new EncodedTable(encoded);

  it('compares a batch with the kernel exactly as pair by pair', () => {
    const pairs = compareCandidates(matcher, encodedBlocks(matcher));
    expect(pairs.length).toBeGreaterThan(400);
    const levels = levelBuffer();
    for (let k = 0; k < pairs.length; k++) {
      expect(matcher.compare(pairs.left[k]!, pairs.right[k]!, levels)).toBe(pairs.pattern[k]);
      expect(matcher.frequency(pairs.left[k]!, pairs.right[k]!, levels)).toBeCloseTo(pairs.frequency[k]!, 5);
    }
  });

  it('finds the duplicates written in Cyrillic with only the year', () => {
    const pairs = compareCandidates(matcher, encodedBlocks(matcher));
    const result = finishLink(matcher, [pairs], { threshold: 0.5 });
    let correct = 0;
    for (let k = 0; k < result.pairs.left.length; k++)
      if (truth[result.pairs.left[k]!] === truth[result.pairs.right[k]!]) correct++;
    // Recall and precision; how far they stay from plaintext linkage is the benchmark's business.
    expect(correct / (records.length - 1500)).toBeGreaterThan(0.9);
    expect(correct / result.pairs.left.length).toBeGreaterThan(0.9);
  });

  it('keeps no name, date or number of the input in what it holds', () => {
    const held = JSON.stringify(matcher, (_key, value) =>
      ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value,
    );
    for (const record of records.slice(0, 200)) {
      for (const name of [record.givenNames, record.familyNames]) {
        if (name && name.length >= 4) {
          expect(held).not.toContain(name);
          expect(held).not.toContain(name.toLowerCase());
        }
      }
      if (record.birthDate && record.birthDate.length === 10) expect(held).not.toContain(record.birthDate);
    }
  });
});
