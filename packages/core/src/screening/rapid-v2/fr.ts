/** Français : les textes que la version 2 ajoute ou change, lus à la personne interrogée. Non relu par un locuteur natif. */
import type { Dictionary } from '../build.ts';

export const FR: Dictionary = {
  'section.departure': 'Avant votre départ',
  'section.work': 'Le travail, et ce que d’autres vous ont obligé(e) à faire',
  'section.observations': 'Ce que l’enquêteur observe',

  'question.age_doubt': 'Enquêteur : cette personne pourrait-elle avoir moins de 18 ans ?',
  'option.age_doubt.clearly_adult': 'Non, clairement adulte',
  'option.age_doubt.possibly_child': 'Peut-être : il y a un doute',
  'option.age_doubt.clearly_child': 'Oui, clairement un enfant',
  'question.travelling_with': 'Avec qui voyagez-vous ?',
  'option.travelling_with.parents': 'Avec ma mère ou mon père, ou mon tuteur légal',
  'option.travelling_with.relatives': 'Avec d’autres proches (oncle, tante, frère, sœur, cousin)',
  'option.travelling_with.unrelated_adult':
    'Avec un adulte qui n’est pas de ma famille mais dit être responsable de moi',
  'option.travelling_with.group': 'Avec un groupe d’autres personnes en déplacement',
  'option.travelling_with.alone': 'Avec personne : je suis seul(e)',

  'question.stage': 'Où en êtes-vous de votre voyage ?',
  'option.stage.not_left': 'Je ne suis pas encore parti(e), ou je vis ici',
  'option.stage.on_the_way': 'Je suis en route',
  'option.stage.arrived': 'Je suis arrivé(e) là où j’allais',
  'option.stage.returned': 'Je suis rentré(e) chez moi',
  'question.why_left': 'Pourquoi avez-vous quitté votre foyer (ou pourquoi voulez-vous partir) ?',
  'option.why_left.marriage': 'Le mariage',
  'question.recruited_by': 'Qui vous a proposé ou organisé ce départ ?',
  'option.recruited_by.nobody': 'Personne : j’ai décidé et tout organisé moi-même',
  'option.recruited_by.partner': 'Mon copain, ma copine, mon mari ou ma femme',
  'option.recruited_by.family': 'Quelqu’un de ma famille',
  'option.recruited_by.friend': 'Un ami ou quelqu’un que je connais',
  'option.recruited_by.agency': 'Une agence ou un recruteur',
  'option.recruited_by.employer': 'L’employeur',
  'option.recruited_by.stranger': 'Quelqu’un rencontré par hasard ou sur internet',
  'question.offered': 'Vous a-t-on promis un travail, des études, un mariage ou une vie meilleure ailleurs ?',
  'question.offer_details_known':
    'Connaissez-vous le nom et l’adresse de l’employeur ou de l’école, et quel est le travail ou les études ?',
  'question.offer_true': 'Le travail (ou ce qu’on vous avait promis) était-il ce qu’on vous avait dit ?',
  'question.conditions_true':
    'Le salaire, les horaires et les conditions de vie étaient-ils ceux qu’on vous avait promis ?',
  'question.papers_received': 'Avez-vous reçu ces papiers ?',
  'question.travel_paid_by_recruiter':
    'Le recruteur ou l’employeur a-t-il payé votre voyage, pour que vous le remboursiez ensuite avec votre travail ?',
  'question.documents_asked_for':
    'Le recruteur ou l’employeur vous a-t-il demandé de lui remettre votre passeport ou votre pièce d’identité ?',
  'question.payment_to_family':
    'A-t-on donné de l’argent ou un cadeau à votre famille, ou à quelqu’un responsable de vous, pour que vous partiez ?',
  'question.handed_over':
    'En route, avez-vous été remis(e) ou vendu(e) d’une personne ou d’un groupe à un autre ?',
  'question.held_captive': 'En route, vous a-t-on gardé(e) quelque part d’où vous ne pouviez pas partir ?',
  'question.forced_or_threatened':
    'Quelqu’un vous a-t-il forcé(e) ou menacé(e) pour vous faire voyager, travailler ou faire des choses que vous ne vouliez pas ?',
  'question.sexual_violence': 'En route, quelqu’un vous a-t-il forcé(e) à des actes sexuels ?',
  'question.sex_for_others_gain':
    'Vous a-t-on obligé(e) à avoir des rapports ou des actes sexuels pour payer le voyage ou une dette, ou pour que quelqu’un d’autre gagne de l’argent ?',
  'question.documents_taken':
    'Quelqu’un a-t-il pris votre passeport ou votre pièce d’identité et les a-t-il gardés ?',

  'question.worked':
    'Avez-vous travaillé, ou dû faire quelque chose pour d’autres (travail, mendicité, vol, sexe), ici, en route ou depuis votre arrivée ?',
  'question.work_kind': 'Qu’avez-vous dû faire ?',
  'option.work_kind.begging': 'Mendier, l’argent allant à d’autres',
  'option.work_kind.crime': 'Voler, vendre de la drogue ou transporter des choses pour d’autres',
  'option.work_kind.sex': 'Des relations ou des actes sexuels dont d’autres tirent profit',
  'question.hours_per_day': 'Combien d’heures par jour travailliez-vous en général ?',
  'question.days_off': 'Aviez-vous au moins un jour de repos par semaine ?',
  'question.paid': 'Comment étiez-vous payé(e) ?',
  'option.paid.as_agreed': 'Ce qui était convenu, et c’était juste',
  'option.paid.less_than_agreed': 'Moins que convenu',
  'option.paid.far_below_wage': 'Bien moins que le salaire minimum ou que les autres faisant le même travail',
  'option.paid.not_at_all': 'Pas du tout',
  'option.paid.to_someone_else': 'Quelqu’un d’autre prenait l’argent',
  'question.lives_where_employer_says':
    'Décidaient-ils où vous viviez et mangiez, ou à qui vous pouviez parler ?',
  'question.live_in_household': 'Viviez-vous dans la maison où vous travailliez, sans être libre de sortir ?',
  'question.degrading_conditions':
    'Les conditions de vie ou de travail étaient-elles très mauvaises ou dangereuses ?',
  'question.hurt_at_work': 'Les personnes pour qui vous travailliez vous ont-elles blessé(e) ou menacé(e) ?',
  'question.child_sex_for_money':
    'As-tu dû avoir des rapports ou des actes sexuels contre de l’argent, de la nourriture, un endroit où dormir ou pour continuer le voyage ?',
  'question.child_work_instead_of_school': 'Dois-tu travailler au lieu d’aller à l’école, ou la nuit ?',
  'question.forced_marriage':
    'Quelqu’un vous a-t-il marié(e), ou promis(e) en mariage, contre votre volonté ?',
  'question.organ_removal':
    'Quelqu’un vous a-t-il obligé(e) ou poussé(e) à donner un rein ou une autre partie de votre corps, pour de l’argent ou pour payer une dette ?',
  'question.baby_for_others':
    'Quelqu’un vous a-t-il obligée ou poussée à abandonner ou vendre un bébé, ou à le donner à d’autres ?',
  'question.surrogacy':
    'Quelqu’un vous a-t-il obligée ou poussée à tomber enceinte et porter un bébé pour d’autres personnes ?',

  'question.obs_someone_answers':
    'Enquêteur : quelqu’un d’autre a-t-il répondu à la place de la personne, ou l’a-t-il empêchée de vous parler seule ?',
  'question.obs_afraid_of_companion':
    'Enquêteur : la personne semblait-elle avoir peur de quelqu’un qui l’accompagne, ou le regardait-elle avant de répondre ?',
  'question.obs_rehearsed':
    'Enquêteur : le récit semblait-il appris, ou identique mot pour mot à celui des autres du groupe ?',
  'question.obs_documents_held_by_other':
    'Enquêteur : quelqu’un d’autre garde-t-il les documents de la personne ?',
  'question.obs_unaware_of_whereabouts':
    'Enquêteur : la personne ignore-t-elle l’adresse où elle vivait ou travaillait, ou l’endroit où elle se trouve ?',
  'question.obs_injuries':
    'Enquêteur : voyez-vous des blessures, ou des signes de négligence, de faim ou de manque de sommeil ?',
};
