/**
 * Rapid screening v2 against its vignettes (vignettes.ts): each story, answered as the person in it
 * would answer, must reach the outcome, actions and forms a trained screener expects, and its
 * explanation must not contradict its outcome.
 */
import { describe, expect, it } from 'vitest';
import { scoreScreening } from '../score.ts';
import { RAPID_SCREENING_V2 } from './index.ts';
import { VIGNETTES } from './vignettes.ts';

const MEANS_AND_EXPLOITATION = new Set(['deception', 'coercion', 'abuse_of_vulnerability', 'exploitation']);

describe('rapid screening v2 on its vignettes', () => {
  it('has vignettes with distinct ids, each naming its source', () => {
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) expect(v.source.length, v.id).toBeGreaterThan(20);
  });

  it.each(VIGNETTES.map((v) => [v.id, v] as const))('%s', (_id, vignette) => {
    const result = scoreScreening(RAPID_SCREENING_V2, vignette.answers);
    const { expected } = vignette;
    expect(result.outcome, 'outcome').toBe(expected.outcome);
    const actions = result.actions.map((a) => a.id);
    for (const action of expected.actions ?? []) expect(actions, `action ${action}`).toContain(action);
    if (expected.child !== undefined) expect(result.child, 'child').toBe(expected.child);
    for (const form of expected.forms ?? []) expect(result.forms, `form ${form}`).toContain(form);
    for (const section of expected.missing ?? []) expect(result.missingSections).toContain(section);

    // The explanation never contradicts the outcome.
    const signs = result.indicators.filter((i) => MEANS_AND_EXPLOITATION.has(i.element));
    if (
      ['no_indicators', 'vulnerable', 'vulnerable_smuggled', 'not_enough_information'].includes(
        result.outcome,
      )
    )
      expect(signs, 'signs of trafficking under an outcome that says there are none').toEqual([]);
    if (result.outcome === 'no_indicators') expect(result.vulnerabilities).toEqual([]);
    if (result.outcome !== 'no_indicators' && result.outcome !== 'not_enough_information')
      expect(result.decisive.length, 'the answers that decided').toBeGreaterThan(0);
    if (result.outcome === 'not_enough_information') expect(result.missingSections.length).toBeGreaterThan(0);
    // A child with any indicator or vulnerability is referred to child protection.
    if (result.child && (result.indicators.length > 0 || result.vulnerabilities.length > 0))
      expect(actions).toContain('child_protection');
  });
});
