/**
 * How the interface's texts are kept: each feature owns its texts (`features/<name>/texts/`), one
 * file per language, under its own top-level keys (its namespace: `cases.…`, `requests.…`). English
 * is the reference and the type every full translation must match key for key; Bosnian and Croatian
 * are written as Serbian with the words where they differ, Montenegrin as Bosnian with its own, and
 * Serbian Cyrillic is converted from Serbian Latin letter for letter, so none of them can drift apart.
 */
import { type InterfaceLocale, serbianLatinToCyrillic } from '@veza/core';

/** The shape of a translation: the reference's keys, every leaf a string. */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

/** A translation written as the words where it differs from the one it derives from. */
export type Changes<T> = { [K in keyof T]?: T[K] extends string ? string : Changes<T[K]> };

export function withChanges<T>(base: T, changes: Changes<T>): T {
  if (typeof base === 'string') return ((changes as unknown as string | undefined) ?? base) as T;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base as Record<string, unknown>)) {
    const change = (changes as Record<string, unknown>)[key];
    out[key] = change === undefined ? value : withChanges(value, change as Changes<typeof value>);
  }
  return out as T;
}

export function mapStrings<T>(texts: T, convert: (text: string) => string): T {
  if (typeof texts === 'string') return convert(texts) as T;
  return Object.fromEntries(
    Object.entries(texts as object).map(([k, v]) => [k, mapStrings(v, convert)]),
  ) as T;
}

/** What a feature writes: four full translations and the changes of the three derived ones. */
export interface FeatureTexts<L> {
  readonly en: L;
  readonly sq: L;
  readonly srLatn: L;
  readonly mk: L;
  readonly bs?: Changes<L>;
  readonly hr?: Changes<L>;
  readonly cnr?: Changes<L>;
}

/** A feature's texts in every interface language, the derived ones derived. */
export function inEveryLocale<L>(texts: FeatureTexts<L>): Record<InterfaceLocale, L> {
  const bs = withChanges(texts.srLatn, texts.bs ?? {});
  return {
    en: texts.en,
    sq: texts.sq,
    'sr-Latn': texts.srLatn,
    'sr-Cyrl': mapStrings(texts.srLatn, serbianLatinToCyrillic),
    mk: texts.mk,
    bs,
    hr: withChanges(texts.srLatn, texts.hr ?? {}),
    cnr: withChanges(bs, texts.cnr ?? {}),
  };
}
