/**
 * "Veza rapid screening", version 2: the structure (questions, what each answer raises, rules).
 * Texts are named by keys; the words are in en.ts (the reference) and the translations.
 *
 * Why a second version: stories of people met at the region's borders, answered honestly through
 * version 1, got an acceptable outcome only half of the time (docs/screening.md). Version 2 keeps
 * the ILO/EC operational indicators (2009) and their grading as its vocabulary, but decides with
 * the legal definition of trafficking in human beings rather than with the ILO/EC secondary rule:
 *
 * - Palermo Protocol art. 3(a), Council of Europe Convention art. 4(a), Directive 2011/36/EU
 *   art. 2(1): an act (recruitment, transportation, transfer, harbouring or receipt, including the
 *   exchange or transfer of control), by means (threat or use of force or other forms of coercion,
 *   abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving or
 *   receiving payments or benefits to achieve the consent of a person having control over another),
 *   for the purpose of exploitation. The means may appear at any stage, not only at recruitment.
 * - Directive 2011/36/EU art. 2(3) as amended by Directive (EU) 2024/1712: exploitation includes
 *   sexual exploitation, forced labour or services including begging, slavery, servitude, the
 *   exploitation of criminal activities, the removal of organs, and the exploitation of surrogacy,
 *   forced marriage and illegal adoption.
 * - Palermo Protocol art. 3(c), Convention art. 4(c), Directive art. 2(5): for a child (under 18)
 *   the act and the purpose suffice; no means are needed.
 * - Convention art. 10(2): protection is due as soon as there are reasonable grounds to believe
 *   that a person is a victim; screening is not a court, so the rule errs towards referral.
 * - Convention art. 10(3), Directive art. 13(2): when the age is uncertain and there are reasons to
 *   believe the person is a child, they are presumed to be one.
 */

/** The means of the definition: deception, coercion, abuse of a position of vulnerability. */
const MEANS = ['deception', 'coercion', 'abuse_of_vulnerability'];
const MEANS_AND_EXPLOITATION = [...MEANS, 'exploitation'];

/** A person presumed to be a child: a stated age under 18, or the screener's doubt about an adult age. */
const PRESUMED_CHILD = {
  any: [
    { question: 'age', below: 18 },
    { question: 'age_doubt', anyOf: ['possibly_child', 'clearly_child'] },
  ],
};

/** The work questions are asked of whoever did any work or service for others, on the way or since. */
const WORKED = { question: 'worked', equals: 'yes' };
/**
 * Whether the person has set out yet: the journey, and whether a promise was kept, are asked only
 * once they have. Work is asked of everyone: exploitation happens at home too (begging, marriage).
 */
const LEFT = { not: { question: 'stage', equals: 'not_left' } };

export const STRUCTURE = {
  id: 'veza_rapid_screening',
  version: 2,
  source:
    'Act, means and purpose: UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol, 2000) art. 3; Council of Europe Convention on Action against Trafficking in Human Beings (2005) art. 4, art. 10(2) (reasonable grounds) and 10(3) (presumption of minority); Directive 2011/36/EU art. 2 as amended by Directive (EU) 2024/1712 (forced marriage, illegal adoption, exploitation of surrogacy). Indicators and their grading: ILO and European Commission, Operational indicators of trafficking in human beings (2009, ILO WCMS_105023). Vulnerabilities: IOM Determinants of Migrant Vulnerability (2019).',
  elements: [
    { id: 'act', kind: 'act' },
    { id: 'deception', kind: 'means' },
    { id: 'coercion', kind: 'means' },
    { id: 'abuse_of_vulnerability', kind: 'means' },
    { id: 'exploitation', kind: 'exploitation' },
  ],
  indicators: [
    // The act, at any stage.
    { id: 'recruited_by_others', element: 'act', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'transported_by_others', element: 'act', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'handed_over', element: 'act', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'harboured_by_controller', element: 'act', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'in_care_of_unrelated_adult', element: 'act', strength: 'medium', forms: ['labour', 'sexual'] },
    // Deception, before leaving or after.
    { id: 'deceived_nature_of_work', element: 'deception', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'deceived_conditions', element: 'deception', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'deceived_documents', element: 'deception', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'vague_offer', element: 'deception', strength: 'medium', forms: ['labour', 'sexual'] },
    // Coercion, at any stage.
    { id: 'force_or_threats', element: 'coercion', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'confinement', element: 'coercion', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'documents_retained', element: 'coercion', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'debt_bondage', element: 'coercion', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'violence_to_control', element: 'coercion', strength: 'strong', forms: ['labour', 'sexual'] },
    { id: 'threats_to_family', element: 'coercion', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'threat_of_denunciation', element: 'coercion', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'documents_asked_for', element: 'coercion', strength: 'medium', forms: ['labour', 'sexual'] },
    // Abuse of a position of vulnerability, and payments to whoever controls the person.
    {
      id: 'payment_to_controller',
      element: 'abuse_of_vulnerability',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'travel_paid_to_repay',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'recruited_by_trusted_person',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'isolation_and_control',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'status_used_against',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'exploited_dependency',
      element: 'abuse_of_vulnerability',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'controlled_in_interview',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'afraid_of_companion',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'rehearsed_story',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'unaware_of_whereabouts',
      element: 'abuse_of_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    // The purpose: exploitation in each form of the Directive.
    { id: 'sexual_exploitation', element: 'exploitation', strength: 'strong', forms: ['sexual'] },
    { id: 'excessive_hours', element: 'exploitation', strength: 'strong', forms: ['labour'] },
    { id: 'no_rest_days', element: 'exploitation', strength: 'medium', forms: ['labour'] },
    { id: 'no_pay', element: 'exploitation', strength: 'strong', forms: ['labour'] },
    { id: 'underpaid', element: 'exploitation', strength: 'medium', forms: ['labour'] },
    {
      id: 'earnings_taken',
      element: 'exploitation',
      strength: 'strong',
      forms: ['labour', 'sexual', 'begging', 'criminal_activities'],
    },
    { id: 'degrading_conditions', element: 'exploitation', strength: 'medium', forms: ['labour'] },
    { id: 'work_to_repay_debt', element: 'exploitation', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'forced_begging', element: 'exploitation', strength: 'strong', forms: ['begging'] },
    { id: 'forced_criminality', element: 'exploitation', strength: 'strong', forms: ['criminal_activities'] },
    { id: 'domestic_servitude', element: 'exploitation', strength: 'strong', forms: ['domestic_servitude'] },
    { id: 'child_labour', element: 'exploitation', strength: 'strong', forms: ['labour'], ages: ['child'] },
    // Any sexual act of a child for money or other benefit is sexual exploitation (Directive 2011/93/EU art. 4).
    {
      id: 'child_sexual_exploitation',
      element: 'exploitation',
      strength: 'strong',
      forms: ['sexual'],
      ages: ['child'],
    },
    { id: 'forced_marriage', element: 'exploitation', strength: 'strong', forms: ['forced_marriage'] },
    { id: 'organ_removal', element: 'exploitation', strength: 'strong', forms: ['organ_removal'] },
    { id: 'illegal_adoption', element: 'exploitation', strength: 'strong', forms: ['illegal_adoption'] },
    { id: 'surrogacy', element: 'exploitation', strength: 'strong', forms: ['surrogacy'] },
  ],
  vulnerabilities: [
    {
      id: 'unaccompanied_child',
      level: 'individual',
      serious: true,
      actions: ['child_protection', 'shelter'],
    },
    { id: 'separated_child', level: 'individual', serious: true, actions: ['child_protection', 'shelter'] },
    { id: 'pregnancy', level: 'individual', serious: true, actions: ['medical_care'] },
    { id: 'illness_or_disability', level: 'individual', serious: true, actions: ['medical_care'] },
    {
      id: 'survivor_of_violence',
      level: 'individual',
      serious: true,
      actions: ['medical_care', 'psychosocial_support', 'report_crime'],
    },
    {
      id: 'survivor_of_sexual_violence',
      level: 'individual',
      serious: true,
      actions: ['medical_care', 'psychosocial_support', 'report_crime'],
    },
    { id: 'visible_injuries', level: 'individual', serious: true, actions: ['medical_care'] },
    {
      id: 'debt_to_smugglers',
      level: 'household',
      serious: true,
      actions: ['legal_aid', 'psychosocial_support'],
    },
    { id: 'single_parent', level: 'household', serious: false, actions: ['shelter'] },
    { id: 'older_person', level: 'individual', serious: false, actions: ['medical_care'] },
    { id: 'no_means_of_living', level: 'household', serious: false, actions: ['shelter'] },
    {
      id: 'at_risk_for_identity',
      level: 'community',
      serious: false,
      actions: ['psychosocial_support', 'legal_aid'],
    },
    {
      id: 'fear_of_return',
      level: 'structural',
      serious: false,
      actions: ['asylum_information', 'legal_aid'],
    },
  ],
  actions: [
    'nrm_identification',
    'shelter',
    'medical_care',
    'child_protection',
    'legal_aid',
    'asylum_information',
    'psychosocial_support',
    'report_crime',
    'screen_again',
  ],
  sections: [
    {
      id: 'about',
      questions: [
        {
          id: 'age',
          type: 'number',
          min: 0,
          max: 120,
          effects: [
            { when: { below: 18 }, flags: ['child'] },
            { when: { atLeast: 18 }, flags: ['adult'] },
            { when: { atLeast: 60 }, vulnerabilities: ['older_person'] },
          ],
        },
        {
          id: 'age_doubt',
          type: 'single',
          help: true,
          showIf: { not: { question: 'age', below: 18 } },
          options: ['clearly_adult', 'possibly_child', 'clearly_child'],
          effects: [{ when: { anyOf: ['possibly_child', 'clearly_child'] }, flags: ['appears_child'] }],
        },
        {
          id: 'travelling_with',
          type: 'single',
          showIf: PRESUMED_CHILD,
          options: ['parents', 'relatives', 'unrelated_adult', 'group', 'alone'],
          effects: [
            { when: { equals: 'alone' }, vulnerabilities: ['unaccompanied_child'] },
            {
              when: { anyOf: ['relatives', 'unrelated_adult', 'group'] },
              vulnerabilities: ['separated_child'],
            },
            { when: { equals: 'unrelated_adult' }, indicators: ['in_care_of_unrelated_adult'] },
          ],
        },
        {
          id: 'pregnant',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['pregnancy'] }],
        },
        {
          id: 'illness',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['illness_or_disability'] }],
        },
        {
          id: 'alone_with_children',
          type: 'yes_no_unknown',
          showIf: { not: PRESUMED_CHILD },
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['single_parent'] }],
        },
      ],
    },
    {
      id: 'departure',
      questions: [
        { id: 'stage', type: 'single', options: ['not_left', 'on_the_way', 'arrived', 'returned'] },
        {
          id: 'why_left',
          type: 'multiple',
          options: [
            'war_or_persecution',
            'no_income',
            'family_crisis',
            'sent_by_others',
            'job_offer',
            'marriage',
            'other',
          ],
          effects: [{ when: { equals: 'no_income' }, vulnerabilities: ['no_means_of_living'] }],
        },
        {
          id: 'recruited_by',
          type: 'single',
          options: ['nobody', 'partner', 'family', 'friend', 'agency', 'employer', 'stranger'],
          effects: [
            {
              when: { anyOf: ['partner', 'family', 'friend', 'agency', 'employer', 'stranger'] },
              indicators: ['recruited_by_others'],
            },
            { when: { anyOf: ['partner', 'family', 'friend'] }, indicators: ['recruited_by_trusted_person'] },
          ],
        },
        { id: 'offered', type: 'yes_no_unknown' },
        {
          id: 'offer_details_known',
          type: 'yes_no_unknown',
          showIf: { question: 'offered', equals: 'yes' },
          effects: [{ when: { equals: 'no' }, indicators: ['vague_offer'] }],
        },
        {
          id: 'offer_true',
          type: 'yes_no_unknown',
          showIf: { all: [{ question: 'offered', equals: 'yes' }, LEFT] },
          effects: [{ when: { equals: 'no' }, indicators: ['deceived_nature_of_work'] }],
        },
        {
          id: 'conditions_true',
          type: 'yes_no_unknown',
          showIf: { all: [{ question: 'offered', equals: 'yes' }, LEFT] },
          effects: [{ when: { equals: 'no' }, indicators: ['deceived_conditions'] }],
        },
        {
          id: 'papers_promised',
          type: 'yes_no_unknown',
          showIf: { question: 'offered', equals: 'yes' },
        },
        {
          id: 'papers_received',
          type: 'yes_no_unknown',
          showIf: { all: [{ question: 'papers_promised', equals: 'yes' }, LEFT] },
          effects: [{ when: { equals: 'no' }, indicators: ['deceived_documents'] }],
        },
        {
          id: 'travel_paid_by_recruiter',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['travel_paid_to_repay'] }],
        },
        {
          id: 'documents_asked_for',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['documents_asked_for'] }],
        },
        {
          id: 'payment_to_family',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['payment_to_controller'] }],
        },
      ],
    },
    {
      id: 'journey',
      questions: [
        {
          id: 'paid_smuggler',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, flags: ['smuggled'] }],
        },
        {
          id: 'organised_by_others',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, indicators: ['transported_by_others'] }],
        },
        {
          id: 'owes_for_journey',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['debt_to_smugglers'] }],
        },
        {
          id: 'handed_over',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, indicators: ['handed_over'] }],
        },
        {
          id: 'held_captive',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, indicators: ['confinement'] }],
        },
        {
          id: 'forced_or_threatened',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['force_or_threats'] }],
        },
        {
          id: 'hurt_on_journey',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['survivor_of_violence'] }],
        },
        {
          id: 'sexual_violence',
          type: 'yes_no_unknown',
          help: true,
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['survivor_of_sexual_violence'] }],
        },
        {
          id: 'sex_for_others_gain',
          type: 'yes_no_unknown',
          help: true,
          showIf: LEFT,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['sexual_exploitation', 'exploited_dependency', 'harboured_by_controller'],
              vulnerabilities: ['survivor_of_sexual_violence'],
            },
          ],
        },
        {
          id: 'documents_taken',
          type: 'yes_no_unknown',
          showIf: LEFT,
          effects: [{ when: { equals: 'yes' }, indicators: ['documents_retained'] }],
        },
      ],
    },
    {
      id: 'work',
      questions: [
        {
          id: 'worked',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['harboured_by_controller'] }],
        },
        {
          id: 'work_kind',
          type: 'multiple',
          showIf: WORKED,
          options: [
            'agriculture',
            'construction',
            'domestic',
            'factory',
            'hospitality',
            'begging',
            'crime',
            'sex',
            'other',
          ],
          effects: [
            { when: { equals: 'begging' }, indicators: ['forced_begging'] },
            { when: { equals: 'crime' }, indicators: ['forced_criminality'] },
            { when: { equals: 'sex' }, indicators: ['sexual_exploitation'] },
          ],
        },
        {
          id: 'hours_per_day',
          type: 'number',
          min: 0,
          max: 24,
          showIf: WORKED,
          effects: [{ when: { atLeast: 12 }, indicators: ['excessive_hours'] }],
        },
        {
          id: 'days_off',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'no' }, indicators: ['no_rest_days'] }],
        },
        {
          id: 'paid',
          type: 'single',
          showIf: WORKED,
          options: ['as_agreed', 'less_than_agreed', 'far_below_wage', 'not_at_all', 'to_someone_else'],
          effects: [
            { when: { anyOf: ['less_than_agreed', 'far_below_wage'] }, indicators: ['underpaid'] },
            { when: { equals: 'not_at_all' }, indicators: ['no_pay'] },
            { when: { equals: 'to_someone_else' }, indicators: ['earnings_taken'] },
          ],
        },
        {
          id: 'working_off_debt',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'yes' }, indicators: ['debt_bondage', 'work_to_repay_debt'] }],
        },
        {
          id: 'free_to_leave',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'no' }, indicators: ['confinement'] }],
        },
        {
          id: 'lives_where_employer_says',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'yes' }, indicators: ['isolation_and_control'] }],
        },
        {
          id: 'live_in_household',
          type: 'yes_no_unknown',
          showIf: { all: [WORKED, { question: 'work_kind', equals: 'domestic' }] },
          effects: [{ when: { equals: 'yes' }, indicators: ['domestic_servitude'] }],
        },
        {
          id: 'degrading_conditions',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'yes' }, indicators: ['degrading_conditions'] }],
        },
        {
          id: 'hurt_at_work',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['violence_to_control'],
              vulnerabilities: ['survivor_of_violence'],
            },
          ],
        },
        {
          id: 'family_threatened',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [{ when: { equals: 'yes' }, indicators: ['threats_to_family'] }],
        },
        {
          id: 'police_threat',
          type: 'yes_no_unknown',
          showIf: WORKED,
          effects: [
            { when: { equals: 'yes' }, indicators: ['threat_of_denunciation', 'status_used_against'] },
          ],
        },
        {
          id: 'child_sex_for_money',
          type: 'yes_no_unknown',
          help: true,
          showIf: PRESUMED_CHILD,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['child_sexual_exploitation'],
              vulnerabilities: ['survivor_of_sexual_violence'],
            },
          ],
        },
        {
          id: 'child_work_instead_of_school',
          type: 'yes_no_unknown',
          showIf: { all: [WORKED, PRESUMED_CHILD] },
          effects: [{ when: { equals: 'yes' }, indicators: ['child_labour'] }],
        },
        {
          id: 'forced_marriage',
          type: 'yes_no_unknown',
          help: true,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['forced_marriage', 'force_or_threats', 'recruited_by_others'],
            },
          ],
        },
        {
          id: 'organ_removal',
          type: 'yes_no_unknown',
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['organ_removal', 'exploited_dependency', 'recruited_by_others'],
            },
          ],
        },
        {
          id: 'baby_for_others',
          type: 'yes_no_unknown',
          help: true,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['illegal_adoption', 'exploited_dependency', 'recruited_by_others'],
            },
          ],
        },
        {
          id: 'surrogacy',
          type: 'yes_no_unknown',
          showIf: { not: PRESUMED_CHILD },
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['surrogacy', 'exploited_dependency', 'recruited_by_others'],
            },
          ],
        },
      ],
    },
    {
      id: 'observations',
      questions: [
        {
          id: 'obs_someone_answers',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['controlled_in_interview'] }],
        },
        {
          id: 'obs_afraid_of_companion',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['afraid_of_companion'] }],
        },
        {
          id: 'obs_rehearsed',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['rehearsed_story'] }],
        },
        {
          id: 'obs_documents_held_by_other',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['documents_retained'] }],
        },
        {
          id: 'obs_unaware_of_whereabouts',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['unaware_of_whereabouts'] }],
        },
        {
          id: 'obs_injuries',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['visible_injuries'] }],
        },
      ],
    },
    {
      id: 'protection',
      questions: [
        {
          id: 'violence_or_torture',
          type: 'yes_no_unknown',
          help: true,
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['survivor_of_violence'] }],
        },
        {
          id: 'identity_risk',
          type: 'yes_no_unknown',
          help: true,
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['at_risk_for_identity'] }],
        },
        {
          id: 'afraid_to_return',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['fear_of_return'] }],
        },
        { id: 'notes', type: 'text', help: true },
      ],
    },
  ],
  rules: {
    // "Reasonable grounds" for one element: one strong indicator, or two of medium strength.
    elementPositive: [{ strong: 1 }, { medium: 2 }],
    information: { sections: ['departure', 'journey', 'work'], atLeastAnswered: 0.5 },
    childActions: ['child_protection'],
    outcomes: [
      {
        outcome: 'presumed_victim',
        age: 'adult',
        when: {
          all: [
            { element: 'act', state: 'present' },
            {
              any: [
                { indicators: { atLeast: 1, strength: 'strong', elements: MEANS } },
                { indicators: { atLeast: 2, elements: MEANS } },
              ],
            },
            { element: 'exploitation', state: 'positive' },
          ],
        },
        actions: ['nrm_identification', 'shelter', 'psychosocial_support', 'legal_aid'],
      },
      {
        outcome: 'presumed_victim',
        age: 'child',
        when: {
          all: [
            { element: 'act', state: 'present' },
            { element: 'exploitation', state: 'positive' },
          ],
        },
        actions: ['nrm_identification', 'child_protection', 'shelter', 'psychosocial_support'],
      },
      {
        outcome: 'at_risk',
        age: 'any',
        when: { indicators: { atLeast: 1, elements: MEANS_AND_EXPLOITATION } },
        actions: ['nrm_identification', 'psychosocial_support', 'legal_aid'],
      },
      {
        outcome: 'not_enough_information',
        age: 'any',
        when: { informationMissing: true },
        actions: ['screen_again'],
      },
      {
        outcome: 'vulnerable_smuggled',
        age: 'any',
        when: { all: [{ flag: 'smuggled' }, { vulnerabilities: { atLeast: 1 } }] },
        actions: ['legal_aid'],
      },
      {
        outcome: 'vulnerable',
        age: 'any',
        when: { vulnerabilities: { atLeast: 1 } },
        actions: [],
      },
      { outcome: 'no_indicators', age: 'any', when: { always: true }, actions: [] },
    ],
  },
} as const;
