/**
 * A seeded generator of person records as the region's registers produce them, with the truth of
 * which records are the same person: the scripts and orthographies of all six jurisdictions,
 * migrants' names in several romanisations, swapped name order, joined and split compounds, typos,
 * partial and defaulted birth dates, changing phones and phones shared by travelling groups,
 * namesakes born the same year, nationality declared differently at different borders, and
 * duplicates within one jurisdiction. Same seed, same records.
 *
 *   tsx bench/linkage/generate.ts --records 100000 --seed 1 --out records.csv --truth truth.csv
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { seededRandom, serbianLatinToCyrillic } from '@veza/core';
import { type NamePool, type Origin, POOLS, type Spellings } from './names.ts';

export const HEADER =
  'id,jurisdiction,given_names,family_names,sex,birth_date,nationality,phone,document_number';

type Jurisdiction = 'AL' | 'BA' | 'XK' | 'ME' | 'MK' | 'RS';

/**
 * The rates that make a register hard, each a knob: the benchmark sweeps the hardest ones instead
 * of scoring one setting, so that the engine is not tuned to one generator.
 */
export interface Knobs {
  /** Share of migrants who share another recent migrant's names and birth year (cousins, common names). */
  namesakes: number;
  /** Of those namesakes, the share who also give no date, so both are registered on 1 January of that year. */
  namesakeGuessedDate: number;
  /** Share of people of the region who share a recent neighbour's names and birth year. */
  localNamesakes: number;
  /** Share of travelling groups that share one phone. */
  groupPhones: number;
  /** How often a member of such a group gives the group's phone. */
  groupPhoneUse: number;
  /** Share of migrants who travel with their family: one family name, one phone, sometimes one year. */
  families: number;
  /** Share of migrants who do not know their birth date and give a year (a guessed year for some). */
  guessedDates: number;
  /** Of the records of people giving a year, the share written as 1 January of it. */
  januaryFirst: number;
  /** Chance that a record gives a number bought in that country, not one the person had. */
  simChanges: number;
  /** Chance that a record declares another nationality than the person's. */
  otherNationality: number;
  /** Chance that a phone is written with a wrong, missing or extra digit. */
  phoneNoise: number;
  /** Chance that a document number is mistyped (a digit, O for 0), or that the person has a new document. */
  documentNoise: number;
}

/** Bumped whenever the same seed and knobs would make other records (benchmarks cache files by it). */
export const GENERATOR_VERSION = 2;

/** The default setting: as hard as the registers described in issue 13. */
export const DEFAULT_KNOBS: Knobs = {
  namesakes: 0.05,
  namesakeGuessedDate: 0.5,
  localNamesakes: 0.03,
  groupPhones: 0.5,
  groupPhoneUse: 0.6,
  families: 0.15,
  guessedDates: 0.55,
  januaryFirst: 0.5,
  simChanges: 0.2,
  otherNationality: 0.12,
  phoneNoise: 0.03,
  documentNoise: 0.05,
};

interface Person {
  entity: number;
  origin: Origin;
  sex: 'male' | 'female';
  given: Spellings[];
  family: Spellings;
  year: number;
  month: number;
  day: number;
  /** Whether the person knows (and has papers with) the full birth date. */
  knowsDate: boolean;
  /** The year a person without papers gives: the true one, or one off. */
  statedYear: number;
  nationality: string;
  declaredInstead: readonly string[];
  phones: string[];
  groupPhone: string | null;
  document: string | null;
  /** A second document (a new passport), given instead of the first on some records. */
  newDocument: string | null;
  route: Jurisdiction[];
}

/** A family on the move: members come one after the other and share a family name, a phone, a route. */
interface Family {
  origin: Origin;
  family: Spellings;
  phone: string | null;
  route: Jurisdiction[];
  /** Parents' birth year; a year members sometimes share when none knows his date. */
  year: number;
  knowsDate: boolean;
  givenSoFar: Spellings[];
  left: number;
}

const ORIGINS: [Origin, number][] = [
  ['bcms', 0.12],
  ['albanian', 0.1],
  ['macedonian', 0.04],
  ['afghan', 0.22],
  ['syrian', 0.12],
  ['pakistani', 0.12],
  ['moroccan', 0.1],
  ['bangladeshi', 0.06],
  ['iraqi', 0.05],
  ['iranian', 0.04],
  ['turkish', 0.03],
];

const ROUTES: Jurisdiction[][] = [
  ['MK', 'RS', 'BA'],
  ['MK', 'RS'],
  ['AL', 'ME', 'BA'],
  ['MK', 'XK', 'ME', 'BA'],
  ['AL', 'XK', 'RS'],
  ['MK', 'AL', 'ME', 'BA'],
  ['RS', 'BA'],
  ['MK', 'RS', 'ME'],
];

const HOMES: Partial<Record<Origin, Jurisdiction[]>> = {
  bcms: ['RS', 'BA', 'ME', 'RS'],
  albanian: ['AL', 'XK', 'AL', 'MK'],
  macedonian: ['MK'],
};

// Country calling code, the first digit of mobile numbers and how many digits follow it.
const MOBILE: Record<string, [string, string, number]> = {
  RS: ['381', '6', 8],
  BA: ['387', '6', 7],
  ME: ['382', '6', 7],
  MK: ['389', '7', 7],
  AL: ['355', '6', 8],
  XK: ['383', '4', 7],
  AF: ['93', '7', 8],
  PK: ['92', '3', 9],
  SY: ['963', '9', 8],
  MA: ['212', '6', 8],
  BD: ['880', '1', 9],
  IQ: ['964', '7', 9],
  IR: ['98', '9', 9],
  TR: ['90', '5', 9],
};

// How clerks write a country: English, BCMS, Serbian/Macedonian Cyrillic, Albanian.
const COUNTRY_NAMES: Record<string, string[]> = {
  AF: ['Afghanistan', 'Avganistan', 'Авганистан', 'Afganistan'],
  SY: ['Syria', 'Sirija', 'Сирија', 'Siria'],
  PK: ['Pakistan', 'Pakistan', 'Пакистан', 'Pakistan'],
  MA: ['Morocco', 'Maroko', 'Мароко', 'Maroku'],
  BD: ['Bangladesh', 'Bangladeš', 'Бангладеш', 'Bangladesh'],
  IQ: ['Iraq', 'Irak', 'Ирак', 'Irak'],
  IR: ['Iran', 'Iran', 'Иран', 'Iran'],
  TR: ['Turkey', 'Turska', 'Турска', 'Turqia'],
  IN: ['India', 'Indija', 'Индија', 'India'],
  DZ: ['Algeria', 'Alžir', 'Алжир', 'Algjeri'],
  TN: ['Tunisia', 'Tunis', 'Тунис', 'Tunizi'],
  PS: ['Palestine', 'Palestina', 'Палестина', 'Palestina'],
  RS: ['Serbia', 'Srbija', 'Србија', 'Serbia'],
  BA: ['Bosnia and Herzegovina', 'BiH', 'БиХ', 'Bosnja'],
  ME: ['Montenegro', 'Crna Gora', 'Црна Гора', 'Mali i Zi'],
  MK: ['North Macedonia', 'Makedonija', 'Македонија', 'Maqedonia'],
  AL: ['Albania', 'Albanija', 'Албанија', 'Shqipëria'],
  XK: ['Kosovo', 'Kosovo', 'Косово', 'Kosova'],
};

/** Codes other than ISO alpha-2 that registers use: alpha-3, and Kosovo's RKS and XKX. */
const OTHER_CODES: Record<string, string[]> = {
  AF: ['AFG'],
  SY: ['SYR'],
  PK: ['PAK'],
  MA: ['MAR'],
  BD: ['BGD'],
  IQ: ['IRQ'],
  IR: ['IRN'],
  TR: ['TUR'],
  IN: ['IND'],
  DZ: ['DZA'],
  TN: ['TUN'],
  PS: ['PSE'],
  RS: ['SRB'],
  BA: ['BIH'],
  ME: ['MNE'],
  MK: ['MKD'],
  AL: ['ALB'],
  XK: ['RKS', 'XKX', 'RKS'],
};

interface Style {
  /** Copies the romanisation in the person's passport instead of writing it the local way. */
  passport: boolean;
  cyrillic: boolean;
  /** BCMS Latin typed without its letters (đ as dj, č as c). */
  ascii: boolean;
  /** Albanian typed without ë and ç. */
  plainAlbanian: boolean;
}

function isLocal(origin: Origin): boolean {
  return origin === 'bcms' || origin === 'albanian' || origin === 'macedonian';
}

export interface GeneratedRecord {
  id: string;
  entity: number;
  fields: string[];
}

export class RecordGenerator {
  private readonly rnd: () => number;
  private entity = 0;
  private serial = 0;
  private readonly recent: Person[] = [];
  private group: { phone: string | null; left: number; route: Jurisdiction[] } = {
    phone: null,
    left: 0,
    route: ROUTES[0]!,
  };

  private familyOnTheMove: Family | null = null;
  private readonly knobs: Knobs;

  constructor(seed: number, knobs: Partial<Knobs> = {}) {
    this.rnd = seededRandom(seed);
    this.knobs = { ...DEFAULT_KNOBS, ...knobs };
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }
  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)]!;
  }
  /** Zipf-like: the first items of a pool are the common names. */
  private zipf<T>(items: readonly T[], skew = 2): T {
    const r = this.rnd() ** skew;
    return items[Math.min(items.length - 1, Math.floor(items.length * r))]!;
  }
  private digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  private newPhone(country: string): string {
    const [cc, first, rest] = MOBILE[country] ?? MOBILE.RS!;
    return `+${cc}${first}${String(this.int(0, 9))}${this.digits(rest - 1)}`;
  }

  private newDocument(): string {
    return `${String.fromCharCode(65 + this.int(0, 25), 65 + this.int(0, 25))}${this.digits(7)}`;
  }

  private originOf(): Origin {
    const r = this.rnd();
    let acc = 0;
    for (const [o, p] of ORIGINS) {
      acc += p;
      if (r < acc) return o;
    }
    return 'afghan';
  }

  private newPerson(): Person {
    const k = this.knobs;
    const family = this.familyOnTheMove;
    const origin: Origin = family ? family.origin : this.originOf();
    const pool: NamePool = POOLS[origin];
    const local = isLocal(origin);
    const sex = this.chance(local ? 0.5 : family ? 0.55 : 0.82) ? 'male' : 'female';
    const names = sex === 'male' ? pool.male : pool.female;
    // Members of one family have different given names.
    let first = this.zipf(names);
    for (let tries = 0; family && tries < 10 && family.givenSoFar.includes(first); tries++)
      first = this.zipf(names);
    const given: Spellings[] = [first];
    if (!local && this.chance(0.22)) given.push(this.zipf(names));
    let year = local ? this.int(1960, 2002) : this.int(1980, 2010);
    if (family && family.givenSoFar.length > 0)
      year = this.int(family.year + 18, Math.min(2022, family.year + 35));
    if (family && this.chance(0.3)) year = family.year;
    const month = this.int(1, 12);
    const day = this.int(1, 28);
    if (!local && !family && this.group.left <= 0) {
      this.group = {
        phone: this.chance(k.groupPhones)
          ? this.newPhone(this.pick(['RS', 'MK', 'BA', pool.nationality]))
          : null,
        left: this.int(1, 12),
        route: this.pick(ROUTES),
      };
    }
    if (!family) this.group.left--;
    const phones: string[] = [];
    if (this.chance(local ? 0.8 : 0.55)) {
      const count = local ? 1 : this.int(1, 3);
      for (let n = 0; n < count; n++)
        phones.push(
          this.newPhone(
            local ? (HOMES[origin]![0] ?? 'RS') : this.pick([pool.nationality, 'RS', 'MK', 'BA']),
          ),
        );
    }
    const route = local ? [this.pick(HOMES[origin]!)] : (family?.route ?? this.group.route);
    const knowsDate = family ? family.knowsDate : local ? this.chance(0.95) : this.chance(1 - k.guessedDates);
    const person: Person = {
      entity: this.entity++,
      origin,
      sex,
      given,
      family: family ? family.family : this.zipf(pool.family, 1.5),
      year,
      month,
      day,
      knowsDate,
      statedYear: !local && this.chance(0.2) ? year + this.pick([-1, 1]) : year,
      // Kosovars are Kosovo's citizens, whatever their names.
      nationality: origin === 'albanian' && route[0] === 'XK' ? 'XK' : pool.nationality,
      declaredInstead: origin === 'albanian' && route[0] === 'XK' ? ['AL'] : pool.declaredInstead,
      phones,
      groupPhone: local ? null : family ? family.phone : this.group.phone,
      document: this.chance(local ? 0.85 : 0.25) ? this.newDocument() : null,
      newDocument: null,
      route,
    };
    if (person.document && this.chance(k.documentNoise)) person.newDocument = this.newDocument();
    if (family) {
      family.givenSoFar.push(first);
      if (--family.left <= 0) this.familyOnTheMove = null;
    } else if (!local && this.chance(k.families)) {
      // The first member of a family: the others follow in the next persons.
      this.familyOnTheMove = {
        origin,
        family: person.family,
        phone: this.chance(0.8) ? (phones[0] ?? this.newPhone(pool.nationality)) : null,
        route: person.route,
        year: person.year,
        knowsDate: person.knowsDate,
        givenSoFar: [first],
        left: this.int(1, 5),
      };
      person.groupPhone = this.familyOnTheMove.phone;
    }
    // A namesake: another person of the same origin and sex with the same names, born the same year
    // (a cousin, or just a common name), often travelling in the same group; some give no date
    // either, so both are registered on 1 January of that year.
    const namesakes = local ? k.localNamesakes : k.namesakes;
    if (!family && this.chance(namesakes)) {
      const guessed = !local && this.chance(k.namesakeGuessedDate);
      let others = this.recent.filter((o) => o.origin === origin && o.sex === sex);
      if (guessed && others.some((o) => !o.knowsDate)) others = others.filter((o) => !o.knowsDate);
      if (others.length > 0) {
        const other = this.pick(others);
        person.given = other.given;
        person.family = other.family;
        person.year = other.year;
        person.statedYear = other.statedYear;
        if (guessed) person.knowsDate = other.knowsDate;
      }
    }
    this.recent.push(person);
    if (this.recent.length > 200) this.recent.shift();
    return person;
  }

  /** How many records a person has: mostly one, some seen at several borders or twice at one. */
  private recordCount(): number {
    const r = this.rnd();
    if (r < 0.55) return 1;
    if (r < 0.8) return 2;
    if (r < 0.91) return 3;
    if (r < 0.96) return 4;
    if (r < 0.985) return 5;
    return 6;
  }

  /** The next person's records. */
  nextPerson(): GeneratedRecord[] {
    const person = this.newPerson();
    const count = this.recordCount();
    const out: GeneratedRecord[] = [];
    let stop = 0;
    for (let k = 0; k < count; k++) {
      // Mostly on to the next border; sometimes registered twice in one jurisdiction.
      if (k > 0 && !this.chance(0.2)) stop = Math.min(stop + 1, person.route.length - 1);
      if (k > 0 && stop === person.route.length - 1 && this.chance(0.3)) stop = 0;
      const jurisdiction = person.route[stop]!;
      out.push(this.record(person, jurisdiction));
    }
    return out;
  }

  private record(person: Person, j: Jurisdiction): GeneratedRecord {
    const id = `${j}-${String(++this.serial).padStart(8, '0')}`;
    // How this clerk writes names, decided once for the whole record.
    const style: Style = {
      passport: !isLocal(person.origin) && this.chance(0.5),
      cyrillic: (j === 'RS' && this.chance(0.5)) || (j === 'MK' && this.chance(0.7)),
      ascii: this.chance(0.25),
      plainAlbanian: this.chance(0.15),
    };
    let given = person.given.map((s) => this.spell(s, person, j, style));
    if (given.length === 2) {
      if (this.chance(0.3)) given = [given.join('')];
      else if (this.chance(0.06)) given = [given[this.chance(0.5) ? 0 : 1]!];
      else if (this.chance(0.1)) given = [given[1]!, given[0]!];
    }
    let givenText = given.map((w) => this.typo(w)).join(' ');
    let familyText = this.typo(this.spell(person.family, person, j, style));
    if (this.chance(0.04)) [givenText, familyText] = [familyText, givenText];
    if (this.chance(0.02)) givenText = '';
    if (this.chance(0.01)) familyText = '';
    if (this.chance(0.25)) {
      givenText = givenText.toUpperCase();
      familyText = familyText.toUpperCase();
    }
    return {
      id,
      entity: person.entity,
      fields: [
        id,
        j,
        givenText,
        familyText,
        this.sexText(person, j),
        this.birthText(person),
        this.nationalityText(person, j),
        this.phoneText(person, j),
        this.documentText(person),
      ],
    };
  }

  /** A name as a clerk in jurisdiction j writes it. */
  private spell(spellings: Spellings, person: Person, j: Jurisdiction, style: Style): string {
    const local = isLocal(person.origin);
    let name = spellings.length > 1 && this.chance(0.55) ? this.pick(spellings.slice(1)) : spellings[0]!;
    if (person.origin === 'turkish') name = toBcms(name, 'turkish');
    if (j === 'AL' || j === 'XK') {
      if (person.origin === 'albanian' || style.passport)
        return style.plainAlbanian ? stripAlbanian(name) : name;
      return toAlbanian(local ? name : toBcms(name, 'english'));
    }
    const bcms = style.passport
      ? name
      : toBcms(name, person.origin === 'albanian' ? 'albanian' : local ? 'bcms' : 'english');
    if (style.cyrillic) {
      const cyrillic = serbianLatinToCyrillic(bcms.replace(/ǵ/g, 'đ').replace(/ḱ/g, 'ć'));
      return j === 'MK'
        ? cyrillic.replace(/ђ/g, 'ѓ').replace(/ћ/g, 'ќ').replace(/Ђ/g, 'Ѓ').replace(/Ћ/g, 'Ќ')
        : cyrillic;
    }
    return style.ascii ? asciiBcms(bcms) : bcms;
  }

  /** Now and then one slip of the pen: a letter changed, dropped, doubled or two swapped. */
  private typo(word: string): string {
    if (word.length < 4 || !this.chance(0.05)) return word;
    const chars = [...word];
    const at = this.int(1, chars.length - 2);
    // Letters are taken from the word itself, so a typo stays in the word's script.
    const letter = chars[this.int(0, chars.length - 1)]!;
    switch (this.int(0, 3)) {
      case 0:
        chars[at] = letter;
        break;
      case 1:
        chars.splice(at, 1);
        break;
      case 2:
        chars.splice(at, 0, chars[at]!);
        break;
      default: {
        const c = chars[at]!;
        chars[at] = chars[at + 1]!;
        chars[at + 1] = c;
      }
    }
    return chars.join('');
  }

  private sexText(person: Person, j: Jurisdiction): string {
    if (this.chance(0.08)) return '';
    const sex = this.chance(0.01) ? (person.sex === 'male' ? 'female' : 'male') : person.sex;
    if (j === 'RS' || j === 'MK')
      return this.pick(sex === 'male' ? ['M', 'М', 'muški'] : ['Ž', 'Ж', 'ženski']);
    if (j === 'AL' || j === 'XK') return sex === 'male' ? 'M' : 'F';
    return this.pick(sex === 'male' ? ['M', 'male'] : ['Ž', 'F', 'female']);
  }

  private birthText(person: Person): string {
    if (this.chance(0.04)) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    if (person.knowsDate) {
      const r = this.rnd();
      if (r < 0.05) return String(person.year);
      if (r < 0.1) return `${person.year}-01-01`;
      if (r < 0.13) return `${person.year}-${pad(person.month)}`;
      if (r < 0.16 && person.day <= 12) return `${person.year}-${pad(person.day)}-${pad(person.month)}`;
      if (r < 0.18) return `${person.year}-${pad(person.month)}-${pad(this.int(1, 28))}`;
      return `${person.year}-${pad(person.month)}-${pad(person.day)}`;
    }
    const year = this.chance(0.15) ? person.statedYear + this.pick([-1, 1]) : person.statedYear;
    return this.chance(this.knobs.januaryFirst) ? `${year}-01-01` : String(year);
  }

  private nationalityText(person: Person, j: Jurisdiction): string {
    if (this.chance(0.08)) return '';
    const code =
      person.declaredInstead.length > 0 && this.chance(this.knobs.otherNationality)
        ? this.pick(person.declaredInstead)
        : person.nationality;
    if (this.chance(0.45)) return code;
    if (this.chance(0.3)) return this.pick(OTHER_CODES[code] ?? [code]);
    const names = COUNTRY_NAMES[code] ?? [code];
    if (j === 'AL' || j === 'XK') return names[3] ?? code;
    if (j === 'RS' || j === 'MK') return this.chance(0.5) ? names[2]! : names[1]!;
    return this.chance(0.8) ? names[1]! : names[0]!;
  }

  private phoneText(person: Person, j: Jurisdiction): string {
    let phone: string | null = null;
    if (person.groupPhone && this.chance(this.knobs.groupPhoneUse)) phone = person.groupPhone;
    else if (this.chance(this.knobs.simChanges) && (person.phones.length > 0 || !isLocal(person.origin))) {
      // A SIM card bought here: a new number, which the person may give again later.
      phone = this.newPhone(j);
      person.phones.push(phone);
    } else if (person.phones.length > 0 && this.chance(0.7)) phone = this.pick(person.phones);
    if (!phone) return '';
    if (this.chance(this.knobs.phoneNoise)) phone = this.phoneSlip(phone);
    const [cc] = Object.entries(MOBILE).find(([, m]) => phone.startsWith(`+${m[0]}`)) ?? ['RS', MOBILE.RS!];
    const code = MOBILE[cc]![0];
    const national = phone.slice(code.length + 1);
    const r = this.rnd();
    if (cc === j && r < 0.5) return `0${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5)}`;
    if (r < 0.7) return `00${code}${national}`;
    if (r < 0.85) return `+${code} ${national.slice(0, 2)} ${national.slice(2)}`;
    return phone;
  }

  /** A phone number written with one slip: a digit changed, dropped or doubled. */
  private phoneSlip(phone: string): string {
    const at = this.int(5, phone.length - 1);
    switch (this.int(0, 2)) {
      case 0:
        return `${phone.slice(0, at)}${this.int(0, 9)}${phone.slice(at + 1)}`;
      case 1:
        return phone.slice(0, at) + phone.slice(at + 1);
      default:
        return phone.slice(0, at) + phone[at] + phone.slice(at);
    }
  }

  private documentText(person: Person): string {
    if (!person.document || !this.chance(0.7)) return '';
    let doc = person.newDocument && this.chance(0.5) ? person.newDocument : person.document;
    if (this.chance(this.knobs.documentNoise)) {
      const at = this.int(2, doc.length - 1);
      doc = `${doc.slice(0, at)}${this.int(0, 9)}${doc.slice(at + 1)}`;
    }
    if (this.chance(0.02)) doc = doc.replace(/0/g, 'O');
    return this.chance(0.2) ? `${doc.slice(0, 2)} ${doc.slice(2)}` : doc;
  }
}

/** A name in BCMS Latin orthography, from Albanian, Turkish, or an English-style romanisation. */
export function toBcms(name: string, from: 'albanian' | 'english' | 'turkish' | 'bcms'): string {
  if (from === 'bcms') return name;
  if (from === 'albanian')
    return name
      .replace(/xh/g, 'dž')
      .replace(/Xh/g, 'Dž')
      .replace(/gj/g, 'đ')
      .replace(/Gj/g, 'Đ')
      .replace(/sh/g, 'š')
      .replace(/Sh/g, 'Š')
      .replace(/zh/g, 'ž')
      .replace(/Zh/g, 'Ž')
      .replace(/dh/g, 'd')
      .replace(/Dh/g, 'D')
      .replace(/th/g, 't')
      .replace(/ll/g, 'l')
      .replace(/rr/g, 'r')
      .replace(/ç/g, 'č')
      .replace(/Ç/g, 'Č')
      .replace(/q/g, 'ć')
      .replace(/Q/g, 'Ć')
      .replace(/ë/g, 'e')
      .replace(/y/g, 'i')
      .replace(/Y/g, 'I');
  if (from === 'turkish')
    return name
      .replace(/ş/g, 'š')
      .replace(/Ş/g, 'Š')
      .replace(/ç/g, 'č')
      .replace(/Ç/g, 'Č')
      .replace(/ı/g, 'i')
      .replace(/İ/g, 'I')
      .replace(/ğ/g, '')
      .replace(/ö/g, 'o')
      .replace(/Ö/g, 'O')
      .replace(/ü/g, 'u')
      .replace(/Ü/g, 'U');
  return name
    .replace(/sh/g, 'š')
    .replace(/Sh/g, 'Š')
    .replace(/ch/g, 'č')
    .replace(/Ch/g, 'Č')
    .replace(/kh/g, 'h')
    .replace(/Kh/g, 'H')
    .replace(/gh/g, 'g')
    .replace(/Gh/g, 'G')
    .replace(/th/g, 't')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/^j/g, 'dž')
    .replace(/^J/g, 'Dž')
    .replace(/y(?=[aeiou])/g, 'j')
    .replace(/Y(?=[aeiou])/g, 'J')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/W/g, 'V')
    .replace(/q/g, 'k')
    .replace(/Q/g, 'K');
}

/** A BCMS Latin name in Albanian orthography. */
export function toAlbanian(name: string): string {
  return name
    .replace(/dž/g, 'xh')
    .replace(/Dž/g, 'Xh')
    .replace(/đ/g, 'gj')
    .replace(/Đ/g, 'Gj')
    .replace(/š/g, 'sh')
    .replace(/Š/g, 'Sh')
    .replace(/ž/g, 'zh')
    .replace(/Ž/g, 'Zh')
    .replace(/č/g, 'ç')
    .replace(/Č/g, 'Ç')
    .replace(/ć/g, 'q')
    .replace(/Ć/g, 'Q');
}

function stripAlbanian(name: string): string {
  return name.replace(/ë/g, 'e').replace(/Ë/g, 'E').replace(/ç/g, 'c').replace(/Ç/g, 'C');
}

/** BCMS Latin as typed on a keyboard without the letters: đ as dj, the rest without their marks. */
export function asciiBcms(name: string): string {
  return name
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** Generates `records` records; returns the entity of each record, in order. */
export function* generate(
  records: number,
  seed: number,
  knobs: Partial<Knobs> = {},
): Generator<GeneratedRecord> {
  const generator = new RecordGenerator(seed, knobs);
  let made = 0;
  while (made < records) {
    for (const record of generator.nextPerson()) {
      if (made === records) return;
      made++;
      yield record;
    }
  }
}

/** Writes records and their truth (id,entity) to two CSV files. */
export async function writeGenerated(
  records: number,
  seed: number,
  out: string,
  truth: string | null,
  knobs: Partial<Knobs> = {},
): Promise<Int32Array> {
  const entities = new Int32Array(records);
  const file = createWriteStream(out);
  const truthFile = truth ? createWriteStream(truth) : null;
  const write = async (stream: ReturnType<typeof createWriteStream>, text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(file, `${HEADER}\n`);
  if (truthFile) await write(truthFile, 'id,entity\n');
  let n = 0;
  let chunk = '';
  let truthChunk = '';
  for (const record of generate(records, seed, knobs)) {
    entities[n++] = record.entity;
    chunk += `${csvLine(record.fields)}\n`;
    if (truthFile) truthChunk += `${record.id},${record.entity}\n`;
    if (chunk.length > 1 << 20) {
      await write(file, chunk);
      chunk = '';
      if (truthFile) {
        await write(truthFile, truthChunk);
        truthChunk = '';
      }
    }
  }
  await write(file, chunk);
  if (truthFile) await write(truthFile, truthChunk);
  await Promise.all(
    [file, truthFile]
      .filter((s) => s !== null)
      .map((s) => new Promise<void>((resolve) => s.end(() => resolve()))),
  );
  return entities;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1]! : fallback;
  };
  const knobs: Partial<Knobs> = {};
  for (const name of Object.keys(DEFAULT_KNOBS) as (keyof Knobs)[]) {
    const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const at = process.argv.indexOf(flag);
    if (at > 0) knobs[name] = Number(process.argv[at + 1]);
  }
  await writeGenerated(
    Number(arg('records', '100000')),
    Number(arg('seed', '1')),
    arg('out', 'records.csv'),
    arg('truth', '') || null,
    knobs,
  );
}
