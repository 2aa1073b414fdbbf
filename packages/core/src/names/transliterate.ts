/**
 * Script conversion for the region's Cyrillic alphabets (Serbian, Macedonian, and the Russian
 * letters that reach us in romanised migrant names) and back from Serbian Latin to Cyrillic.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
  // Macedonian: ѓ and ќ are the sounds BCMS writes đ and ć, Albanian gj and q.
  ѓ: 'ǵ',
  ѕ: 'dz',
  ќ: 'ḱ',
  ѐ: 'e',
  ѝ: 'i',
  // Russian and Ukrainian letters, for names transliterated by other administrations.
  й: 'j',
  ё: 'jo',
  щ: 'šč',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  є: 'je',
  і: 'i',
  ї: 'ji',
};

/** Converts Serbian, Macedonian and Russian Cyrillic letters to Latin; other characters pass through. */
export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC_TO_LATIN[lower];
    if (mapped === undefined) {
      out += ch;
    } else if (lower === ch) {
      out += mapped;
    } else {
      // Upper case: capitalise the first letter of a digraph only (Љ → Lj), which reads right in names.
      out += mapped.charAt(0).toUpperCase() + mapped.slice(1);
    }
  }
  return out;
}

const LATIN_TO_SERBIAN_CYRILLIC: [string, string][] = [
  ['dž', 'џ'],
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['č', 'ч'],
  ['ć', 'ћ'],
  ['d', 'д'],
  ['đ', 'ђ'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'ј'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['š', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['z', 'з'],
  ['ž', 'ж'],
];

function convertWord(word: string): string {
  // Acronyms (API, TOTP, IOM, QR) and Latin-only letters (q, w, x, y) stay as written.
  if (/^[A-Z0-9]{2,}$/.test(word) || /[qwxy]/i.test(word)) return word;
  let out = '';
  let i = 0;
  while (i < word.length) {
    let matched = false;
    for (const [latin, cyrillic] of LATIN_TO_SERBIAN_CYRILLIC) {
      const piece = word.slice(i, i + latin.length);
      if (piece.toLowerCase() === latin) {
        out += piece.charAt(0) === piece.charAt(0).toLowerCase() ? cyrillic : cyrillic.toUpperCase();
        i += latin.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += word.charAt(i);
      i += 1;
    }
  }
  return out;
}

/**
 * Serbian Latin to Serbian Cyrillic, one to one as the two alphabets are. Interpolation placeholders
 * ({{count}}), tags and web or e-mail addresses are left untouched.
 */
export function serbianLatinToCyrillic(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|<[^>]*>|\S+@\S+|https?:\/\/\S+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\p{L}\d]+/gu, convertWord)))
    .join('');
}
