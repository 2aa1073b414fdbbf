/**
 * Properties of rapid screening v2 over any answers its schema admits: scoring never throws; an
 * answer that raises an indicator or a vulnerability in place of one that does not never lowers the
 * outcome; not knowing more never turns "not enough information" into "no indicators"; and the
 * explanation agrees with the outcome.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from '../answers.arbitrary.ts';
import { type Answers, answersSchema, isAnswered, OUTCOME_RANK, scoreScreening } from '../score.ts';
import { RAPID_SCREENING_V2 } from './index.ts';

const score = (answers: Answers) => scoreScreening(RAPID_SCREENING_V2, answers);
const anyAnswers = arbitraryAnswers(RAPID_SCREENING_V2);
const questions = RAPID_SCREENING_V2.sections.flatMap((s) => s.questions);

/**
 * Yes/no questions whose answer only raises (no other question depends on them), with the answer
 * that raises something and the one that does not.
 */
const shownDependsOn = new Set(
  JSON.stringify(questions.map((q) => q.showIf ?? null))
    .match(/"question":"[a-z_]+"/g)
    ?.map((m) => m.slice(12, -1)) ?? [],
);
const RAISING = questions
  .filter((q) => q.type === 'yes_no_unknown' && !shownDependsOn.has(q.id))
  .flatMap((q) =>
    q.effects
      .filter((e) => 'equals' in e.when && (e.indicators.length > 0 || e.vulnerabilities.length > 0))
      .map((e) => {
        const raising = (e.when as { equals: string }).equals;
        return [q.id, raising, raising === 'yes' ? 'no' : 'yes'] as const;
      }),
  );

describe('rapid screening v2: properties', () => {
  it('raises by yes/no answers that nothing else depends on', () => {
    expect(RAISING.length).toBeGreaterThan(30);
  });

  it('never throws on any answers the schema admits, and always explains itself', () => {
    const schema = answersSchema(RAPID_SCREENING_V2);
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(schema.safeParse(answers).success).toBe(true);
        const r = score(answers);
        expect(Object.keys(OUTCOME_RANK)).toContain(r.outcome);
        if (r.outcome === 'not_enough_information') expect(r.missingSections.length).toBeGreaterThan(0);
        if (r.outcome === 'no_indicators') {
          expect(r.vulnerabilities).toEqual([]);
          expect(r.indicators.filter((i) => i.element !== 'act')).toEqual([]);
          expect(r.missingSections).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an answer that raises an indicator or a vulnerability never lowers the outcome', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...RAISING), (answers, [question, raising, other]) => {
        const before = OUTCOME_RANK[score({ ...answers, [question]: other }).outcome];
        const after = OUTCOME_RANK[score({ ...answers, [question]: raising }).outcome];
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 4000 },
    );
  });

  it('not knowing more never turns "not enough information" into "no indicators"', () => {
    const yesNo = questions.filter((q) => q.type === 'yes_no_unknown').map((q) => q.id);
    const forget = (answers: Answers, which: boolean[]) => ({
      ...answers,
      ...Object.fromEntries(yesNo.filter((_, i) => which[i]).map((id) => [id, 'unknown'])),
    });
    const flags = fc.array(fc.boolean(), { minLength: yesNo.length, maxLength: yesNo.length });
    fc.assert(
      // Answers with about half of the yes/no questions unknown, so that many lack information.
      fc.property(anyAnswers, flags, flags, (answers, firstForgotten, alsoForgotten) => {
        const vague = forget(answers, firstForgotten);
        fc.pre(score(vague).outcome === 'not_enough_information');
        expect(score(forget(vague, alsoForgotten)).outcome).not.toBe('no_indicators');
      }),
      { numRuns: 500 },
    );
  });

  it('a child with anything raised is always referred to child protection', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const r = score(answers);
        if (r.child && (r.indicators.length > 0 || r.vulnerabilities.length > 0))
          expect(r.actions.map((a) => a.id)).toContain('child_protection');
      }),
      { numRuns: 1000 },
    );
  });

  it('answers nobody gave count as unanswered, never as "no"', () => {
    const r = score({ age: 30 });
    expect(r.outcome).toBe('not_enough_information');
    expect(r.missingSections).toEqual(['departure', 'journey', 'work']);
    expect(isAnswered('unknown')).toBe(false);
  });
});
