/**
 * For property tests: any set of answers an instrument's schema admits, each question answered or
 * not, with every value its type allows (numbers whole and fractional, any date, any text).
 */
import fc from 'fast-check';
import type { Instrument, Question } from './instrument.ts';
import type { Answers } from './score.ts';

function answerOf(q: Question): fc.Arbitrary<unknown> {
  const options = (q.options ?? []).map((o) => o.id);
  switch (q.type) {
    case 'yes_no_unknown':
      return fc.constantFrom('yes', 'no', 'unknown');
    case 'single':
      return fc.constantFrom(...options);
    case 'multiple':
      return fc.subarray(options);
    case 'number':
      return fc.oneof(
        fc.integer({ min: q.min ?? 0, max: q.max ?? 120 }),
        fc.double({ min: q.min ?? 0, max: q.max ?? 120, noNaN: true }),
      );
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    default:
      return fc.string({ maxLength: 50 });
  }
}

export function arbitraryAnswers(instrument: Instrument): fc.Arbitrary<Answers> {
  const questions = instrument.sections.flatMap((s) => s.questions);
  return fc.record(
    Object.fromEntries(questions.map((q) => [q.id, fc.option(answerOf(q), { nil: undefined })])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;
}
