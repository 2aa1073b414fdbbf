/** Français : ce que lit et entend la personne interrogée. Non relu par un locuteur natif. */
export const FR: Record<string, string> = {
  title: 'Veza – dépistage rapide',
  consent:
    "Mon nom figure sur mon badge. Je travaille pour que les personnes en déplacement reçoivent une protection. Je voudrais vous poser quelques questions sur votre voyage et votre situation. Cela prend environ 15 minutes. Vous n'êtes pas obligé(e) de répondre et vous pouvez arrêter à tout moment ; si vous refusez, l'aide que vous recevez ici ne change pas. Ce que vous me dites reste confidentiel et n'est partagé qu'avec les services qui peuvent vous aider, si vous êtes d'accord. Acceptez-vous de parler avec moi ?",
  'answer.yes': 'Oui',
  'answer.no': 'Non',
  'answer.unknown': 'Je ne sais pas',

  'section.about': 'Vous',
  'section.journey': 'Votre voyage',
  'section.work': 'Le travail en route et depuis',
  'section.protection': 'Sécurité et besoins',

  'question.age': 'Quel âge avez-vous ?',
  'question.appears_child': "Pour l'intervenant : la personne a-t-elle l'air d'un enfant (moins de 18 ans) ?",
  'question.with_guardian':
    'Voyagez-vous avec votre mère, votre père ou un autre adulte responsable de vous ?',
  'question.pregnant': 'Êtes-vous enceinte ?',
  'question.illness': 'Avez-vous une maladie grave, une blessure ou un handicap ?',
  'question.alone_with_children': 'Voyagez-vous seul(e) avec des enfants ?',

  'question.why_left': 'Pourquoi avez-vous quitté votre pays ?',
  'option.why_left.war_or_persecution': 'La guerre, la violence ou la persécution',
  'option.why_left.no_income': 'Aucun moyen de gagner ma vie',
  'option.why_left.family_crisis': 'Une crise dans la famille',
  'option.why_left.sent_by_others': "Quelqu'un d'autre a décidé que je devais partir",
  'option.why_left.job_offer': "On m'a proposé un travail ou des études",
  'option.why_left.other': 'Une autre raison',
  'question.paid_smuggler': "Avez-vous payé quelqu'un pour vous aider à passer les frontières ?",
  'question.owes_for_journey': "Devez-vous encore de l'argent pour votre voyage ?",
  'question.organised_by_others':
    "Quelqu'un d'autre a-t-il organisé votre voyage, ou vous a-t-il amené(e) là où vous êtes maintenant ?",
  'question.promised':
    'Avant de partir, vous avait-on promis un travail, des études, un mariage ou des papiers ?',
  'question.promise_kept':
    "Le travail (ou ce qu'on vous avait promis) était-il comme on vous l'avait décrit ?",
  'question.conditions_as_promised':
    'Le salaire, les horaires et les conditions de vie étaient-ils ceux qui vous avaient été promis ?',
  'question.papers_promised': 'Vous avait-on promis des papiers ou un titre de séjour ?',
  'question.told_truth_about_journey': 'Vous a-t-on dit la vérité sur le voyage et sur votre destination ?',
  'question.forced_to_travel': 'Avez-vous été forcé(e), menacé(e) ou emmené(e) contre votre volonté ?',
  'question.hurt_on_journey': "Quelqu'un vous a-t-il fait du mal pendant le voyage ?",
  'question.documents_taken_journey':
    "Quelqu'un a-t-il pris votre passeport ou votre carte d'identité pendant le voyage ?",

  'question.worked':
    "En chemin ou depuis votre arrivée, avez-vous travaillé ou dû faire des choses pour quelqu'un ?",
  'question.work_kind': 'Quel genre de travail ?',
  'option.work_kind.agriculture': 'Agriculture',
  'option.work_kind.construction': 'Bâtiment',
  'option.work_kind.domestic': 'Travail dans une maison',
  'option.work_kind.factory': 'Usine',
  'option.work_kind.hospitality': 'Restaurant, café ou hôtel',
  'option.work_kind.begging': 'Mendicité',
  'option.work_kind.crime': "Transporter ou vendre des choses pour d'autres, ou autre délit",
  'option.work_kind.other': 'Autre travail',
  'question.paid_as_agreed': 'Avez-vous été payé(e) ce qui était convenu ?',
  'option.paid_as_agreed.fully': 'Oui, entièrement',
  'option.paid_as_agreed.less': 'Moins que convenu',
  'option.paid_as_agreed.not_at_all': 'Pas du tout',
  'question.long_hours': 'Deviez-vous travailler de très longues heures, ou tous les jours sans repos ?',
  'question.bad_conditions':
    'Les conditions de vie ou de travail étaient-elles très mauvaises ou dangereuses ?',
  'question.free_to_leave': 'Pouviez-vous arrêter de travailler et partir quand vous le vouliez ?',
  'question.working_off_debt':
    'Deviez-vous travailler pour rembourser une dette aux personnes qui vous ont amené(e) ou employé(e) ?',
  'question.documents_held':
    "Quelqu'un garde-t-il maintenant votre passeport ou votre pièce d'identité contre votre volonté ?",
  'question.hurt_or_threatened':
    'Les personnes pour qui vous travailliez vous ont-elles fait du mal ou menacé(e) ?',
  'question.family_threatened':
    'Ont-elles menacé votre famille, ou menacé de raconter des choses sur vous à votre famille ou à votre communauté ?',
  'question.sexual_acts':
    "Vous a-t-on obligé(e) à avoir des rapports ou des actes sexuels, pour de l'argent ou pour d'autres ?",
  'question.police_threat':
    'Vous a-t-on dit que la police vous arrêterait ou vous expulserait si vous partiez ou parliez ?',
  'question.controlled_life': 'Décidaient-ils où vous logiez et mangiez, ou à qui vous pouviez parler ?',
  'question.status_used_against':
    "Ont-ils utilisé le fait que vous n'aviez pas de papiers pour vous contrôler ?",
  'question.spoke_language': 'Parliez-vous la langue des gens autour de vous au travail ?',

  'question.violence_or_torture': 'Avez-vous subi des violences ou la torture, chez vous ou en chemin ?',
  'question.identity_risk': 'Êtes-vous en danger à cause de qui vous êtes ou de qui vous aimez ?',
  'question.afraid_to_return': 'Avez-vous peur de retourner dans votre pays ?',
  'question.notes': "Pour l'intervenant : autre chose que vous avez remarqué",
};
