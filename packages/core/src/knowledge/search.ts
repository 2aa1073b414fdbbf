/**
 * Search of the knowledge base across the region's scripts: a query and a text are compared word by
 * word in their folded forms (names module: Cyrillic and Latin, BCMS and Albanian letters), a query
 * word matching the start of a text word, so that "Ђорђевић" finds "Djordjevic" and "trafik" finds
 * "trafikimi". The database does the finding and ranking over the same folded words; this finds the
 * passage to show.
 */
import { crossOrthographyKey, searchKey } from '../names/fold.ts';

export interface QueryWord {
  /** The word folded (searchKey). */
  key: string;
  /** Its Albanian/BCMS cross-spelling fold, when different. */
  cross: string | null;
}

const MAX_WORDS = 12;

/**
 * Endings of case and definiteness in BCMS and Albanian (trgovin-ama, kamion-om, ljud-ima;
 * trafikim-it, migrant-ët, migrant-ëve), folded to ASCII, longest first.
 */
const ENDINGS = [
  'ama',
  'ima',
  'ove',
  'eve',
  'ega',
  'emu',
  'om',
  'em',
  'ih',
  'og',
  'oj',
  'it',
  'in',
  've',
  'et',
  'es',
  'se',
  'ja',
  'je',
  'ri',
];

/**
 * The region's languages inflect at the end of a word (trgovina, trgovine, trgovinom; trafikimi,
 * trafikimit; migrantët, migrantëve): a query word of five letters or more loses one such ending
 * and then its final vowels, and is matched as the start of a word, so that each of its forms
 * finds the others. Four letters always stay; a name ending in a consonant (Đorđević) stays whole.
 * Endings that change the stem itself (žrtva, žrtava) are not undone.
 */
export function queryStem(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  let stem = word;
  const ending = ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= 4);
  if (ending) stem = stem.slice(0, -ending.length);
  const bare = stem.replace(/[aeiouy]+$/, '');
  return bare.length >= 4 ? bare : stem;
}

export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const raw of query.split(/[\s,;]+/)) {
    const key = searchKey(raw).replace(/[.@+]/g, ' ').trim();
    for (const part of key.split(' ')) {
      const stem = queryStem(part);
      if (part.length < 2 || seen.has(stem)) continue;
      seen.add(stem);
      const cross = crossOrthographyKey(stem);
      words.push({ key: stem, cross: cross !== stem ? cross : null });
    }
  }
  return words.slice(0, MAX_WORDS);
}

/** What the database indexes for a text: its folded words and their cross-spellings. */
export function indexedText(...parts: (string | null | undefined)[]): string {
  const text = parts.filter((p): p is string => Boolean(p)).join(' \n ');
  const key = searchKey(text).replace(/[.@+]/g, ' ');
  const cross = crossOrthographyKey(text).replace(/[.@+]/g, ' ');
  return key === cross ? key : `${key} ${cross}`;
}

/**
 * A PostgreSQL tsquery ('simple' configuration) for the words: every word must match, as a prefix,
 * in either of its folds. Words are [a-z0-9] only, so nothing in them is tsquery syntax.
 */
export function tsQuery(words: readonly QueryWord[]): string {
  return words.map((w) => (w.cross ? `(${w.key}:* | ${w.cross}:*)` : `${w.key}:*`)).join(' & ');
}

export interface Passage {
  text: string;
  /** Where the matched words are in `text`: [start, end) in UTF-16 units. */
  highlights: [number, number][];
}

const WORD = /[\p{L}\p{N}]+/gu;
const PASSAGE_CHARS = 240;

function matches(word: string, query: readonly QueryWord[]): boolean {
  const key = searchKey(word);
  if (!key) return false;
  const cross = crossOrthographyKey(word);
  return query.some(
    (q) => key.startsWith(q.key) || cross.startsWith(q.cross ?? q.key) || cross.startsWith(q.key),
  );
}

/** Markdown's marks taken out, for a passage of plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^[#>\s*+-]+/gm, '')
    .replace(/[*_`~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The passage of the texts (in order of preference) with the most matched words, cut to about 240
 * characters around the first of them, with where each match is.
 */
export function matchedPassage(texts: readonly string[], query: readonly QueryWord[]): Passage | null {
  let best: { text: string; ranges: [number, number][]; distinct: number } | null = null;
  for (const raw of texts) {
    const text = plainText(raw);
    if (!text) continue;
    const ranges: [number, number][] = [];
    const distinct = new Set<string>();
    for (const m of text.matchAll(WORD)) {
      if (matches(m[0], query)) {
        ranges.push([m.index, m.index + m[0].length]);
        distinct.add(searchKey(m[0]));
      }
    }
    if (ranges.length > 0 && (!best || distinct.size > best.distinct))
      best = { text, ranges, distinct: distinct.size };
    if (best && best.distinct >= query.length) break;
  }
  if (!best) return null;
  const first = best.ranges[0]![0];
  let start = Math.max(0, first - 80);
  if (start > 0) {
    const space = best.text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(best.text.length, start + PASSAGE_CHARS);
  if (end < best.text.length) {
    const space = best.text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < best.text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${best.text.slice(start, end)}${suffix}`,
    highlights: best.ranges
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift]),
  };
}
