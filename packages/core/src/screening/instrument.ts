/**
 * The screening instrument format: a versioned, declarative definition that a coordinator can
 * publish without a deployment. Sections of questions with conditions that show or skip them;
 * texts per language, each translation flagged reviewed or not; what each answer raises
 * (indicators of the elements of the trafficking definition, after the ILO/European Commission
 * operational indicators, and vulnerability factors, after IOM's Determinants of Migrant
 * Vulnerability); and the rules that turn them into an outcome, as data. Everything a screening
 * needs is here: a screening keeps the version it used, forever.
 */
import { z } from 'zod';

/** Languages an instrument is written in: the screeners' and those of the people interviewed. */
export const SCREENING_LANGUAGES = [
  'en',
  'sq',
  'sr-Latn',
  'sr-Cyrl',
  'mk',
  'bs',
  'hr',
  'cnr',
  'ar',
  'fa',
  'prs',
  'ps',
  'ur',
  'bn',
  'fr',
  'tr',
] as const;
export const ScreeningLanguage = z.enum(SCREENING_LANGUAGES);
export type ScreeningLanguage = z.infer<typeof ScreeningLanguage>;

/** Written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<ScreeningLanguage> = new Set(['ar', 'fa', 'prs', 'ps', 'ur']);

/** One translation: the text, and whether a native speaker has checked it. */
export const Translation = z.object({
  text: z.string().trim().min(1).max(2000),
  reviewed: z.boolean(),
});
export type Translation = z.infer<typeof Translation>;

/** A text in several languages; English is always there, as the reference. */
export const Texts = z
  .partialRecord(ScreeningLanguage, Translation)
  .refine((t) => t.en !== undefined, { message: 'every text needs its English version' });
export type Texts = z.infer<typeof Texts>;

const Id = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,63}$/,
    'an id has lower-case letters, digits and underscores, starting with a letter',
  );

/**
 * What an element stands for. Version 1 used the six elements of the ILO/EC lists (recruitment,
 * exploitation, destination) and the act; later versions follow the legal definition: the act, the
 * means and the purpose of exploitation (Palermo Protocol art. 3; Directive 2011/36/EU art. 2).
 */
export const ELEMENT_KINDS = ['recruitment', 'exploitation', 'destination', 'act', 'means'] as const;
export const Element = z.object({
  id: Id,
  kind: z.enum(ELEMENT_KINDS),
  label: Texts,
});

export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];
/**
 * The forms of exploitation of Directive 2011/36/EU art. 2(3) as amended by Directive (EU)
 * 2024/1712: sexual exploitation, forced labour or services (begging among them), slavery and
 * servitude (domestic servitude here), the exploitation of criminal activities, the removal of
 * organs, and since 2024 forced marriage, illegal adoption and the exploitation of surrogacy.
 */
export const EXPLOITATION_FORMS = [
  'labour',
  'sexual',
  'begging',
  'criminal_activities',
  'domestic_servitude',
  'forced_marriage',
  'organ_removal',
  'illegal_adoption',
  'surrogacy',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

export const Indicator = z.object({
  id: Id,
  element: Id,
  strength: z.enum(STRENGTHS),
  /** Whom the indicator is listed for in the source: adults, children, or both. */
  ages: z.array(z.enum(['adult', 'child'])).min(1),
  forms: z.array(z.enum(EXPLOITATION_FORMS)).min(1),
  label: Texts,
});
export type Indicator = z.infer<typeof Indicator>;

export const VULNERABILITY_LEVELS = ['individual', 'household', 'community', 'structural'] as const;
export const Vulnerability = z.object({
  id: Id,
  level: z.enum(VULNERABILITY_LEVELS),
  /** Serious enough on its own to refer the person to protection. */
  serious: z.boolean(),
  /** The actions (referral pathways) it calls for. */
  actions: z.array(Id),
  label: Texts,
});
export type Vulnerability = z.infer<typeof Vulnerability>;

export const Action = z.object({ id: Id, label: Texts });

/** A test on an answer: equal to a value, one of several, or a number in a range. */
export const Match = z.union([
  z.object({ equals: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ anyOf: z.array(z.string()).min(1) }),
  z.object({ below: z.number() }),
  z.object({ atLeast: z.number() }),
  z.object({ answered: z.literal(true) }),
]);
export type Match = z.infer<typeof Match>;

/** When a question is shown: a test on an earlier answer, or several combined. */
export type Condition =
  | ({ question: string } & Match)
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.intersection(z.object({ question: Id }), Match),
    z.object({ all: z.array(Condition).min(1) }),
    z.object({ any: z.array(Condition).min(1) }),
    z.object({ not: Condition }),
  ]),
);

/**
 * Facts the rules use: smuggled (paid or helped to cross irregularly), child (a stated age under 18),
 * appears_child (the screener doubts the person is an adult: the presumption of minority), adult.
 */
export const FLAGS = ['smuggled', 'child', 'appears_child', 'adult'] as const;

/** What an answer that matches raises. */
export const Effect = z.object({
  when: Match,
  indicators: z.array(Id).default([]),
  vulnerabilities: z.array(Id).default([]),
  /** Facts the rules use: smuggled (paid or helped to cross irregularly), child, appears_child. */
  flags: z.array(z.enum(FLAGS)).default([]),
});
export type Effect = z.infer<typeof Effect>;

export const QUESTION_TYPES = ['yes_no_unknown', 'single', 'multiple', 'number', 'date', 'text'] as const;
export const Question = z.object({
  id: Id,
  type: z.enum(QUESTION_TYPES),
  text: Texts,
  /** A note for the screener only, in the screener's language. */
  help: Texts.optional(),
  options: z.array(z.object({ id: Id, text: Texts })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  showIf: Condition.optional(),
  effects: z.array(Effect).default([]),
});
export type Question = z.infer<typeof Question>;

export const Section = z.object({ id: Id, title: Texts, questions: z.array(Question).min(1) });

/** When an element counts as positive: at least these many indicators of each strength. */
export const Combination = z.object({
  strong: z.number().int().min(0).default(0),
  medium: z.number().int().min(0).default(0),
  weak: z.number().int().min(0).default(0),
  /** Medium or weak indicators together. */
  mediumOrWeak: z.number().int().min(0).default(0),
});
export type Combination = z.infer<typeof Combination>;

/**
 * What a screening concludes, from the strongest: reasonable grounds to believe the person is a
 * victim; at risk of trafficking; not enough information to decide (screen again); vulnerable, having
 * been smuggled or not, with the vulnerabilities named; nothing found.
 */
export const OUTCOMES = [
  'presumed_victim',
  'at_risk',
  'not_enough_information',
  'vulnerable_smuggled',
  'vulnerable',
  'no_indicators',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A rule's test on what the answers raised. */
export type RuleCondition =
  | { element: string; state: 'positive' | 'present' }
  | { anyElement: string[]; state: 'positive' | 'present' }
  | { indicators: { atLeast: number; strength?: Strength; elements?: string[] } }
  | { vulnerabilities: { atLeast: number; serious?: boolean } }
  | { flag: string }
  | { noIndicators: true }
  | { informationMissing: true }
  | { always: true }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] };
export const RuleCondition: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    z.object({ element: Id, state: z.enum(['positive', 'present']) }),
    z.object({ anyElement: z.array(Id).min(1), state: z.enum(['positive', 'present']) }),
    z.object({
      indicators: z.object({
        atLeast: z.number().int().min(1),
        strength: z.enum(STRENGTHS).optional(),
        /** Count only indicators of these elements. */
        elements: z.array(Id).optional(),
      }),
    }),
    z.object({
      vulnerabilities: z.object({ atLeast: z.number().int().min(1), serious: z.boolean().optional() }),
    }),
    z.object({ flag: z.string() }),
    z.object({ noIndicators: z.literal(true) }),
    z.object({ informationMissing: z.literal(true) }),
    z.object({ always: z.literal(true) }),
    z.object({ all: z.array(RuleCondition).min(1) }),
    z.object({ any: z.array(RuleCondition).min(1) }),
  ]),
);

export const OutcomeRule = z.object({
  outcome: z.enum(OUTCOMES),
  /** For whom the rule holds: adults, children (or those presumed to be), or anyone. */
  age: z.enum(['adult', 'child', 'any']).default('any'),
  when: RuleCondition,
  /** Why, in words, for the explanation. */
  because: Texts,
  /** Actions the outcome itself calls for. */
  actions: z.array(Id).default([]),
});
export type OutcomeRule = z.infer<typeof OutcomeRule>;

export const Instrument = z
  .object({
    id: Id,
    version: z.number().int().positive(),
    title: Texts,
    /** Where the indicators and rules come from. */
    source: z.string().min(1).max(2000),
    languages: z.array(ScreeningLanguage).min(1),
    consent: Texts,
    /** How yes, no and "I don't know" are said to the person interviewed. */
    answerLabels: z.object({ yes: Texts, no: Texts, unknown: Texts }),
    elements: z.array(Element).min(1),
    indicators: z.array(Indicator),
    vulnerabilities: z.array(Vulnerability),
    actions: z.array(Action),
    sections: z.array(Section).min(1),
    rules: z.object({
      /** An element is positive when any one of these combinations is reached. */
      elementPositive: z.array(Combination).min(1),
      /** Tried in order; the first that holds gives the outcome. The last must always hold. */
      outcomes: z.array(OutcomeRule).min(1),
      /**
       * When there is enough information to decide: in each of these sections, at least this share
       * of the questions shown has an answer other than "I don't know". A section short of it is
       * named in the result, and `informationMissing` holds.
       */
      information: z
        .object({
          sections: z.array(Id).min(1),
          atLeastAnswered: z.number().min(0).max(1),
        })
        .optional(),
      /** What every child (or person presumed to be one) with any indicator or vulnerability gets. */
      childActions: z.array(Id).optional(),
    }),
  })
  .superRefine((instrument, ctx) => checkReferences(instrument, ctx));
export type Instrument = z.infer<typeof Instrument>;
export type InstrumentInput = z.input<typeof Instrument>;

/** Every id an instrument refers to must exist, once; questions may only depend on earlier ones. */
function checkReferences(instrument: z.infer<typeof InstrumentShape>, ctx: z.RefinementCtx) {
  const unique = (ids: string[], path: (string | number)[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `"${id}" is used twice` });
      seen.add(id);
    });
    return seen;
  };
  const elements = unique(
    instrument.elements.map((e) => e.id),
    ['elements'],
  );
  const indicators = unique(
    instrument.indicators.map((e) => e.id),
    ['indicators'],
  );
  const vulnerabilities = unique(
    instrument.vulnerabilities.map((e) => e.id),
    ['vulnerabilities'],
  );
  const actions = unique(
    instrument.actions.map((e) => e.id),
    ['actions'],
  );
  instrument.indicators.forEach((indicator, i) => {
    if (!elements.has(indicator.element))
      ctx.addIssue({
        code: 'custom',
        path: ['indicators', i, 'element'],
        message: `no element "${indicator.element}"`,
      });
  });
  instrument.vulnerabilities.forEach((v, i) => {
    v.actions.forEach((a, k) => {
      if (!actions.has(a))
        ctx.addIssue({
          code: 'custom',
          path: ['vulnerabilities', i, 'actions', k],
          message: `no action "${a}"`,
        });
    });
  });
  const earlier = new Set<string>();
  const questions = new Map<string, z.infer<typeof Question>>();
  instrument.sections.forEach((section, s) => {
    section.questions.forEach((q, k) => {
      const path = ['sections', s, 'questions', k];
      if (questions.has(q.id))
        ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `"${q.id}" is used twice` });
      if ((q.type === 'single' || q.type === 'multiple') && !q.options?.length)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'options'],
          message: 'a choice question needs options',
        });
      if (q.showIf) checkCondition(q.showIf, earlier, [...path, 'showIf'], ctx);
      q.effects.forEach((effect, e) => {
        effect.indicators.forEach((id, n) => {
          if (!indicators.has(id))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'effects', e, 'indicators', n],
              message: `no indicator "${id}"`,
            });
        });
        effect.vulnerabilities.forEach((id, n) => {
          if (!vulnerabilities.has(id))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'effects', e, 'vulnerabilities', n],
              message: `no vulnerability "${id}"`,
            });
        });
        if ('anyOf' in effect.when || ('equals' in effect.when && typeof effect.when.equals === 'string')) {
          const values = 'anyOf' in effect.when ? effect.when.anyOf : [effect.when.equals as string];
          const known =
            q.type === 'yes_no_unknown' ? ['yes', 'no', 'unknown'] : (q.options ?? []).map((o) => o.id);
          values.forEach((v) => {
            if ((q.type === 'yes_no_unknown' || q.options) && !known.includes(v))
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'effects', e, 'when'],
                message: `"${v}" is not an answer to "${q.id}"`,
              });
          });
        }
      });
      questions.set(q.id, q);
      earlier.add(q.id);
    });
  });
  const checkRule = (condition: RuleCondition, path: (string | number)[]) => {
    if ('all' in condition) {
      for (const [i, c] of condition.all.entries()) checkRule(c, [...path, 'all', i]);
    } else if ('any' in condition) {
      for (const [i, c] of condition.any.entries()) checkRule(c, [...path, 'any', i]);
    } else if ('element' in condition && !elements.has(condition.element))
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'element'],
        message: `no element "${condition.element}"`,
      });
    else if ('anyElement' in condition)
      condition.anyElement.forEach((id, i) => {
        if (!elements.has(id))
          ctx.addIssue({ code: 'custom', path: [...path, 'anyElement', i], message: `no element "${id}"` });
      });
  };
  instrument.rules.outcomes.forEach((rule, i) => {
    checkRule(rule.when, ['rules', 'outcomes', i, 'when']);
    rule.actions.forEach((a, k) => {
      if (!actions.has(a))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', 'outcomes', i, 'actions', k],
          message: `no action "${a}"`,
        });
    });
  });
  const sectionIds = new Set(instrument.sections.map((section) => section.id));
  instrument.rules.information?.sections.forEach((id, i) => {
    if (!sectionIds.has(id))
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'information', 'sections', i],
        message: `no section "${id}"`,
      });
  });
  instrument.rules.childActions?.forEach((a, i) => {
    if (!actions.has(a))
      ctx.addIssue({ code: 'custom', path: ['rules', 'childActions', i], message: `no action "${a}"` });
  });
  const last = instrument.rules.outcomes.length - 1;
  const final = instrument.rules.outcomes[last];
  if (final && !(final.age === 'any' && 'always' in final.when))
    ctx.addIssue({
      code: 'custom',
      path: ['rules', 'outcomes', last, 'when'],
      message: 'the last rule must hold for anyone: age "any", when { "always": true }',
    });
}

function checkCondition(
  condition: Condition,
  earlier: Set<string>,
  path: (string | number)[],
  ctx: z.RefinementCtx,
) {
  if ('all' in condition) {
    for (const [i, c] of condition.all.entries()) checkCondition(c, earlier, [...path, 'all', i], ctx);
  } else if ('any' in condition) {
    for (const [i, c] of condition.any.entries()) checkCondition(c, earlier, [...path, 'any', i], ctx);
  } else if ('not' in condition) checkCondition(condition.not, earlier, [...path, 'not'], ctx);
  else if (!earlier.has(condition.question))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'question'],
      message: `"${condition.question}" is not a question asked before this one`,
    });
}

// The object before the cross-reference checks, for their parameter's type.
const InstrumentShape = z.object({
  elements: z.array(Element),
  indicators: z.array(Indicator),
  vulnerabilities: z.array(Vulnerability),
  actions: z.array(Action),
  sections: z.array(Section),
  rules: z.object({
    elementPositive: z.array(Combination),
    outcomes: z.array(OutcomeRule),
    information: z.object({ sections: z.array(Id), atLeastAnswered: z.number() }).optional(),
    childActions: z.array(Id).optional(),
  }),
});

/** A text in the wanted language, or in English with a note that it is not translated. */
export function textIn(
  texts: Texts | undefined,
  language: string,
): { text: string; language: ScreeningLanguage; reviewed: boolean; translated: boolean } {
  const wanted = texts?.[language as ScreeningLanguage];
  if (wanted)
    return {
      text: wanted.text,
      language: language as ScreeningLanguage,
      reviewed: wanted.reviewed,
      translated: true,
    };
  const english = texts?.en;
  return {
    text: english?.text ?? '',
    language: 'en',
    reviewed: english?.reviewed ?? false,
    translated: language === 'en',
  };
}
