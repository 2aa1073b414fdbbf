/**
 * Putting a shipped instrument together: its structure, with text keys where the words go, and a
 * dictionary per language. English is the reference and is marked reviewed; every other language is
 * marked unreviewed until a native speaker has checked it. Serbian Cyrillic is converted letter for
 * letter from Serbian Latin.
 */
import { serbianLatinToCyrillic } from '../names/index.ts';
import type { InstrumentInput, ScreeningLanguage, Texts } from './instrument.ts';

export type Dictionary = Readonly<Record<string, string>>;
export type Dictionaries = Partial<Record<ScreeningLanguage, Dictionary>>;

/** An instrument's structure: the instrument without its texts (which the keys name). */
export interface InstrumentStructure {
  readonly id: string;
  readonly version: number;
  readonly source: string;
  readonly elements: readonly { readonly id: string; readonly kind: string }[];
  readonly indicators: readonly { readonly id: string; readonly ages?: readonly string[] }[];
  readonly vulnerabilities: readonly { readonly id: string }[];
  readonly actions: readonly string[];
  readonly sections: readonly {
    readonly id: string;
    readonly questions: readonly {
      readonly id: string;
      readonly help?: boolean;
      readonly options?: readonly string[];
    }[];
  }[];
  readonly rules: { readonly outcomes: readonly unknown[] } & Readonly<Record<string, unknown>>;
}

/** Every language of the dictionaries, with Serbian Cyrillic made from Serbian Latin. */
export function withCyrillic(dictionaries: Dictionaries): Dictionaries {
  const latin = dictionaries['sr-Latn'];
  if (!latin) return dictionaries;
  return {
    ...dictionaries,
    'sr-Cyrl': Object.fromEntries(Object.entries(latin).map(([k, v]) => [k, serbianLatinToCyrillic(v)])),
  };
}

/** A plain copy of readonly structure data, for the instrument schema to parse. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function buildInstrument(structure: InstrumentStructure, dictionaries: Dictionaries): InstrumentInput {
  const english = dictionaries.en;
  if (!english) throw new Error('an instrument needs its English text');
  const texts = (key: string): Texts => {
    if (english[key] === undefined) throw new Error(`no English text for ${key}`);
    const out: Texts = {};
    for (const [language, dict] of Object.entries(dictionaries) as [ScreeningLanguage, Dictionary][]) {
      const text = dict[key];
      if (text) out[language] = { text, reviewed: language === 'en' };
    }
    return out;
  };
  const s = structure;
  return {
    id: s.id,
    version: s.version,
    title: texts('title'),
    source: s.source,
    languages: Object.keys(dictionaries) as ScreeningLanguage[],
    consent: texts('consent'),
    answerLabels: { yes: texts('answer.yes'), no: texts('answer.no'), unknown: texts('answer.unknown') },
    elements: s.elements.map((e) => ({ ...copy(e), label: texts(`element.${e.id}`) })),
    indicators: s.indicators.map((i) => ({
      ...copy(i),
      ages: i.ages ? [...i.ages] : ['adult', 'child'],
      label: texts(`indicator.${i.id}`),
    })),
    vulnerabilities: s.vulnerabilities.map((v) => ({ ...copy(v), label: texts(`vulnerability.${v.id}`) })),
    actions: s.actions.map((id) => ({ id, label: texts(`action.${id}`) })),
    sections: s.sections.map((section) => ({
      id: section.id,
      title: texts(`section.${section.id}`),
      questions: section.questions.map((q) => {
        const { help, options, ...rest } = q;
        return {
          ...copy(rest),
          text: texts(`question.${q.id}`),
          ...(help ? { help: texts(`help.${q.id}`) } : {}),
          ...(options
            ? { options: options.map((o) => ({ id: o, text: texts(`option.${q.id}.${o}`) })) }
            : {}),
        };
      }),
    })),
    rules: {
      ...copy(s.rules),
      outcomes: s.rules.outcomes.map((rule, i) => ({ ...copy(rule as object), because: texts(`rule.${i}`) })),
    },
  } as InstrumentInput;
}
