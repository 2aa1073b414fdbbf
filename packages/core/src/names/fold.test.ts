import { describe, expect, it } from 'vitest';
import { crossOrthographyKey, searchKey, searchText } from './fold.ts';
import { cyrillicToLatin, serbianLatinToCyrillic } from './transliterate.ts';

describe('searchKey', () => {
  it.each([
    ['Ђорђевић', 'djordjevic'],
    ['Đorđević', 'djordjevic'],
    ['DJORDJEVIC', 'djordjevic'],
    ['Šćepanović', 'scepanovic'],
    ['Љубица Њежић', 'ljubica njezic'],
    ['Ѓорѓи Ѓорѓиевски', 'djordji djordjievski'],
    ['Dorina Çela', 'dorina cela'],
    ['  O’Brien-Smith ', 'o brien smith'],
  ])('%s → %s', (input, key) => {
    expect(searchKey(input)).toBe(key);
  });
});

describe('crossOrthographyKey', () => {
  it('folds Albanian and BCMS spellings of the same name together', () => {
    const same = (a: string, b: string) => expect(crossOrthographyKey(a)).toBe(crossOrthographyKey(b));
    same('Gjorgjeviq', 'Đorđević');
    same('Gjorgjeviq', 'Djordjevic');
    same('Krasniqi', 'Krasnići');
    same('Krasniqi', 'Красничи');
    same('Hoxha', 'Hodža');
    same('Hoxha', 'Хоџа');
    same('Xhavad', 'Džavad');
  });

  it('keeps different names apart', () => {
    expect(crossOrthographyKey('Marko')).not.toBe(crossOrthographyKey('Mirko'));
    expect(crossOrthographyKey('Hoxha')).not.toBe(crossOrthographyKey('Hoda'));
  });
});

describe('searchText', () => {
  it('holds both keys when they differ, one when they agree', () => {
    expect(searchText('Marko')).toBe('marko');
    expect(searchText('Hoxha')).toBe('hoxha | hodza');
  });
});

describe('script conversion', () => {
  it('converts Serbian and Macedonian Cyrillic to Latin, keeping capitals on digraphs', () => {
    expect(cyrillicToLatin('Љиљана Џаферовић')).toBe('Ljiljana Džaferović');
    expect(cyrillicToLatin('Ѓорѓи')).toBe('Ǵorǵi');
  });

  it('converts Serbian Latin to Cyrillic, leaving placeholders, acronyms and addresses alone', () => {
    expect(serbianLatinToCyrillic('Džaferović Ljiljana')).toBe('Џаферовић Љиљана');
    expect(serbianLatinToCyrillic('Imenik {{count}} kontakata')).toBe('Именик {{count}} контаката');
    expect(serbianLatinToCyrillic('Prijava TOTP kodom')).toBe('Пријава TOTP кодом');
    expect(serbianLatinToCyrillic('Pišite na a.b@mup.example')).toBe('Пишите на a.b@mup.example');
  });

  it('round-trips Serbian text', () => {
    const latin = 'Kancelarija za koordinaciju aktivnosti u borbi protiv trgovine ljudima';
    expect(cyrillicToLatin(serbianLatinToCyrillic(latin))).toBe(latin);
  });
});
