/**
 * The texts are kept per feature and assembled here: no feature may take another's keys, every
 * language has every key English has, and a derived language differs from its source only where it
 * says so.
 */
import { INTERFACE_LOCALES, serbianLatinToCyrillic } from '@veza/core';
import { describe, expect, it } from 'vitest';
import { casesTexts } from '../features/cases/texts/index.ts';
import { MESSAGES, TEXTS } from './index.ts';
import { inEveryLocale, mapStrings, withChanges } from './texts.ts';

function leafPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    leafPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('the interface texts', () => {
  it('gives each top-level key to one feature only', () => {
    const owners = new Map<string, number>();
    TEXTS.forEach((texts, i) => {
      for (const key of Object.keys(texts.en)) {
        expect(owners.has(key), `"${key}" is in two features' texts`).toBe(false);
        owners.set(key, i);
      }
    });
    expect([...owners.keys()].sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it.each(INTERFACE_LOCALES)('has in %s exactly the keys of English, each a non-empty text', (locale) => {
    const messages = MESSAGES[locale];
    expect(leafPaths(messages).sort()).toEqual(leafPaths(MESSAGES.en).sort());
    for (const path of leafPaths(messages)) {
      const text = path
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], messages);
      expect(String(text).trim(), `${locale}: ${path}`).not.toBe('');
    }
  });

  it('derives Bosnian, Croatian and Montenegrin from Serbian, and Cyrillic letter for letter', () => {
    const base = { a: 'kuća', b: { c: 'vrijeme', d: 'opština' } };
    const texts = inEveryLocale({
      en: { a: 'house', b: { c: 'time', d: 'municipality' } },
      sq: { a: 'shtëpi', b: { c: 'kohë', d: 'komunë' } },
      srLatn: base,
      mk: { a: 'куќа', b: { c: 'време', d: 'општина' } },
      bs: { b: { d: 'općina' } },
      hr: { a: 'kuća', b: { c: 'vrijeme', d: 'općina' } },
      cnr: { b: { d: 'opština' } },
    });
    expect(texts.bs).toEqual({ a: 'kuća', b: { c: 'vrijeme', d: 'općina' } });
    expect(texts.cnr).toEqual(base);
    expect(texts['sr-Cyrl']).toEqual({ a: 'кућа', b: { c: 'вријеме', d: 'општина' } });
    expect(withChanges(base, {})).toEqual(base);
  });

  it('assembles a feature’s texts under its own keys in every language', () => {
    for (const locale of INTERFACE_LOCALES) expect(MESSAGES[locale].cases).toBe(casesTexts[locale].cases);
    expect(MESSAGES['sr-Cyrl'].cases.title).toBe(serbianLatinToCyrillic(MESSAGES['sr-Latn'].cases.title));
    expect(mapStrings({ x: 'ab' }, (s) => s.toUpperCase())).toEqual({ x: 'AB' });
  });
});
