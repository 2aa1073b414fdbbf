/**
 * "Veza rapid screening" v1, put together: the structure with its texts in every language there
 * is a translation for, validated by the instrument schema. English is reviewed; every other
 * language is marked unreviewed until a native speaker has checked it. Serbian Cyrillic is
 * converted letter for letter from Serbian Latin.
 */
import { serbianLatinToCyrillic } from '../../names/index.ts';
import { Instrument, type InstrumentInput, type ScreeningLanguage, type Texts } from '../instrument.ts';
import { EN } from './en.ts';
import { STRUCTURE } from './structure.ts';
import { TRANSLATIONS } from './translations.ts';

function dictionaries(): Partial<Record<ScreeningLanguage, Record<string, string>>> {
  const all: Partial<Record<ScreeningLanguage, Record<string, string>>> = { en: EN, ...TRANSLATIONS };
  const latin = TRANSLATIONS['sr-Latn'];
  if (latin)
    all['sr-Cyrl'] = Object.fromEntries(
      Object.entries(latin).map(([k, v]) => [k, serbianLatinToCyrillic(v)]),
    );
  return all;
}

export function buildRapidScreening(): InstrumentInput {
  const dicts = dictionaries();
  const texts = (key: string): Texts => {
    if (EN[key] === undefined) throw new Error(`no English text for ${key}`);
    const out: Texts = {};
    for (const [language, dict] of Object.entries(dicts) as [ScreeningLanguage, Record<string, string>][]) {
      const text = dict[key];
      if (text) out[language] = { text, reviewed: language === 'en' };
    }
    return out;
  };
  const s = STRUCTURE;
  return {
    id: s.id,
    version: s.version,
    title: texts('title'),
    source: s.source,
    languages: Object.keys(dicts) as ScreeningLanguage[],
    consent: texts('consent'),
    answerLabels: { yes: texts('answer.yes'), no: texts('answer.no'), unknown: texts('answer.unknown') },
    elements: s.elements.map((e) => ({ ...e, label: texts(`element.${e.id}`) })),
    indicators: s.indicators.map((i) => ({
      ...i,
      forms: [...i.forms],
      ages: ['adult', 'child'],
      label: texts(`indicator.${i.id}`),
    })),
    vulnerabilities: s.vulnerabilities.map((v) => ({
      ...v,
      actions: [...v.actions],
      label: texts(`vulnerability.${v.id}`),
    })),
    actions: s.actions.map((id) => ({ id, label: texts(`action.${id}`) })),
    sections: s.sections.map((section) => ({
      id: section.id,
      title: texts(`section.${section.id}`),
      questions: section.questions.map((q) => {
        const { help, options, ...rest } = q as typeof q & { help?: boolean; options?: readonly string[] };
        return {
          ...(JSON.parse(JSON.stringify(rest)) as Omit<typeof rest, 'effects'>),
          text: texts(`question.${q.id}`),
          ...(help ? { help: texts(`help.${q.id}`) } : {}),
          ...(options
            ? { options: options.map((o) => ({ id: o, text: texts(`option.${q.id}.${o}`) })) }
            : {}),
        };
      }),
    })),
    rules: {
      elementPositive: s.rules.elementPositive.map((c) => ({ ...c })),
      outcomes: s.rules.outcomes.map((rule, i) => ({
        ...(JSON.parse(JSON.stringify(rule)) as typeof rule),
        actions: [...rule.actions],
        because: texts(`rule.${i}`),
      })),
    },
  } as InstrumentInput;
}

/** The shipped instrument, validated. */
export const RAPID_SCREENING_V1: Instrument = Instrument.parse(buildRapidScreening());
