/** A malformed instrument is refused, each problem named by its path in the JSON. */
import { describe, expect, it } from 'vitest';
import { Instrument } from './instrument.ts';
import { buildRapidScreening } from './rapid-v1/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: a draft is edited freely, as a coordinator's JSON would be, before validation
type Draft = any;

function problems(change: (draft: Draft) => void) {
  const draft: Draft = structuredClone(buildRapidScreening());
  change(draft);
  const result = Instrument.safeParse(draft);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('instrument validation', () => {
  it('accepts the shipped instrument', () => {
    expect(Instrument.safeParse(buildRapidScreening()).success).toBe(true);
  });

  it('names an answer that raises an indicator that does not exist', () => {
    const found = problems((d: Draft) => {
      d.sections[1].questions[1].effects[0].indicators = ['no_such_indicator'];
    });
    expect(found).toEqual([
      'sections.1.questions.1.effects.0.indicators.0: no indicator "no_such_indicator"',
    ]);
  });

  it('names a text without its English version', () => {
    const found = problems((d: Draft) => {
      d.sections[0].questions[0].text = { fr: { text: 'Quel âge avez-vous ?', reviewed: false } };
    });
    expect(found).toEqual(['sections.0.questions.0.text: every text needs its English version']);
  });

  it('names a condition on a question that comes later', () => {
    const found = problems((d: Draft) => {
      d.sections[0].questions[0].showIf = { question: 'worked', equals: 'yes' };
    });
    expect(found).toEqual([
      'sections.0.questions.0.showIf.question: "worked" is not a question asked before this one',
    ]);
  });

  it('names an answer a question cannot have', () => {
    const found = problems((d: Draft) => {
      d.sections[1].questions[1].effects[0].when = { equals: 'perhaps' };
    });
    expect(found).toEqual([
      'sections.1.questions.1.effects.0.when: "perhaps" is not an answer to "paid_smuggler"',
    ]);
  });

  it('names a duplicated id', () => {
    const found = problems((d: Draft) => {
      d.indicators[1].id = d.indicators[0].id;
    });
    expect(found).toContain('indicators.1.id: "deceived_nature_of_job" is used twice');
  });

  it('names a value outside its list', () => {
    const found = problems((d: Draft) => {
      d.indicators[2].strength = 'very strong';
    });
    expect(found).toEqual([expect.stringMatching(/^indicators\.2\.strength: /)]);
  });

  it('names a last rule that does not always hold', () => {
    const found = problems((d: Draft) => {
      d.rules.outcomes.pop();
    });
    expect(found).toEqual([
      'rules.outcomes.3.when: the last rule must hold for anyone: age "any", when { "always": true }',
    ]);
  });
});
