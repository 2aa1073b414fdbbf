/**
 * "Veza rapid screening" v2 in English: the reference text every translation follows. Where a text
 * is the same as in version 1, it is word for word the same, so that version 1's translations of it
 * carry over (index.ts); a changed text gets new translations.
 */
export const EN: Record<string, string> = {
  title: 'Veza rapid screening',
  consent:
    'My name is on my badge. I work to help people on the move get protection. I would like to ask you some questions about your journey and your situation. It takes about 15 minutes. You do not have to answer, and you can stop at any time; saying no will not change the help you get here. What you tell me is kept confidential and is shared only with the services that can help you, if you agree. Do you agree to talk with me?',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.unknown': "I don't know",

  'section.about': 'About you',
  'section.departure': 'Before you left',
  'section.journey': 'Your journey',
  'section.work': 'Work and what others made you do',
  'section.observations': 'What the screener observes',
  'section.protection': 'Safety and needs',

  'question.age': 'How old are you?',
  'question.age_doubt': 'Screener: could this person be under 18?',
  'help.age_doubt':
    'Judge by appearance, behaviour and what the person says. If there is any doubt, choose "possibly": the person is treated as a child until their age is established (presumption of minority).',
  'option.age_doubt.clearly_adult': 'No, clearly an adult',
  'option.age_doubt.possibly_child': 'Possibly: there is doubt',
  'option.age_doubt.clearly_child': 'Yes, clearly a child',
  'question.travelling_with': 'Who are you travelling with?',
  'option.travelling_with.parents': 'My mother or father, or my legal guardian',
  'option.travelling_with.relatives': 'Other relatives (uncle, aunt, brother, sister, cousin)',
  'option.travelling_with.unrelated_adult':
    'An adult who is not family but says he or she is responsible for me',
  'option.travelling_with.group': 'A group of other people on the move',
  'option.travelling_with.alone': 'Nobody: I am alone',
  'question.pregnant': 'Are you pregnant?',
  'question.illness': 'Do you have a serious illness, injury or disability?',
  'question.alone_with_children': 'Are you travelling alone with children?',

  'question.stage': 'Where are you in your journey?',
  'option.stage.not_left': 'I have not left yet, or I live here',
  'option.stage.on_the_way': 'I am on the way',
  'option.stage.arrived': 'I have arrived where I was going',
  'option.stage.returned': 'I have come back home',
  'question.why_left': 'Why did you leave home (or why do you want to leave)?',
  'option.why_left.war_or_persecution': 'War, violence or persecution',
  'option.why_left.no_income': 'No way to earn a living',
  'option.why_left.family_crisis': 'A crisis in the family',
  'option.why_left.sent_by_others': 'Someone else decided I should go',
  'option.why_left.job_offer': 'I was offered a job or studies',
  'option.why_left.marriage': 'Marriage',
  'option.why_left.other': 'Another reason',
  'question.recruited_by': 'Who suggested or arranged that you go?',
  'option.recruited_by.nobody': 'Nobody: I decided and arranged it myself',
  'option.recruited_by.partner': 'My boyfriend, girlfriend, husband or wife',
  'option.recruited_by.family': 'Someone in my family',
  'option.recruited_by.friend': 'A friend or someone I know',
  'option.recruited_by.agency': 'An agency or a recruiter',
  'option.recruited_by.employer': 'The employer',
  'option.recruited_by.stranger': 'Someone I met by chance or online',
  'question.offered': 'Were you promised a job, studies, marriage or a better life somewhere else?',
  'question.offer_details_known':
    'Do you know the name and address of the employer or school, and what the work or studies are?',
  'question.offer_true': 'Was the work (or what you were promised) what you were told?',
  'question.conditions_true': 'Were the pay, hours and living conditions what you were promised?',
  'question.papers_promised':
    'Were you promised that papers or a residence permit would be arranged for you?',
  'question.papers_received': 'Did you get those papers?',
  'question.travel_paid_by_recruiter':
    'Did the recruiter or employer pay for your travel, for you to pay back later from your work?',
  'question.documents_asked_for':
    'Did the recruiter or employer ask you to give them your passport or ID to keep?',
  'question.payment_to_family':
    'Was money or a gift given to your family, or to someone in charge of you, for you to go?',

  'question.paid_smuggler': 'Did you pay someone to help you cross borders?',
  'question.organised_by_others':
    'Did someone else organise your journey, or bring you to where you are staying now?',
  'question.owes_for_journey': 'Do you still owe money for your journey?',
  'question.handed_over': 'On the way, were you handed over or sold from one person or group to another?',
  'question.held_captive': 'Were you kept anywhere you could not leave, on the way?',
  'question.forced_or_threatened':
    'Did anyone force or threaten you to make you travel, work or do things you did not want to do?',
  'question.hurt_on_journey': 'Did anyone hurt you on the journey?',
  'question.sexual_violence': 'Did anyone force you into sexual acts on the way?',
  'help.sexual_violence':
    'Ask only in private, with a screener of the gender the person prefers. Do not ask for details; a yes is enough to offer care.',
  'question.sex_for_others_gain':
    'Were you made to have sex or do sexual acts to pay for the journey, for a debt, or for someone else to earn money?',
  'help.sex_for_others_gain':
    'Ask only in private. This is exploitation, not only violence: the answer decides whether the person is referred for identification.',
  'question.documents_taken': 'Did someone take your passport or ID and keep it?',

  'question.worked':
    'Have you worked, or had to do anything for others (work, begging, crime, sex), here, on the way or since you arrived?',
  'question.work_kind': 'What did you have to do?',
  'option.work_kind.agriculture': 'Farming',
  'option.work_kind.construction': 'Building',
  'option.work_kind.domestic': 'Work in a house',
  'option.work_kind.factory': 'Factory',
  'option.work_kind.hospitality': 'Restaurant, café or hotel',
  'option.work_kind.begging': 'Begging, with the money going to others',
  'option.work_kind.crime': 'Stealing, selling drugs or carrying things for others',
  'option.work_kind.sex': 'Sex or sexual acts for others’ gain',
  'option.work_kind.other': 'Other work',
  'question.hours_per_day': 'How many hours a day did you usually work?',
  'question.days_off': 'Did you have at least one day off each week?',
  'question.paid': 'How were you paid?',
  'option.paid.as_agreed': 'What was agreed, and it was fair',
  'option.paid.less_than_agreed': 'Less than agreed',
  'option.paid.far_below_wage': 'Far less than the minimum wage or than others doing the same work',
  'option.paid.not_at_all': 'Not at all',
  'option.paid.to_someone_else': 'Someone else took the money',
  'question.working_off_debt':
    'Did you have to work to pay off a debt to the people who brought you or employed you?',
  'question.free_to_leave': 'Could you stop working and leave whenever you wanted?',
  'question.lives_where_employer_says': 'Did they decide where you lived and ate, or whom you could talk to?',
  'question.live_in_household': 'Did you live in the house where you worked, without being free to go out?',
  'question.degrading_conditions': 'Were the living or working conditions very bad or dangerous?',
  'question.hurt_at_work': 'Were you hurt or threatened by the people you worked for?',
  'question.family_threatened':
    'Did they threaten your family, or threaten to tell your family or community things about you?',
  'question.police_threat': 'Were you told that the police would arrest or deport you if you left or talked?',
  'question.child_sex_for_money':
    'Have you had to have sex or do sexual acts for money, food, a place to sleep or to continue the journey?',
  'help.child_sex_for_money':
    'Ask only in private, with a screener of the gender the child prefers. For a child this is always sexual exploitation, whoever gains.',
  'question.child_work_instead_of_school': 'Do you have to work instead of going to school, or at night?',
  'question.forced_marriage': 'Has anyone married you, or promised you in marriage, against your will?',
  'help.forced_marriage': 'Includes marriages arranged by the family of a child, and marriages for money.',
  'question.organ_removal':
    'Has anyone made you, or pushed you, to give a kidney or another part of your body, for money or to pay a debt?',
  'question.baby_for_others':
    'Has anyone made you, or pushed you, to give up or sell a baby, or to give a baby to others?',
  'help.baby_for_others': 'Ask only in private. A yes is enough to refer; do not ask for details.',
  'question.surrogacy':
    'Has anyone made you, or pushed you, to become pregnant and carry a baby for other people?',

  'question.obs_someone_answers':
    'Screener: did someone else answer for the person, or not let them talk to you alone?',
  'question.obs_afraid_of_companion':
    'Screener: did the person seem afraid of someone with them, or look at them before answering?',
  'question.obs_rehearsed':
    'Screener: did the story sound rehearsed, or the same as others’ in the group word for word?',
  'question.obs_documents_held_by_other': 'Screener: does someone else hold the person’s documents?',
  'question.obs_unaware_of_whereabouts':
    'Screener: does the person not know the address where they lived or worked, or where they are now?',
  'question.obs_injuries': 'Screener: do you see injuries, or signs of neglect or of lack of food or sleep?',

  'question.violence_or_torture': 'Have you suffered violence or torture, at home or on the way?',
  'help.violence_or_torture': 'Do not ask what happened. A yes is enough to offer care.',
  'question.identity_risk': 'Are you at risk because of who you are or whom you love?',
  'help.identity_risk': 'Covers LGBTIQ+ people and others at risk for who they are. Ask only in private.',
  'question.afraid_to_return': 'Are you afraid to go back to your country?',
  'question.notes': 'Screener: anything else you noticed',
  'help.notes': 'Observations only. Do not write names of other people.',

  'element.act': 'Recruited, moved, handed over, housed or received by others',
  'element.deception': 'Means: deception',
  'element.coercion': 'Means: force, threats or other coercion',
  'element.abuse_of_vulnerability':
    'Means: abuse of a position of vulnerability, or payments to those in control',
  'element.exploitation': 'Purpose: exploitation',

  'indicator.recruited_by_others': 'Recruited by someone else',
  'indicator.transported_by_others': 'The journey or stay was organised by others',
  'indicator.handed_over': 'Handed over or sold between people or groups',
  'indicator.harboured_by_controller': 'Housed, employed or received by those who used them',
  'indicator.in_care_of_unrelated_adult': 'A child in the care of an adult who is not family',
  'indicator.deceived_nature_of_work': 'Deceived about the nature of the work or what was promised',
  'indicator.deceived_conditions': 'Deceived about pay, hours or living conditions',
  'indicator.deceived_documents': 'Promised papers that never came',
  'indicator.vague_offer': 'An offer with no known employer, address or work',
  'indicator.force_or_threats': 'Forced or threatened to travel, work or do things',
  'indicator.confinement': 'Kept where they could not leave, or not free to stop working',
  'indicator.documents_retained': 'Passport or ID kept by someone else',
  'indicator.debt_bondage': 'Made to work off a debt',
  'indicator.violence_to_control': 'Hurt or threatened by those they worked for',
  'indicator.threats_to_family': 'Threats against the family or of exposure',
  'indicator.threat_of_denunciation': 'Threatened with the police or deportation',
  'indicator.documents_asked_for': 'Asked to hand over their passport or ID',
  'indicator.payment_to_controller': 'Money or gifts given to the family or whoever was in charge of them',
  'indicator.travel_paid_to_repay': 'Travel paid by the recruiter or employer, to be repaid from work',
  'indicator.recruited_by_trusted_person': 'Recruited by a partner, relative or friend',
  'indicator.isolation_and_control': 'Others decided where they lived, ate and whom they talked to',
  'indicator.status_used_against': 'Their lack of papers used to control them',
  'indicator.exploited_dependency': 'Their need or dependence used to make them submit',
  'indicator.controlled_in_interview': 'Someone answered for them or kept them from talking alone',
  'indicator.afraid_of_companion': 'Afraid of someone with them',
  'indicator.rehearsed_story': 'A story that sounded rehearsed',
  'indicator.unaware_of_whereabouts': 'Does not know where they lived, worked or are',
  'indicator.sexual_exploitation': 'Made to provide sexual services',
  'indicator.excessive_hours': 'Working 12 hours a day or more',
  'indicator.no_rest_days': 'No day off in the week',
  'indicator.no_pay': 'Not paid at all',
  'indicator.underpaid': 'Paid less than agreed or far below the wage',
  'indicator.earnings_taken': 'The earnings taken by someone else',
  'indicator.degrading_conditions': 'Very bad or dangerous living or working conditions',
  'indicator.work_to_repay_debt': 'Working to repay a debt',
  'indicator.forced_begging': 'Made to beg for others',
  'indicator.forced_criminality': 'Made to commit crimes for others',
  'indicator.domestic_servitude': 'Living and working in a household, not free to go out',
  'indicator.child_labour': 'A child working instead of school, or at night',
  'indicator.child_sexual_exploitation': 'A child made to give sex for money, food or shelter',
  'indicator.forced_marriage': 'Married, or promised in marriage, against their will',
  'indicator.organ_removal': 'Pushed to give an organ or a part of the body',
  'indicator.illegal_adoption': 'Pushed to give up or sell a baby',
  'indicator.surrogacy': 'Pushed to carry a baby for others',

  'vulnerability.unaccompanied_child': 'Unaccompanied child',
  'vulnerability.separated_child': 'Separated child: with adults who are not the parents or legal guardian',
  'vulnerability.pregnancy': 'Pregnancy',
  'vulnerability.illness_or_disability': 'Serious illness, injury or disability',
  'vulnerability.survivor_of_violence': 'Survivor of violence or torture',
  'vulnerability.survivor_of_sexual_violence': 'Survivor of sexual violence',
  'vulnerability.visible_injuries': 'Injuries, or signs of neglect, hunger or exhaustion',
  'vulnerability.debt_to_smugglers': 'In debt for the journey',
  'vulnerability.single_parent': 'Travelling alone with children',
  'vulnerability.older_person': 'Older person',
  'vulnerability.no_means_of_living': 'No means of living',
  'vulnerability.at_risk_for_identity': 'At risk for who they are (for example LGBTIQ+)',
  'vulnerability.fear_of_return': 'Afraid to return',

  'action.nrm_identification': 'Refer for formal identification under the National Referral Mechanism',
  'action.shelter': 'Safe accommodation',
  'action.medical_care': 'Medical care',
  'action.child_protection': 'Child protection services and a guardian',
  'action.legal_aid': 'Legal aid',
  'action.asylum_information': 'Information on asylum',
  'action.psychosocial_support': 'Psychosocial support',
  'action.report_crime': 'Offer to report the crime, and information on the victim’s rights',
  'action.screen_again': 'Screen again, in private and with an interpreter, when the person is ready',

  'rule.0':
    'An adult recruited, moved, housed or received by others, by deception, coercion or abuse of vulnerability at any stage, for exploitation: reasonable grounds to believe this is a victim of trafficking.',
  'rule.1':
    'A child recruited, moved, housed or received by others for exploitation: reasonable grounds to believe this is a victim of trafficking. For a child no means are needed.',
  'rule.2':
    'Signs of the means or of exploitation, short of the whole definition: at risk of trafficking. Refer for identification and support.',
  'rule.3':
    'Too many questions that decide were not answered to say whether there are signs of trafficking. Screen again.',
  'rule.4': 'Smuggled, with no sign of trafficking, with the vulnerabilities listed.',
  'rule.5': 'No sign of trafficking, with the vulnerabilities listed.',
  'rule.6': 'No sign of trafficking and no vulnerability found.',
};
