/**
 * Rapid screening v2 as shipped: valid, and in every language. What the person hears (sections,
 * questions, options, answers, consent) exists in all 16 languages; what the screener reads
 * (indicators, vulnerabilities, actions, rules, help) in the region's; English alone is reviewed.
 */
import { describe, expect, it } from 'vitest';
import { Instrument, SCREENING_LANGUAGES } from '../instrument.ts';
import { RAPID_SCREENING_V1 } from '../rapid-v1/index.ts';
import { RAPID_SCREENING_V2 } from './index.ts';

const REGION = ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'mk', 'bs', 'hr', 'cnr'];
const languagesOf = (texts: object) => Object.keys(texts).sort();

describe('rapid screening v2', () => {
  it('is valid, and comes after version 1 under the same key', () => {
    expect(() => Instrument.parse(RAPID_SCREENING_V2)).not.toThrow();
    expect(RAPID_SCREENING_V2.id).toBe(RAPID_SCREENING_V1.id);
    expect(RAPID_SCREENING_V2.version).toBe(RAPID_SCREENING_V1.version + 1);
    expect(RAPID_SCREENING_V2.source).toContain('2024/1712');
  });

  it('asks everything in all 16 languages, English reviewed, every translation unreviewed', () => {
    const heard = [
      RAPID_SCREENING_V2.consent,
      ...Object.values(RAPID_SCREENING_V2.answerLabels),
      ...RAPID_SCREENING_V2.sections.map((s) => s.title),
      ...RAPID_SCREENING_V2.sections.flatMap((s) => s.questions.map((q) => q.text)),
      ...RAPID_SCREENING_V2.sections.flatMap((s) =>
        s.questions.flatMap((q) => (q.options ?? []).map((o) => o.text)),
      ),
    ];
    for (const texts of heard) {
      expect(languagesOf(texts)).toEqual([...SCREENING_LANGUAGES].sort());
      for (const [language, t] of Object.entries(texts)) expect(t?.reviewed).toBe(language === 'en');
    }
  });

  it('gives the screener every label, help and rule in the region’s languages', () => {
    const read = [
      ...RAPID_SCREENING_V2.elements,
      ...RAPID_SCREENING_V2.indicators,
      ...RAPID_SCREENING_V2.vulnerabilities,
      ...RAPID_SCREENING_V2.actions,
    ].map((x) => x.label);
    read.push(...RAPID_SCREENING_V2.rules.outcomes.map((r) => r.because));
    read.push(
      ...RAPID_SCREENING_V2.sections.flatMap((s) => s.questions.flatMap((q) => (q.help ? [q.help] : []))),
    );
    for (const texts of read) expect(languagesOf(texts)).toEqual(expect.arrayContaining(REGION));
  });

  it('derives Cyrillic from Serbian Latin and the ijekavian and Croatian texts from Serbian', () => {
    const stage = RAPID_SCREENING_V2.sections.flatMap((s) => s.questions).find((q) => q.id === 'stage')!;
    expect(stage.text['sr-Cyrl']?.text).toBe('Где сте сада на свом путу?');
    const household = RAPID_SCREENING_V2.sections
      .flatMap((s) => s.questions)
      .find((q) => q.id === 'live_in_household')!;
    expect(household.text.bs?.text).toContain('živjeli');
    expect(household.text.hr?.text).toMatch(/^Jeste li živjeli/);
    expect(stage.text.prs?.text).toBe(stage.text.fa?.text);
  });
});
