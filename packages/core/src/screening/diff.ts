/**
 * What changed between two versions of an instrument, item by item: questions, sections,
 * indicators, vulnerabilities, actions, elements and rules added, removed or changed (and which of
 * their fields), so that a coordinator sees what they are about to publish.
 */
import { canonicalJson as canonical } from '../canonical.ts';
import type { Instrument } from './instrument.ts';

export interface InstrumentChange {
  change: 'added' | 'removed' | 'changed';
  what: 'question' | 'section' | 'indicator' | 'vulnerability' | 'action' | 'element' | 'rule' | 'instrument';
  id: string;
  /** For a change: the fields that differ. */
  fields?: string[];
}

function compareById<T extends { id: string }>(
  what: InstrumentChange['what'],
  before: readonly T[],
  after: readonly T[],
  out: InstrumentChange[],
) {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was) {
      out.push({ change: 'added', what, id });
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(item)])]
      .filter((k) => k !== 'questions')
      .filter(
        (k) =>
          canonical((was as Record<string, unknown>)[k]) !== canonical((item as Record<string, unknown>)[k]),
      )
      .sort();
    if (fields.length) out.push({ change: 'changed', what, id, fields });
  }
  for (const id of old.keys()) if (!now.has(id)) out.push({ change: 'removed', what, id });
}

export function diffInstruments(before: Instrument, after: Instrument): InstrumentChange[] {
  const out: InstrumentChange[] = [];
  const top = (['title', 'source', 'languages', 'consent'] as const).filter(
    (k) => canonical(before[k]) !== canonical(after[k]),
  );
  if (top.length) out.push({ change: 'changed', what: 'instrument', id: after.id, fields: [...top] });
  compareById('section', before.sections, after.sections, out);
  compareById(
    'question',
    before.sections.flatMap((s) => s.questions),
    after.sections.flatMap((s) => s.questions),
    out,
  );
  compareById('element', before.elements, after.elements, out);
  compareById('indicator', before.indicators, after.indicators, out);
  compareById('vulnerability', before.vulnerabilities, after.vulnerabilities, out);
  compareById('action', before.actions, after.actions, out);
  if (canonical(before.rules.elementPositive) !== canonical(after.rules.elementPositive))
    out.push({ change: 'changed', what: 'rule', id: 'elementPositive' });
  const rules = Math.max(before.rules.outcomes.length, after.rules.outcomes.length);
  for (let i = 0; i < rules; i++) {
    const a = before.rules.outcomes[i];
    const b = after.rules.outcomes[i];
    if (!a) out.push({ change: 'added', what: 'rule', id: `outcomes.${i}` });
    else if (!b) out.push({ change: 'removed', what: 'rule', id: `outcomes.${i}` });
    else if (canonical(a) !== canonical(b))
      out.push({ change: 'changed', what: 'rule', id: `outcomes.${i}` });
  }
  return out;
}
