/**
 * Vignettes: short stories told as answers, and what the shipped instrument must make of them.
 * Each element positive and negative, the combination rule at its boundaries, children without
 * means, vulnerability only, contradicting answers and unknowns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from './answers.arbitrary.ts';
import { Instrument, SCREENING_LANGUAGES } from './instrument.ts';
import { RAPID_SCREENING_V1 } from './rapid-v1/index.ts';
import { type Answers, answersSchema, OUTCOME_RANK, scoreScreening, visibleQuestions } from './score.ts';

const score = (answers: Answers) => scoreScreening(RAPID_SCREENING_V1, answers);
const outcome = (answers: Answers) => score(answers).outcome;
const positive = (answers: Answers) =>
  score(answers)
    .elements.filter((e) => e.positive)
    .map((e) => e.id)
    .sort();

const ADULT = { age: 30 } as const;
const DECEIVED = { promised: 'yes', promise_kept: 'no', conditions_as_promised: 'no' } as const;
const EXPLOITED = { worked: 'yes', long_hours: 'yes', paid_as_agreed: 'not_at_all' } as const;
const COERCED = { worked: 'yes', free_to_leave: 'no', working_off_debt: 'yes' } as const;

describe('adults: recruitment, exploitation and destination', () => {
  it('1. nothing answered: no indicators, and every shown question is listed as unanswered', () => {
    const r = score({});
    expect(r.outcome).toBe('no_indicators');
    expect(r.unanswered).toEqual(visibleQuestions(RAPID_SCREENING_V1, {}).map((q) => q.id));
    expect(r.ageBasis).toBe('none');
  });

  it('2. every answer no: no indicators', () => {
    const answers = Object.fromEntries(
      RAPID_SCREENING_V1.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.type === 'yes_no_unknown')
        .map((q) => [q.id, 'no']),
    );
    // "No" to "free to leave" or "told the truth" is itself an indicator: answer those as a free person would.
    expect(
      outcome({
        ...answers,
        ...ADULT,
        free_to_leave: 'yes',
        told_truth_about_journey: 'yes',
        spoke_language: 'yes',
        promise_kept: 'yes',
        conditions_as_promised: 'yes',
        with_guardian: 'yes',
      }),
    ).toBe('no_indicators');
  });

  it('3. deceived, exploited and coerced: presumed victim, with the three elements that make it', () => {
    const r = score({ ...ADULT, ...DECEIVED, ...EXPLOITED, ...COERCED });
    expect(r.outcome).toBe('presumed_victim');
    expect(positive({ ...ADULT, ...DECEIVED, ...EXPLOITED, ...COERCED })).toEqual([
      'coercion_destination',
      'deceptive_recruitment',
      'exploitation',
    ]);
    expect(r.rule.index).toBe(0);
    expect(r.actions.map((a) => a.id)).toContain('nrm_identification');
    expect(r.forms).toEqual(['labour']);
  });

  it('4. exploited and coerced, but recruited freely: at risk', () => {
    expect(outcome({ ...ADULT, ...EXPLOITED, ...COERCED })).toBe('at_risk');
  });

  it('5. recruitment by abuse of vulnerability (two medium and one weak) completes the definition', () => {
    const vulnerable = { why_left: ['family_crisis', 'no_income'], told_truth_about_journey: 'no' } as const;
    expect(positive({ ...ADULT, ...vulnerable })).toEqual(['recruitment_vulnerability']);
    expect(outcome({ ...ADULT, ...vulnerable, ...EXPLOITED, ...COERCED })).toBe('presumed_victim');
  });

  it('6. exploitation not positive (one medium): at risk, not presumed', () => {
    const r = score({ ...ADULT, ...DECEIVED, ...COERCED, paid_as_agreed: 'less' });
    expect(r.elements.find((e) => e.id === 'exploitation')).toMatchObject({ present: true, positive: false });
    expect(r.outcome).toBe('at_risk');
  });

  it('7. no destination element: at risk', () => {
    expect(outcome({ ...ADULT, ...DECEIVED, ...EXPLOITED })).toBe('at_risk');
  });

  it('8. two strong indicators make an element positive', () => {
    const r = score({ ...ADULT, worked: 'yes', long_hours: 'yes', sexual_acts: 'yes' });
    expect(r.elements.find((e) => e.id === 'exploitation')).toMatchObject({
      positive: true,
      combination: { strong: 2 },
    });
  });

  it('9. one strong and one medium make an element positive', () => {
    const r = score({ ...ADULT, worked: 'yes', long_hours: 'yes', bad_conditions: 'yes' });
    expect(r.elements.find((e) => e.id === 'exploitation')?.combination).toMatchObject({
      strong: 1,
      mediumOrWeak: 1,
    });
  });

  it('10. one strong alone is not a positive element, but is at risk', () => {
    const r = score({ ...ADULT, worked: 'yes', long_hours: 'yes' });
    expect(r.elements.find((e) => e.id === 'exploitation')).toMatchObject({ present: true, positive: false });
    expect(r.outcome).toBe('at_risk');
  });

  it('11. three medium make an element positive', () => {
    const r = score({
      ...ADULT,
      worked: 'yes',
      family_threatened: 'yes',
      police_threat: 'yes',
      work_kind: ['begging'],
    });
    expect(r.elements.find((e) => e.id === 'coercion_destination')?.combination).toMatchObject({ medium: 3 });
  });

  it('12. two medium and one weak make an element positive', () => {
    const r = score({
      ...ADULT,
      worked: 'yes',
      controlled_life: 'yes',
      status_used_against: 'yes',
      spoke_language: 'no',
    });
    expect(r.elements.find((e) => e.id === 'destination_vulnerability')?.combination).toMatchObject({
      medium: 2,
      weak: 1,
    });
  });

  it('13. two medium alone are not positive, but two indicators are at risk', () => {
    const r = score({ ...ADULT, worked: 'yes', controlled_life: 'yes', status_used_against: 'yes' });
    expect(r.elements.every((e) => !e.positive)).toBe(true);
    expect(r.outcome).toBe('at_risk');
  });

  it('14. one weak indicator alone: no indicators as an outcome, but it is listed', () => {
    const r = score({ ...ADULT, why_left: ['no_income'] });
    expect(r.outcome).toBe('no_indicators');
    expect(r.indicators.map((i) => i.id)).toEqual(['economic_reasons']);
  });

  it('15. one medium indicator alone does not reach at risk', () => {
    expect(outcome({ ...ADULT, police_threat: 'yes' })).toBe('no_indicators');
  });

  it('16. sexual exploitation: presumed victim, form sexual', () => {
    const r = score({
      ...ADULT,
      ...DECEIVED,
      sexual_acts: 'yes',
      worked: 'yes',
      paid_as_agreed: 'not_at_all',
      documents_held: 'yes',
      hurt_or_threatened: 'yes',
    });
    expect(r.outcome).toBe('presumed_victim');
    expect(r.forms).toEqual(['sexual']);
    expect(r.vulnerabilities.map((v) => v.id)).toContain('survivor_of_violence');
  });
});

describe('children', () => {
  const EXPLOITED_CHILD = { ...EXPLOITED, organised_by_others: 'yes' } as const;

  it('17. a child exploited and moved by others is a presumed victim without any means', () => {
    const r = score({ age: 15, with_guardian: 'yes', ...EXPLOITED_CHILD });
    expect(r.child).toBe(true);
    expect(r.outcome).toBe('presumed_victim');
    expect(r.rule.index).toBe(1);
    expect(r.elements.filter((e) => e.kind === 'destination' && e.positive)).toEqual([]);
    expect(r.actions.map((a) => a.id)).toContain('child_protection');
  });

  it('18. the same story told by an adult is not enough', () => {
    expect(outcome({ age: 25, ...EXPLOITED_CHILD })).toBe('at_risk');
  });

  it('19. a child exploited but with no act by others: at risk', () => {
    expect(outcome({ age: 16, with_guardian: 'yes', ...EXPLOITED })).toBe('at_risk');
  });

  it('20. age unknown but looks like a child: treated as a child (presumption of minority)', () => {
    const r = score({ appears_child: 'yes', with_guardian: 'yes', ...EXPLOITED_CHILD });
    expect(r).toMatchObject({ child: true, ageBasis: 'appearance', outcome: 'presumed_victim' });
  });

  it('21. a stated child age needs no appearance question; for a stated adult the screener’s doubt counts', () => {
    expect(visibleQuestions(RAPID_SCREENING_V1, { age: 17 }).map((q) => q.id)).not.toContain('appears_child');
    const r = score({ age: 30, appears_child: 'yes', ...EXPLOITED_CHILD });
    expect(r.child).toBe(true);
  });

  it('22. an unaccompanied child without indicators is at risk, with child protection', () => {
    const r = score({ age: 17, with_guardian: 'no', paid_smuggler: 'yes' });
    expect(r.outcome).toBe('at_risk');
    expect(r.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['child_protection', 'shelter']));
  });

  it('23. a child with a guardian, smuggled, with no needs: no indicators', () => {
    expect(outcome({ age: 12, with_guardian: 'yes', paid_smuggler: 'yes' })).toBe('no_indicators');
  });
});

describe('vulnerability without indicators', () => {
  it('24. in debt for the journey (serious): at risk', () => {
    expect(outcome({ ...ADULT, paid_smuggler: 'yes', owes_for_journey: 'yes' })).toBe('at_risk');
  });

  it('25. smuggled, travelling alone with children: vulnerable smuggled, with shelter', () => {
    const r = score({ ...ADULT, paid_smuggler: 'yes', alone_with_children: 'yes' });
    expect(r.outcome).toBe('vulnerable_smuggled');
    expect(r.actions.map((a) => a.id)).toEqual(expect.arrayContaining(['shelter', 'legal_aid']));
  });

  it('26. not smuggled, travelling alone with children: no indicators, shelter still recommended', () => {
    const r = score({ ...ADULT, alone_with_children: 'yes' });
    expect(r.outcome).toBe('no_indicators');
    expect(r.actions).toEqual([{ id: 'shelter', because: ['single_parent'] }]);
  });

  it('27. pregnant: at risk, medical care', () => {
    const r = score({ ...ADULT, pregnant: 'yes' });
    expect(r.outcome).toBe('at_risk');
    expect(r.actions.map((a) => a.id)).toContain('medical_care');
  });

  it('28. an older smuggled person: vulnerable smuggled', () => {
    expect(outcome({ age: 67, paid_smuggler: 'yes' })).toBe('vulnerable_smuggled');
  });

  it('29. a smuggled person whose journey was organised by others has no indicator for that alone', () => {
    expect(outcome({ ...ADULT, paid_smuggler: 'yes', organised_by_others: 'yes' })).toBe('no_indicators');
  });
});

describe('contradictions and unknowns', () => {
  it('30. answers to questions that are not shown count for nothing', () => {
    // Said they did not work, yet "long hours" and "not free to leave" were answered earlier.
    const r = score({ ...ADULT, worked: 'no', long_hours: 'yes', free_to_leave: 'no' });
    expect(r.indicators).toEqual([]);
    expect(r.outcome).toBe('no_indicators');
  });

  it('31. a promise that was never made cannot be broken', () => {
    expect(score({ ...ADULT, promised: 'no', promise_kept: 'no' }).indicators).toEqual([]);
  });

  it('32. "free to leave" yet working off a debt with documents held: both counted as told', () => {
    const r = score({
      ...ADULT,
      worked: 'yes',
      free_to_leave: 'yes',
      working_off_debt: 'yes',
      documents_held: 'yes',
    });
    expect(r.elements.find((e) => e.id === 'coercion_destination')).toMatchObject({ positive: true });
  });

  it('33. every answer unknown: no indicators, and all of them listed as unanswered', () => {
    const answers = Object.fromEntries(
      RAPID_SCREENING_V1.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.type === 'yes_no_unknown')
        .map((q) => [q.id, 'unknown']),
    );
    const r = score(answers);
    expect(r.outcome).toBe('no_indicators');
    expect(r.unanswered.length).toBe(visibleQuestions(RAPID_SCREENING_V1, answers).length);
  });

  it('34. the explanation names the question and answer behind each indicator', () => {
    const r = score({ ...ADULT, worked: 'yes', long_hours: 'yes', work_kind: ['crime', 'factory'] });
    expect(r.indicators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'excessive_hours',
          because: [{ question: 'long_hours', answer: 'yes' }],
        }),
        expect.objectContaining({
          id: 'forced_illicit_activities',
          because: [{ question: 'work_kind', answer: ['crime', 'factory'] }],
        }),
      ]),
    );
    expect(r.rule.because.en?.text).toMatch(/short of the full definition/);
  });

  it('35. the age boundary: 18 is an adult, 17 a child', () => {
    expect(score({ age: 18 }).child).toBe(false);
    expect(score({ age: 17 }).child).toBe(true);
  });
});

describe('the shipped instrument', () => {
  it('is valid, English reviewed, every other language unreviewed', () => {
    expect(() => Instrument.parse(RAPID_SCREENING_V1)).not.toThrow();
    const texts = JSON.stringify(RAPID_SCREENING_V1);
    expect(texts).toContain('"en":{"text"');
    for (const section of RAPID_SCREENING_V1.sections)
      for (const q of section.questions)
        for (const [language, t] of Object.entries(q.text)) expect(t?.reviewed).toBe(language === 'en');
  });
});

describe('properties', () => {
  const schema = answersSchema(RAPID_SCREENING_V1);
  const anyAnswers = arbitraryAnswers(RAPID_SCREENING_V1);

  it('scoring never throws on any answer set the schema admits', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(schema.safeParse(answers).success).toBe(true);
        const r = score(answers);
        expect(Object.keys(OUTCOME_RANK)).toContain(r.outcome);
      }),
      { numRuns: 2000 },
    );
  });

  // Answers that raise a strong indicator; none of these questions decides what else is shown.
  const STRONG = [
    ['promise_kept', 'no'],
    ['hurt_on_journey', 'yes'],
    ['long_hours', 'yes'],
    ['sexual_acts', 'yes'],
    ['free_to_leave', 'no'],
    ['working_off_debt', 'yes'],
    ['documents_held', 'yes'],
    ['hurt_or_threatened', 'yes'],
    ['organised_by_others', 'yes'],
  ] as const;

  it('adding a strong indicator never lowers the outcome', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...STRONG), (answers, [question, answer]) => {
        const before = OUTCOME_RANK[score(answers).outcome];
        const after = OUTCOME_RANK[score({ ...answers, [question]: answer }).outcome];
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 3000 },
    );
  });

  it('the answers schema refuses what the instrument does not admit, naming the question', () => {
    const bad = schema.safeParse({ age: -3, paid_as_agreed: 'sometimes', unknown_question: 'yes' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.') || (i as { keys?: string[] }).keys?.join());
    expect(paths).toEqual(expect.arrayContaining(['age', 'paid_as_agreed', 'unknown_question']));
  });
});

describe('translations', () => {
  const keysOf = (texts: object) => Object.keys(texts);
  it('cover every question in every language of the instrument, Cyrillic made from Latin, all unreviewed', () => {
    for (const q of RAPID_SCREENING_V1.sections.flatMap((s) => s.questions)) {
      expect(keysOf(q.text).sort()).toEqual([...SCREENING_LANGUAGES].sort());
      for (const [language, text] of Object.entries(q.text)) expect(text?.reviewed).toBe(language === 'en');
    }
    for (const label of Object.values(RAPID_SCREENING_V1.answerLabels))
      expect(keysOf(label).sort()).toEqual([...SCREENING_LANGUAGES].sort());
    expect(RAPID_SCREENING_V1.sections[0]!.questions[0]!.text['sr-Cyrl']?.text).toBe('Колико имате година?');
    expect(RAPID_SCREENING_V1.languages).toEqual(expect.arrayContaining(['en', 'ps', 'sr-Latn', 'sr-Cyrl']));
  });
});
