/**
 * "Veza rapid screening", version 1: the structure (questions, what each answer raises, rules).
 * Every text is named by a key; the words are in the language files beside this one
 * (en.ts is the reference; the others are translations, all unreviewed until a native speaker
 * checks them).
 *
 * Source of the indicators: ILO and European Commission, "Operational indicators of trafficking in
 * human beings", results from a Delphi survey, 2009 (ILO WCMS_105023): six elements (deceptive
 * recruitment, coercive recruitment, recruitment by abuse of vulnerability, exploitative
 * conditions, coercion at destination, abuse of vulnerability at destination), indicators graded
 * strong, medium or weak, for adults and children, labour and sexual exploitation. The rapid
 * screening asks about a selection of them, worded for a first conversation. The combination rule
 * (an element is positive with two strong indicators, one strong and one medium or weak, three
 * medium, or two medium and one weak; an adult is a presumed victim when a recruitment element,
 * exploitation and a destination element are all positive; for a child the means are not
 * required) follows secondary descriptions of the source and must be checked against it by the
 * coordinators who publish the instrument. Vulnerability factors after IOM's Determinants of
 * Migrant Vulnerability (individual, household, community, structural).
 */

/**
 * The six elements of the ILO/EC lists: what at-risk counts. Being moved or recruited by others
 * (the act) is what nearly every smuggled person tells, so on its own it raises nothing; it
 * matters for a child, for whom act and exploitation make the definition.
 */
const MEANS_AND_EXPLOITATION = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'recruitment_vulnerability',
  'exploitation',
  'coercion_destination',
  'destination_vulnerability',
];

/** The question structure, with text keys instead of texts. */
export const STRUCTURE = {
  id: 'veza_rapid_screening',
  version: 1,
  source:
    'ILO and European Commission, Operational indicators of trafficking in human beings (2009, ILO WCMS_105023); IOM Determinants of Migrant Vulnerability; UN Palermo Protocol art. 3; Council of Europe Convention on Action against Trafficking art. 10(3) (presumption of minority).',
  elements: [
    { id: 'deceptive_recruitment', kind: 'recruitment' },
    { id: 'coercive_recruitment', kind: 'recruitment' },
    { id: 'recruitment_vulnerability', kind: 'recruitment' },
    { id: 'exploitation', kind: 'exploitation' },
    { id: 'coercion_destination', kind: 'destination' },
    { id: 'destination_vulnerability', kind: 'destination' },
    { id: 'act', kind: 'act' },
  ],
  indicators: [
    {
      id: 'deceived_nature_of_job',
      element: 'deceptive_recruitment',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'deceived_conditions',
      element: 'deceptive_recruitment',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'deceived_documents',
      element: 'deceptive_recruitment',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'violence_in_recruitment',
      element: 'coercive_recruitment',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'forced_to_travel',
      element: 'coercive_recruitment',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'documents_taken_on_journey',
      element: 'coercive_recruitment',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'abuse_of_family_situation',
      element: 'recruitment_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'abuse_of_lack_of_information',
      element: 'recruitment_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'economic_reasons',
      element: 'recruitment_vulnerability',
      strength: 'weak',
      forms: ['labour', 'sexual'],
    },
    { id: 'excessive_hours', element: 'exploitation', strength: 'strong', forms: ['labour'] },
    { id: 'sexual_exploitation', element: 'exploitation', strength: 'strong', forms: ['sexual'] },
    { id: 'low_or_no_pay', element: 'exploitation', strength: 'medium', forms: ['labour', 'sexual'] },
    { id: 'bad_conditions', element: 'exploitation', strength: 'medium', forms: ['labour', 'sexual'] },
    {
      id: 'confined_or_watched',
      element: 'coercion_destination',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    { id: 'debt_bondage', element: 'coercion_destination', strength: 'strong', forms: ['labour', 'sexual'] },
    {
      id: 'documents_confiscated',
      element: 'coercion_destination',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'violence_at_destination',
      element: 'coercion_destination',
      strength: 'strong',
      forms: ['labour', 'sexual'],
    },
    { id: 'threats', element: 'coercion_destination', strength: 'medium', forms: ['labour', 'sexual'] },
    {
      id: 'threat_of_denunciation',
      element: 'coercion_destination',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'forced_illicit_activities',
      element: 'coercion_destination',
      strength: 'medium',
      forms: ['labour'],
    },
    {
      id: 'dependency_on_exploiters',
      element: 'destination_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'abuse_of_irregular_status',
      element: 'destination_vulnerability',
      strength: 'medium',
      forms: ['labour', 'sexual'],
    },
    {
      id: 'difficulty_to_communicate',
      element: 'destination_vulnerability',
      strength: 'weak',
      forms: ['labour', 'sexual'],
    },
    { id: 'moved_by_others', element: 'act', strength: 'strong', forms: ['labour', 'sexual'] },
  ],
  vulnerabilities: [
    {
      id: 'unaccompanied_child',
      level: 'individual',
      serious: true,
      actions: ['child_protection', 'shelter'],
    },
    { id: 'pregnancy', level: 'individual', serious: true, actions: ['medical_care'] },
    { id: 'illness_or_disability', level: 'individual', serious: true, actions: ['medical_care'] },
    {
      id: 'survivor_of_violence',
      level: 'individual',
      serious: true,
      actions: ['psychosocial_support', 'medical_care'],
    },
    {
      id: 'debt_to_smugglers',
      level: 'household',
      serious: true,
      actions: ['legal_aid', 'psychosocial_support'],
    },
    { id: 'single_parent', level: 'household', serious: false, actions: ['shelter'] },
    { id: 'older_person', level: 'individual', serious: false, actions: ['medical_care'] },
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
          id: 'appears_child',
          type: 'yes_no_unknown',
          help: true,
          showIf: { not: { question: 'age', below: 18 } },
          effects: [{ when: { equals: 'yes' }, flags: ['appears_child'] }],
        },
        {
          id: 'with_guardian',
          type: 'yes_no_unknown',
          showIf: {
            any: [
              { question: 'age', below: 18 },
              { question: 'appears_child', equals: 'yes' },
            ],
          },
          effects: [{ when: { equals: 'no' }, vulnerabilities: ['unaccompanied_child'] }],
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
          showIf: { not: { question: 'age', below: 18 } },
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['single_parent'] }],
        },
      ],
    },
    {
      id: 'journey',
      questions: [
        {
          id: 'why_left',
          type: 'multiple',
          options: [
            'war_or_persecution',
            'no_income',
            'family_crisis',
            'sent_by_others',
            'job_offer',
            'other',
          ],
          effects: [
            { when: { equals: 'no_income' }, indicators: ['economic_reasons'] },
            {
              when: { anyOf: ['family_crisis', 'sent_by_others'] },
              indicators: ['abuse_of_family_situation'],
            },
          ],
        },
        {
          id: 'paid_smuggler',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, flags: ['smuggled'] }],
        },
        {
          id: 'owes_for_journey',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, vulnerabilities: ['debt_to_smugglers'] }],
        },
        {
          id: 'organised_by_others',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['moved_by_others'] }],
        },
        {
          id: 'promised',
          type: 'yes_no_unknown',
        },
        {
          id: 'promise_kept',
          type: 'yes_no_unknown',
          showIf: { question: 'promised', equals: 'yes' },
          effects: [{ when: { equals: 'no' }, indicators: ['deceived_nature_of_job'] }],
        },
        {
          id: 'conditions_as_promised',
          type: 'yes_no_unknown',
          showIf: { question: 'promised', equals: 'yes' },
          effects: [{ when: { equals: 'no' }, indicators: ['deceived_conditions'] }],
        },
        {
          id: 'papers_promised',
          type: 'yes_no_unknown',
          showIf: { question: 'promised', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['deceived_documents'] }],
        },
        {
          id: 'told_truth_about_journey',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'no' }, indicators: ['abuse_of_lack_of_information'] }],
        },
        {
          id: 'forced_to_travel',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['forced_to_travel'] }],
        },
        {
          id: 'hurt_on_journey',
          type: 'yes_no_unknown',
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['violence_in_recruitment'],
              vulnerabilities: ['survivor_of_violence'],
            },
          ],
        },
        {
          id: 'documents_taken_journey',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['documents_taken_on_journey'] }],
        },
      ],
    },
    {
      id: 'work',
      questions: [
        { id: 'worked', type: 'yes_no_unknown' },
        {
          id: 'work_kind',
          type: 'multiple',
          showIf: { question: 'worked', equals: 'yes' },
          options: [
            'agriculture',
            'construction',
            'domestic',
            'factory',
            'hospitality',
            'begging',
            'crime',
            'other',
          ],
          effects: [{ when: { anyOf: ['begging', 'crime'] }, indicators: ['forced_illicit_activities'] }],
        },
        {
          id: 'paid_as_agreed',
          type: 'single',
          showIf: { question: 'worked', equals: 'yes' },
          options: ['fully', 'less', 'not_at_all'],
          effects: [{ when: { anyOf: ['less', 'not_at_all'] }, indicators: ['low_or_no_pay'] }],
        },
        {
          id: 'long_hours',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['excessive_hours'] }],
        },
        {
          id: 'bad_conditions',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['bad_conditions'] }],
        },
        {
          id: 'free_to_leave',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'no' }, indicators: ['confined_or_watched'] }],
        },
        {
          id: 'working_off_debt',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['debt_bondage'] }],
        },
        {
          id: 'documents_held',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['documents_confiscated'] }],
        },
        {
          id: 'hurt_or_threatened',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['violence_at_destination'],
              vulnerabilities: ['survivor_of_violence'],
            },
          ],
        },
        {
          id: 'family_threatened',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['threats'] }],
        },
        {
          id: 'sexual_acts',
          type: 'yes_no_unknown',
          help: true,
          effects: [
            {
              when: { equals: 'yes' },
              indicators: ['sexual_exploitation'],
              vulnerabilities: ['survivor_of_violence'],
            },
          ],
        },
        {
          id: 'police_threat',
          type: 'yes_no_unknown',
          effects: [{ when: { equals: 'yes' }, indicators: ['threat_of_denunciation'] }],
        },
        {
          id: 'controlled_life',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['dependency_on_exploiters'] }],
        },
        {
          id: 'status_used_against',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'yes' }, indicators: ['abuse_of_irregular_status'] }],
        },
        {
          id: 'spoke_language',
          type: 'yes_no_unknown',
          showIf: { question: 'worked', equals: 'yes' },
          effects: [{ when: { equals: 'no' }, indicators: ['difficulty_to_communicate'] }],
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
    elementPositive: [{ strong: 2 }, { strong: 1, mediumOrWeak: 1 }, { medium: 3 }, { medium: 2, weak: 1 }],
    outcomes: [
      {
        outcome: 'presumed_victim',
        age: 'adult',
        when: {
          all: [
            {
              anyElement: ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_vulnerability'],
              state: 'positive',
            },
            { element: 'exploitation', state: 'positive' },
            { anyElement: ['coercion_destination', 'destination_vulnerability'], state: 'positive' },
          ],
        },
        actions: ['nrm_identification', 'shelter', 'psychosocial_support', 'legal_aid'],
      },
      {
        outcome: 'presumed_victim',
        age: 'child',
        when: {
          all: [
            { element: 'exploitation', state: 'positive' },
            {
              anyElement: [
                'act',
                'deceptive_recruitment',
                'coercive_recruitment',
                'recruitment_vulnerability',
              ],
              state: 'present',
            },
          ],
        },
        actions: ['nrm_identification', 'child_protection', 'shelter', 'psychosocial_support'],
      },
      {
        outcome: 'at_risk',
        age: 'any',
        when: {
          any: [
            {
              anyElement: MEANS_AND_EXPLOITATION,
              state: 'positive',
            },
            { indicators: { atLeast: 1, strength: 'strong', elements: MEANS_AND_EXPLOITATION } },
            { indicators: { atLeast: 2, elements: MEANS_AND_EXPLOITATION } },
            { vulnerabilities: { atLeast: 1, serious: true } },
          ],
        },
        actions: ['psychosocial_support', 'legal_aid'],
      },
      {
        outcome: 'vulnerable_smuggled',
        age: 'any',
        when: { all: [{ flag: 'smuggled' }, { vulnerabilities: { atLeast: 1 } }] },
        actions: ['legal_aid'],
      },
      { outcome: 'no_indicators', age: 'any', when: { always: true }, actions: [] },
    ],
  },
} as const;
