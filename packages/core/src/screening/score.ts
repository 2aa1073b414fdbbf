/**
 * Scoring a screening: a pure function of the instrument and the answers, the same in the browser
 * (offline, on the result page) and on the server (which keeps what it computed). The result
 * explains itself: which answers raised which indicators and vulnerabilities, which elements of
 * the trafficking definition are positive under which combination, which rule gave the outcome,
 * and the actions recommended for each reason.
 */
import { z } from 'zod';
import type {
  Combination,
  Condition,
  ExploitationForm,
  Instrument,
  Match,
  Outcome,
  OutcomeRule,
  Question,
  RuleCondition,
  Strength,
  Texts,
} from './instrument.ts';

/** The answers an instrument admits, question by question: what the API and the offline store accept. */
export function answersSchema(instrument: Instrument) {
  const shape: Record<string, z.ZodType> = {};
  for (const q of instrument.sections.flatMap((s) => s.questions)) {
    const options = (q.options ?? []).map((o) => o.id) as [string, ...string[]];
    const answer =
      q.type === 'yes_no_unknown'
        ? z.enum(['yes', 'no', 'unknown'])
        : q.type === 'single'
          ? z.enum(options)
          : q.type === 'multiple'
            ? z.array(z.enum(options)).max(options.length)
            : q.type === 'number'
              ? z
                  .number()
                  .finite()
                  .min(q.min ?? Number.MIN_SAFE_INTEGER)
                  .max(q.max ?? Number.MAX_SAFE_INTEGER)
              : q.type === 'date'
                ? z.iso.date()
                : z.string().max(2000);
    shape[q.id] = answer.nullable().optional();
  }
  return z.strictObject(shape);
}

/** yes_no_unknown: yes, no or unknown; single: an option id; multiple: option ids; number; date (YYYY-MM-DD); text. */
export type Answer = string | readonly string[] | number | null;
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Because {
  question: string;
  answer: Answer;
}

export interface ElementState {
  id: string;
  kind: string;
  counts: Record<Strength, number>;
  /** At least one indicator. */
  present: boolean;
  positive: boolean;
  /** The combination that made it positive. */
  combination: Combination | null;
  indicators: string[];
}

export interface ScreeningResult {
  instrument: { id: string; version: number };
  outcome: Outcome;
  /** Treated as a child: a stated age under 18, or the screener's view that the person appears to be one. */
  child: boolean;
  ageBasis: 'stated' | 'appearance' | 'none';
  indicators: { id: string; element: string; strength: Strength; because: Because[] }[];
  elements: ElementState[];
  vulnerabilities: { id: string; level: string; serious: boolean; because: Because[] }[];
  flags: string[];
  forms: ExploitationForm[];
  rule: { index: number; outcome: Outcome; because: Texts };
  actions: { id: string; because: string[] }[];
  /** Questions shown but not answered, or answered "unknown". */
  unanswered: string[];
  /**
   * Sections the instrument needs answered to decide, short of enough answers: the outcome may be
   * "not enough information", and whatever it is, the screener is asked to screen again.
   */
  missingSections: string[];
  /** The answers behind what made the outcome's rule hold, in the order they were given. */
  decisive: Because[];
}

/**
 * The outcomes from the weakest: what a "stronger" answer may only raise. Not knowing enough ranks
 * above being vulnerable, since it asks for more (a second screening) and a vulnerable person whose
 * story is not yet told is not cleared by it.
 */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
  no_indicators: 0,
  vulnerable: 1,
  vulnerable_smuggled: 1,
  not_enough_information: 2,
  at_risk: 3,
  presumed_victim: 4,
};

interface Prepared {
  questions: Question[];
  indicators: Map<string, Instrument['indicators'][number]>;
  vulnerabilities: Map<string, Instrument['vulnerabilities'][number]>;
}

const prepared = new WeakMap<Instrument, Prepared>();

function prepare(instrument: Instrument): Prepared {
  let p = prepared.get(instrument);
  if (!p) {
    p = {
      questions: instrument.sections.flatMap((s) => s.questions),
      indicators: new Map(instrument.indicators.map((i) => [i.id, i])),
      vulnerabilities: new Map(instrument.vulnerabilities.map((v) => [v.id, v])),
    };
    prepared.set(instrument, p);
  }
  return p;
}

export function matches(match: Match, answer: Answer | undefined): boolean {
  if (answer === undefined || answer === null) return false;
  if ('answered' in match) return answer !== '' && !(Array.isArray(answer) && answer.length === 0);
  if ('equals' in match) {
    if (Array.isArray(answer)) return typeof match.equals === 'string' && answer.includes(match.equals);
    return answer === match.equals;
  }
  if ('anyOf' in match) {
    if (Array.isArray(answer)) return answer.some((a) => match.anyOf.includes(a));
    return typeof answer === 'string' && match.anyOf.includes(answer);
  }
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return false;
  if ('below' in match) return answer < match.below;
  return answer >= match.atLeast;
}

export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  return matches(condition, answers[condition.question]);
}

/**
 * The questions the interview shows for these answers, in order. A question's condition sees only
 * the answers of questions that are themselves shown: a hidden question's old answer counts for nothing.
 */
export function visibleQuestions(instrument: Instrument, answers: Answers): Question[] {
  const shown: Question[] = [];
  const live: Record<string, Answer | undefined> = {};
  for (const q of prepare(instrument).questions) {
    if (q.showIf && !holds(q.showIf, live)) continue;
    shown.push(q);
    live[q.id] = answers[q.id];
  }
  return shown;
}

function positiveBy(
  counts: Record<Strength, number>,
  combinations: readonly Combination[],
): Combination | null {
  for (const c of combinations) {
    if (
      counts.strong >= c.strong &&
      counts.medium >= c.medium &&
      counts.weak >= c.weak &&
      counts.medium + counts.weak >= c.mediumOrWeak
    )
      return c;
  }
  return null;
}

interface Facts {
  elements: Map<string, ElementState>;
  indicators: ScreeningResult['indicators'];
  vulnerabilities: ScreeningResult['vulnerabilities'];
  flags: Map<string, Because[]>;
  informationMissing: boolean;
}

/** What a condition that holds rested on: indicators, vulnerabilities and flags, by id. */
interface Used {
  indicators: Set<string>;
  vulnerabilities: Set<string>;
  flags: Set<string>;
}
const noneUsed = (): Used => ({ indicators: new Set(), vulnerabilities: new Set(), flags: new Set() });
function addUsed(into: Used, from: Used) {
  for (const id of from.indicators) into.indicators.add(id);
  for (const id of from.vulnerabilities) into.vulnerabilities.add(id);
  for (const id of from.flags) into.flags.add(id);
}

/** Whether the condition holds; when it does, `used` gains what it rested on. */
function evaluate(condition: RuleCondition, facts: Facts, used: Used): boolean {
  if ('all' in condition) {
    const mine = noneUsed();
    if (!condition.all.every((c) => evaluate(c, facts, mine))) return false;
    addUsed(used, mine);
    return true;
  }
  if ('any' in condition) {
    let any = false;
    for (const c of condition.any) {
      const mine = noneUsed();
      if (evaluate(c, facts, mine)) {
        any = true;
        addUsed(used, mine);
      }
    }
    return any;
  }
  if ('always' in condition) return true;
  if ('noIndicators' in condition) return facts.indicators.length === 0;
  if ('informationMissing' in condition) return facts.informationMissing;
  if ('flag' in condition) {
    if (!facts.flags.has(condition.flag)) return false;
    used.flags.add(condition.flag);
    return true;
  }
  if ('element' in condition || 'anyElement' in condition) {
    const ids = 'element' in condition ? [condition.element] : condition.anyElement;
    const holding = ids
      .map((id) => facts.elements.get(id))
      .filter((e): e is ElementState =>
        Boolean(e && (condition.state === 'positive' ? e.positive : e.present)),
      );
    for (const e of holding) for (const id of e.indicators) used.indicators.add(id);
    return holding.length > 0;
  }
  if ('indicators' in condition) {
    const { atLeast, strength, elements } = condition.indicators;
    const counted = facts.indicators.filter(
      (i) => (!strength || i.strength === strength) && (!elements || elements.includes(i.element)),
    );
    if (counted.length < atLeast) return false;
    for (const i of counted) used.indicators.add(i.id);
    return true;
  }
  const { atLeast, serious } = condition.vulnerabilities;
  const counted = facts.vulnerabilities.filter((v) => serious === undefined || v.serious === serious);
  if (counted.length < atLeast) return false;
  for (const v of counted) used.vulnerabilities.add(v.id);
  return true;
}

/** Whether an answer says something: not missing, empty or "I don't know". */
export function isAnswered(answer: Answer | undefined): boolean {
  return !(
    answer === undefined ||
    answer === null ||
    answer === '' ||
    answer === 'unknown' ||
    (Array.isArray(answer) && answer.length === 0)
  );
}

/** The sections the instrument needs to decide that have too few answers among the questions shown. */
function sectionsMissing(instrument: Instrument, shown: readonly Question[], answers: Answers): string[] {
  const need = instrument.rules.information;
  if (!need) return [];
  const visible = new Set(shown.map((q) => q.id));
  return need.sections.filter((id) => {
    const section = instrument.sections.find((s) => s.id === id);
    // Free text and dates describe; they do not decide.
    const asked = (section?.questions ?? []).filter(
      (q) => visible.has(q.id) && q.type !== 'text' && q.type !== 'date',
    );
    if (asked.length === 0) return false;
    const answered = asked.filter((q) => isAnswered(answers[q.id])).length;
    return answered / asked.length < need.atLeastAnswered;
  });
}

/** Scores one screening's answers against its instrument. Never throws on answers the schema admits. */
export function scoreScreening(instrument: Instrument, answers: Answers): ScreeningResult {
  const { indicators: indicatorById, vulnerabilities: vulnerabilityById } = prepare(instrument);
  const shown = visibleQuestions(instrument, answers);
  const raisedIndicators = new Map<string, Because[]>();
  const raisedVulnerabilities = new Map<string, Because[]>();
  const flags = new Map<string, Because[]>();
  const unanswered: string[] = [];
  for (const q of shown) {
    const answer = answers[q.id];
    if (!isAnswered(answer)) unanswered.push(q.id);
    for (const effect of q.effects) {
      if (!matches(effect.when, answer)) continue;
      const because = { question: q.id, answer: answer ?? null };
      for (const id of effect.indicators)
        raisedIndicators.set(id, [...(raisedIndicators.get(id) ?? []), because]);
      for (const id of effect.vulnerabilities)
        raisedVulnerabilities.set(id, [...(raisedVulnerabilities.get(id) ?? []), because]);
      for (const flag of effect.flags) flags.set(flag, [...(flags.get(flag) ?? []), because]);
    }
  }
  // The presumption of minority: a person who may be a child is treated as one until shown otherwise.
  const child = flags.has('child') || flags.has('appears_child');
  const ageBasis = flags.has('child')
    ? 'stated'
    : flags.has('appears_child')
      ? 'appearance'
      : flags.has('adult')
        ? 'stated'
        : 'none';
  const age = child ? 'child' : 'adult';

  const indicators: ScreeningResult['indicators'] = [];
  // The form of exploitation shows in what the exploitation itself was.
  const exploitationElements = new Set(
    instrument.elements.filter((e) => e.kind === 'exploitation').map((e) => e.id),
  );
  const forms = new Set<ExploitationForm>();
  const specific = new Set<ExploitationForm>();
  for (const [id, because] of raisedIndicators) {
    const indicator = indicatorById.get(id);
    if (!indicator?.ages.includes(age)) continue;
    indicators.push({ id, element: indicator.element, strength: indicator.strength, because });
    if (exploitationElements.has(indicator.element)) {
      if (indicator.forms.length === 1) specific.add(indicator.forms[0]!);
      for (const f of indicator.forms) forms.add(f);
    }
  }
  // An indicator that belongs to one form (long hours: labour) tells more than one common to both.
  const formsFound = specific.size > 0 ? specific : forms;
  const elements = new Map<string, ElementState>();
  for (const e of instrument.elements) {
    const mine = indicators.filter((i) => i.element === e.id);
    const counts = { strong: 0, medium: 0, weak: 0 };
    for (const i of mine) counts[i.strength] += 1;
    const combination = positiveBy(counts, instrument.rules.elementPositive);
    elements.set(e.id, {
      id: e.id,
      kind: e.kind,
      counts,
      present: mine.length > 0,
      positive: combination !== null,
      combination,
      indicators: mine.map((i) => i.id),
    });
  }
  const vulnerabilities: ScreeningResult['vulnerabilities'] = [];
  for (const [id, because] of raisedVulnerabilities) {
    const v = vulnerabilityById.get(id);
    if (v) vulnerabilities.push({ id, level: v.level, serious: v.serious, because });
  }
  const missingSections = sectionsMissing(instrument, shown, answers);
  const facts: Facts = {
    elements,
    indicators,
    vulnerabilities,
    flags,
    informationMissing: missingSections.length > 0,
  };
  const rules = instrument.rules.outcomes;
  let used = noneUsed();
  let index = rules.findIndex((rule) => {
    if (rule.age !== 'any' && rule.age !== age) return false;
    used = noneUsed();
    return evaluate(rule.when, facts, used);
  });
  if (index < 0) {
    index = rules.length - 1;
    used = noneUsed();
  }
  const rule = rules[index] as OutcomeRule;
  const decisive = decisiveAnswers(shown, [
    ...indicators.filter((i) => used.indicators.has(i.id)).flatMap((i) => i.because),
    ...vulnerabilities.filter((v) => used.vulnerabilities.has(v.id)).flatMap((v) => v.because),
    ...[...used.flags].flatMap((f) => flags.get(f) ?? []),
  ]);

  const actions = new Map<string, string[]>();
  const add = (action: string, reason: string) =>
    actions.set(action, [...(actions.get(action) ?? []), reason]);
  for (const a of rule.actions) add(a, rule.outcome);
  if (child && (indicators.length > 0 || vulnerabilities.length > 0))
    for (const a of instrument.rules.childActions ?? []) add(a, 'child');
  for (const v of vulnerabilities) for (const a of vulnerabilityById.get(v.id)?.actions ?? []) add(a, v.id);

  return {
    instrument: { id: instrument.id, version: instrument.version },
    outcome: rule.outcome,
    child,
    ageBasis,
    indicators,
    elements: [...elements.values()],
    vulnerabilities,
    flags: [...flags.keys()].sort(),
    forms: [...formsFound].sort(),
    rule: { index, outcome: rule.outcome, because: rule.because },
    actions: [...actions].map(([id, because]) => ({ id, because })),
    unanswered,
    missingSections,
    decisive,
  };
}

/** Each answer once, in the order the interview asked the questions. */
function decisiveAnswers(shown: readonly Question[], because: readonly Because[]): Because[] {
  const order = new Map(shown.map((q, i) => [q.id, i]));
  const seen = new Set<string>();
  return because
    .filter((b) => {
      if (seen.has(b.question)) return false;
      seen.add(b.question);
      return true;
    })
    .sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0));
}
