/**
 * Srpski (latinica): tekstovi koje verzija 2 dodaje ili menja. Ćirilica se pravi slovo po slovo,
 * bosanski, hrvatski i crnogorski zamenama reči kao u verziji 1. Neprovereno dok ga ne pregleda
 * izvorni govornik.
 */
import type { Dictionary } from '../build.ts';

export const SR_LATN: Dictionary = {
  'section.departure': 'Pre polaska',
  'section.work': 'Rad i ono na šta su vas drugi terali',
  'section.observations': 'Šta ispitivač primećuje',

  'question.age_doubt': 'Ispitivač: da li bi ova osoba mogla biti mlađa od 18 godina?',
  'help.age_doubt':
    'Procenite po izgledu, ponašanju i onome što osoba kaže. Ako postoji bilo kakva sumnja, izaberite „moguće": sa osobom se postupa kao sa detetom dok se ne utvrdi uzrast (pretpostavka maloletstva).',
  'option.age_doubt.clearly_adult': 'Ne, očigledno je punoletna',
  'option.age_doubt.possibly_child': 'Moguće: postoji sumnja',
  'option.age_doubt.clearly_child': 'Da, očigledno je dete',
  'question.travelling_with': 'S kim putujete?',
  'option.travelling_with.parents': 'Sa majkom ili ocem, ili sa zakonskim starateljem',
  'option.travelling_with.relatives': 'Sa drugim rođacima (ujak, tetka, brat, sestra, rođak)',
  'option.travelling_with.unrelated_adult':
    'Sa odraslom osobom koja mi nije rod, a kaže da je odgovorna za mene',
  'option.travelling_with.group': 'Sa grupom drugih ljudi u pokretu',
  'option.travelling_with.alone': 'Ni sa kim: sam/a sam',

  'question.stage': 'Gde ste sada na svom putu?',
  'option.stage.not_left': 'Još nisam otišao/la, ili živim ovde',
  'option.stage.on_the_way': 'Na putu sam',
  'option.stage.arrived': 'Stigao/la sam tamo gde sam išao/la',
  'option.stage.returned': 'Vratio/la sam se kući',
  'question.why_left': 'Zašto ste napustili dom (ili zašto želite da odete)?',
  'option.why_left.marriage': 'Brak',
  'question.recruited_by': 'Ko vam je predložio ili sredio da odete?',
  'option.recruited_by.nobody': 'Niko: sam/a sam odlučio/la i sve sredio/la',
  'option.recruited_by.partner': 'Moj dečko, devojka, muž ili žena',
  'option.recruited_by.family': 'Neko iz moje porodice',
  'option.recruited_by.friend': 'Prijatelj ili neko koga poznajem',
  'option.recruited_by.agency': 'Agencija ili posrednik za zapošljavanje',
  'option.recruited_by.employer': 'Poslodavac',
  'option.recruited_by.stranger': 'Neko koga sam slučajno upoznao/la ili preko interneta',
  'question.offered': 'Da li vam je obećan posao, školovanje, brak ili bolji život negde drugde?',
  'question.offer_details_known':
    'Da li znate ime i adresu poslodavca ili škole, i kakav je posao ili školovanje?',
  'question.offer_true': 'Da li je posao (ili ono što vam je obećano) bio onakav kakav vam je opisan?',
  'question.conditions_true': 'Da li su plata, radno vreme i uslovi života bili onakvi kakvi su vam obećani?',
  'question.papers_received': 'Da li ste dobili te papire?',
  'question.travel_paid_by_recruiter':
    'Da li je posrednik ili poslodavac platio vaše putovanje, da ga kasnije vratite od svog rada?',
  'question.documents_asked_for':
    'Da li je posrednik ili poslodavac tražio da mu date pasoš ili ličnu kartu da ih čuva?',
  'question.payment_to_family':
    'Da li je vašoj porodici, ili nekome ko je odgovoran za vas, dat novac ili poklon da biste otišli?',
  'question.handed_over': 'Da li su vas usput predali ili prodali od jedne osobe ili grupe drugoj?',
  'question.held_captive': 'Da li su vas usput držali negde odakle niste mogli da odete?',
  'question.forced_or_threatened':
    'Da li vas je neko prisiljavao ili vam pretio da biste putovali, radili ili činili ono što niste želeli?',
  'question.sexual_violence': 'Da li vas je neko usput prisilio na seksualne radnje?',
  'help.sexual_violence':
    'Pitajte samo nasamo, sa ispitivačem onog pola koji osoba želi. Ne tražite pojedinosti; odgovor „da" je dovoljan da se ponudi pomoć.',
  'question.sex_for_others_gain':
    'Da li su vas terali da imate seks ili seksualne radnje da biste platili put ili dug, ili da bi neko drugi zaradio?',
  'help.sex_for_others_gain':
    'Pitajte samo nasamo. Ovo je eksploatacija, ne samo nasilje: od odgovora zavisi da li se osoba upućuje na identifikaciju.',
  'question.documents_taken': 'Da li vam je neko uzeo pasoš ili ličnu kartu i zadržao ih?',

  'question.worked':
    'Da li ste radili, ili morali nešto da radite za druge (posao, prošnja, krađa, seks), ovde, usput ili otkako ste stigli?',
  'question.work_kind': 'Šta ste morali da radite?',
  'option.work_kind.begging': 'Prošnja, a novac je išao drugima',
  'option.work_kind.crime': 'Krađa, prodaja droge ili prenošenje stvari za druge',
  'option.work_kind.sex': 'Seks ili seksualne radnje od kojih drugi zarađuju',
  'question.hours_per_day': 'Koliko sati dnevno ste obično radili?',
  'question.days_off': 'Da li ste imali bar jedan slobodan dan nedeljno?',
  'question.paid': 'Kako ste bili plaćeni?',
  'option.paid.as_agreed': 'Koliko je dogovoreno, i to pošteno',
  'option.paid.less_than_agreed': 'Manje od dogovorenog',
  'option.paid.far_below_wage': 'Mnogo manje od minimalne zarade ili od drugih koji rade isti posao',
  'option.paid.not_at_all': 'Nimalo',
  'option.paid.to_someone_else': 'Novac je uzimao neko drugi',
  'question.lives_where_employer_says':
    'Da li su oni odlučivali gde živite i jedete, ili s kim smete da razgovarate?',
  'question.live_in_household':
    'Da li ste živeli u kući u kojoj ste radili, a niste smeli slobodno da izlazite?',
  'question.degrading_conditions': 'Da li su uslovi života ili rada bili veoma loši ili opasni?',
  'question.hurt_at_work': 'Da li su vas ljudi za koje ste radili povredili ili vam pretili?',
  'question.child_sex_for_money':
    'Da li ste morali da imate seks ili seksualne radnje za novac, hranu, mesto za spavanje ili da biste nastavili put?',
  'help.child_sex_for_money':
    'Pitajte samo nasamo, sa ispitivačem onog pola koji dete želi. Za dete je ovo uvek seksualna eksploatacija, ko god da zarađuje.',
  'question.child_work_instead_of_school': 'Da li morate da radite umesto da idete u školu, ili noću?',
  'question.forced_marriage': 'Da li vas je neko venčao, ili obećao za brak, protiv vaše volje?',
  'help.forced_marriage': 'Obuhvata brakove deteta koje dogovori porodica i brakove za novac.',
  'question.organ_removal':
    'Da li vas je neko naterao ili nagovarao da date bubreg ili drugi deo tela, za novac ili da biste vratili dug?',
  'question.baby_for_others':
    'Da li vas je neko naterao ili nagovarao da se odreknete bebe, da je prodate ili date drugima?',
  'help.baby_for_others':
    'Pitajte samo nasamo. Odgovor „da" je dovoljan za upućivanje; ne tražite pojedinosti.',
  'question.surrogacy': 'Da li vas je neko naterao ili nagovarao da zatrudnite i nosite bebu za druge ljude?',

  'question.obs_someone_answers':
    'Ispitivač: da li je neko drugi odgovarao umesto osobe, ili joj nije dao da razgovara sa vama nasamo?',
  'question.obs_afraid_of_companion':
    'Ispitivač: da li se činilo da se osoba boji nekoga ko je s njom, ili ga gleda pre nego što odgovori?',
  'question.obs_rehearsed':
    'Ispitivač: da li je priča zvučala naučeno, ili reč po reč isto kao priče drugih iz grupe?',
  'question.obs_documents_held_by_other': 'Ispitivač: da li dokumente osobe drži neko drugi?',
  'question.obs_unaware_of_whereabouts':
    'Ispitivač: da li osoba ne zna adresu na kojoj je živela ili radila, ili gde se sada nalazi?',
  'question.obs_injuries':
    'Ispitivač: da li vidite povrede ili znake zanemarivanja, gladi ili nedostatka sna?',

  'element.act': 'Vrbovan, prevezen, predat, smešten ili primljen od strane drugih',
  'element.deception': 'Sredstvo: obmana',
  'element.coercion': 'Sredstvo: sila, pretnje ili druga prinuda',
  'element.abuse_of_vulnerability':
    'Sredstvo: zloupotreba teškog položaja, ili davanje novca onima koji imaju kontrolu',
  'element.exploitation': 'Svrha: eksploatacija',

  'indicator.recruited_by_others': 'Vrbovan od strane nekog drugog',
  'indicator.transported_by_others': 'Putovanje ili boravak organizovali su drugi',
  'indicator.handed_over': 'Predat ili prodat od jednih ljudi ili grupa drugima',
  'indicator.harboured_by_controller': 'Smešten, zaposlen ili primljen od onih koji su ga iskorišćavali',
  'indicator.in_care_of_unrelated_adult': 'Dete pod brigom odrasle osobe koja mu nije rod',
  'indicator.deceived_nature_of_work': 'Obmanut o prirodi posla ili o onome što je obećano',
  'indicator.deceived_documents': 'Obećani papiri koji nikada nisu stigli',
  'indicator.vague_offer': 'Ponuda bez poznatog poslodavca, adrese ili posla',
  'indicator.force_or_threats': 'Prisiljen ili zastrašen da putuje, radi ili nešto čini',
  'indicator.confinement': 'Držan tamo odakle nije mogao da ode, ili nije smeo da prestane da radi',
  'indicator.documents_retained': 'Pasoš ili ličnu kartu drži neko drugi',
  'indicator.debt_bondage': 'Teran da radom otplaćuje dug',
  'indicator.violence_to_control': 'Povređen ili zastrašivan od onih za koje je radio',
  'indicator.threats_to_family': 'Pretnje porodici ili pretnje razotkrivanjem',
  'indicator.documents_asked_for': 'Traženo mu je da preda pasoš ili ličnu kartu',
  'indicator.payment_to_controller': 'Novac ili pokloni dati porodici ili onome ko je bio odgovoran za njega',
  'indicator.travel_paid_to_repay': 'Put platio posrednik ili poslodavac, da se vrati od rada',
  'indicator.recruited_by_trusted_person': 'Vrbovan od partnera, rođaka ili prijatelja',
  'indicator.isolation_and_control': 'Drugi su odlučivali gde živi, jede i s kim razgovara',
  'indicator.status_used_against': 'Nedostatak papira korišćen da bi se kontrolisao',
  'indicator.exploited_dependency': 'Njegova nevolja ili zavisnost iskorišćena da bi se pokorio',
  'indicator.controlled_in_interview': 'Neko je odgovarao umesto njega ili mu nije dao da razgovara nasamo',
  'indicator.afraid_of_companion': 'Boji se nekoga ko je s njim',
  'indicator.rehearsed_story': 'Priča koja je zvučala naučeno',
  'indicator.unaware_of_whereabouts': 'Ne zna gde je živeo, radio ili gde je sada',
  'indicator.excessive_hours': 'Rad 12 sati dnevno ili više',
  'indicator.no_rest_days': 'Nijedan slobodan dan u nedelji',
  'indicator.no_pay': 'Nije uopšte plaćen',
  'indicator.underpaid': 'Plaćen manje od dogovorenog ili mnogo ispod zarade',
  'indicator.earnings_taken': 'Zaradu uzima neko drugi',
  'indicator.degrading_conditions': 'Veoma loši ili opasni uslovi života ili rada',
  'indicator.work_to_repay_debt': 'Radi da bi vratio dug',
  'indicator.forced_begging': 'Teran da prosi za druge',
  'indicator.forced_criminality': 'Teran da čini krivična dela za druge',
  'indicator.domestic_servitude': 'Živi i radi u domaćinstvu, ne sme slobodno da izlazi',
  'indicator.child_labour': 'Dete koje radi umesto da ide u školu, ili noću',
  'indicator.child_sexual_exploitation': 'Dete terano na seks za novac, hranu ili smeštaj',
  'indicator.forced_marriage': 'Venčan, ili obećan za brak, protiv svoje volje',
  'indicator.organ_removal': 'Nagovaran da da organ ili deo tela',
  'indicator.illegal_adoption': 'Nagovarana da se odrekne bebe ili da je proda',
  'indicator.surrogacy': 'Nagovarana da nosi bebu za druge',

  'vulnerability.unaccompanied_child': 'Dete bez pratnje',
  'vulnerability.separated_child': 'Odvojeno dete: sa odraslima koji nisu roditelji ni zakonski staratelj',
  'vulnerability.survivor_of_sexual_violence': 'Preživeo/la seksualno nasilje',
  'vulnerability.visible_injuries': 'Povrede, ili znaci zanemarivanja, gladi ili iscrpljenosti',
  'vulnerability.no_means_of_living': 'Bez sredstava za život',

  'action.report_crime': 'Ponuditi prijavu krivičnog dela i obavestiti o pravima žrtve',
  'action.screen_again': 'Ponoviti skrining, nasamo i uz prevodioca, kada osoba bude spremna',

  'rule.0':
    'Odrasla osoba koju su drugi vrbovali, prevezli, smestili ili primili, obmanom, prinudom ili zloupotrebom teškog položaja u bilo kojoj fazi, radi eksploatacije: osnovani razlozi za sumnju da je žrtva trgovine ljudima.',
  'rule.1':
    'Dete koje su drugi vrbovali, prevezli, smestili ili primili radi eksploatacije: osnovani razlozi za sumnju da je žrtva trgovine ljudima. Kod deteta sredstva nisu potrebna.',
  'rule.2':
    'Znaci sredstava ili eksploatacije, bez celokupne definicije: u riziku od trgovine ljudima. Uputiti na identifikaciju i podršku.',
  'rule.3':
    'Previše odlučujućih pitanja je ostalo bez odgovora da bi se reklo da li postoje znaci trgovine ljudima. Ponoviti skrining.',
  'rule.4': 'Krijumčaren, bez znakova trgovine ljudima, sa navedenim ranjivostima.',
  'rule.5': 'Bez znakova trgovine ljudima, sa navedenim ranjivostima.',
  'rule.6': 'Nema znakova trgovine ljudima ni ranjivosti.',
};
