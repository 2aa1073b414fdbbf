/** Shqip: për personin që intervistohet dhe për intervistuesin. I pakontrolluar nga një folës amtar. */
export const SQ: Record<string, string> = {
  title: 'Veza – shqyrtim i shpejtë',
  consent:
    'Emri im është në kartën time. Punoj që njerëzit në lëvizje të marrin mbrojtje. Do të doja t’ju bëja disa pyetje për udhëtimin dhe gjendjen tuaj. Zgjat rreth 15 minuta. Nuk jeni të detyruar të përgjigjeni dhe mund të ndaleni në çdo kohë; nëse thoni jo, ndihma që merrni këtu nuk ndryshon. Ajo që më thoni mbahet konfidenciale dhe ndahet vetëm me shërbimet që mund t’ju ndihmojnë, nëse pranoni. A pranoni të flisni me mua?',
  'answer.yes': 'Po',
  'answer.no': 'Jo',
  'answer.unknown': 'Nuk e di',

  'section.about': 'Për ju',
  'section.journey': 'Udhëtimi juaj',
  'section.work': 'Puna gjatë rrugës dhe më pas',
  'section.protection': 'Siguria dhe nevojat',

  'question.age': 'Sa vjeç jeni?',
  'question.appears_child': 'Intervistuesi: a duket apo sillet personi si fëmijë (nën 18 vjeç)?',
  'help.appears_child':
    'Në rast dyshimi, trajtojeni personin si fëmijë derisa të përcaktohet mosha (prezumimi i moshës së mitur).',
  'question.with_guardian':
    'A udhëtoni me nënën, babanë ose një të rritur tjetër që është përgjegjës për ju?',
  'question.pregnant': 'A jeni shtatzënë?',
  'question.illness': 'A keni ndonjë sëmundje të rëndë, lëndim apo aftësi të kufizuar?',
  'question.alone_with_children': 'A udhëtoni vetëm me fëmijë?',

  'question.why_left': 'Pse e latë shtëpinë?',
  'option.why_left.war_or_persecution': 'Lufta, dhuna ose persekutimi',
  'option.why_left.no_income': 'Nuk kishte mënyrë për të fituar jetesën',
  'option.why_left.family_crisis': 'Një krizë në familje',
  'option.why_left.sent_by_others': 'Dikush tjetër vendosi që duhej të ikja',
  'option.why_left.job_offer': 'M’u ofrua punë ose studime',
  'option.why_left.other': 'Një arsye tjetër',
  'question.paid_smuggler': 'A i keni paguar dikujt që t’ju ndihmonte të kalonit kufijtë?',
  'question.owes_for_journey': 'A keni ende borxh për udhëtimin tuaj?',
  'question.organised_by_others':
    'A e organizoi dikush tjetër udhëtimin tuaj, ose ju solli atje ku qëndroni tani?',
  'question.promised': 'Para se të niseshit, a ju premtuan punë, studime, martesë apo dokumente?',
  'question.promise_kept': 'A ishte puna (ose ajo që ju premtuan) siç ju ishte thënë?',
  'question.conditions_as_promised': 'A ishin paga, orari dhe kushtet e jetesës siç ju ishin premtuar?',
  'question.papers_promised': 'A ju premtuan se do t’ju rregulloheshin dokumentet ose leja e qëndrimit?',
  'question.told_truth_about_journey': 'A ju thanë të vërtetën për udhëtimin dhe se ku po shkonit?',
  'question.forced_to_travel':
    'A ju detyruan, ju kërcënuan ose ju morën kundër vullnetit tuaj për të udhëtuar?',
  'question.hurt_on_journey': 'A ju lëndoi dikush gjatë udhëtimit?',
  'question.documents_taken_journey': 'A ju mori dikush pasaportën ose letërnjoftimin gjatë udhëtimit?',

  'question.worked':
    'Gjatë rrugës ose që kur keni mbërritur, a keni punuar ose jeni detyruar të bëni gjëra për dikë?',
  'question.work_kind': 'Çfarë lloj pune?',
  'option.work_kind.agriculture': 'Bujqësi',
  'option.work_kind.construction': 'Ndërtim',
  'option.work_kind.domestic': 'Punë në shtëpi',
  'option.work_kind.factory': 'Fabrikë',
  'option.work_kind.hospitality': 'Restorant, kafene ose hotel',
  'option.work_kind.begging': 'Lypje',
  'option.work_kind.crime': 'Bartje ose shitje sendesh për të tjerët, ose krim tjetër',
  'option.work_kind.other': 'Punë tjetër',
  'question.paid_as_agreed': 'A ju paguan sa ishte rënë dakord?',
  'option.paid_as_agreed.fully': 'Po, plotësisht',
  'option.paid_as_agreed.less': 'Më pak se sa ishte rënë dakord',
  'option.paid_as_agreed.not_at_all': 'Aspak',
  'question.long_hours': 'A ju është dashur të punoni orë shumë të gjata, ose çdo ditë pa pushim?',
  'question.bad_conditions': 'A ishin kushtet e jetesës ose të punës shumë të këqija apo të rrezikshme?',
  'question.free_to_leave': 'A mund ta linit punën dhe të iknit kur të donit?',
  'question.working_off_debt':
    'A ju është dashur të punoni për të shlyer një borxh ndaj atyre që ju sollën ose ju punësuan?',
  'question.documents_held':
    'A ua mban dikush tjetër tani pasaportën ose letërnjoftimin kundër vullnetit tuaj?',
  'question.hurt_or_threatened': 'A ju lënduan ose ju kërcënuan ata për të cilët punonit?',
  'question.family_threatened':
    'A e kërcënuan familjen tuaj, ose kërcënuan se do t’i tregonin familjes apo komunitetit gjëra për ju?',
  'question.sexual_acts':
    'A ju detyruan të keni marrëdhënie seksuale ose të bëni veprime seksuale, për para ose për të tjerë?',
  'help.sexual_acts':
    'Pyesni vetëm në vetmi, me një intervistues të gjinisë që personi preferon. Mos kërkoni hollësi; një „po" mjafton për referim.',
  'question.police_threat': 'A ju thanë se policia do t’ju arrestonte ose dëbonte nëse iknit ose flisnit?',
  'question.controlled_life': 'A vendosnin ata se ku jetonit dhe hanit, ose me kë mund të flisnit?',
  'question.status_used_against': 'A e përdorën mungesën e dokumenteve tuaja për t’ju kontrolluar?',
  'question.spoke_language': 'A e flisnit gjuhën e njerëzve përreth jush në punë?',

  'question.violence_or_torture': 'A keni pësuar dhunë ose torturë, në shtëpi ose gjatë rrugës?',
  'help.violence_or_torture': 'Mos pyesni çfarë ndodhi. Një „po" mjafton për të ofruar kujdes.',
  'question.identity_risk': 'A jeni në rrezik për shkak të asaj që jeni ose të atij që doni?',
  'help.identity_risk':
    'Përfshin personat LGBTIQ+ dhe të tjerë në rrezik për atë që janë. Pyesni vetëm në vetmi.',
  'question.afraid_to_return': 'A keni frikë të ktheheni në vendin tuaj?',
  'question.notes': 'Intervistuesi: çdo gjë tjetër që vutë re',
  'help.notes': 'Vetëm vëzhgime. Mos shkruani emra të njerëzve të tjerë.',

  'element.deceptive_recruitment': 'Rekrutim me mashtrim',
  'element.coercive_recruitment': 'Rekrutim me shtrëngim',
  'element.recruitment_vulnerability': 'Rekrutim me abuzim të cenueshmërisë',
  'element.exploitation': 'Kushte shfrytëzimi',
  'element.coercion_destination': 'Shtrëngim në destinacion',
  'element.destination_vulnerability': 'Abuzim i cenueshmërisë në destinacion',
  'element.act': 'I rekrutuar, i transportuar ose i pritur nga të tjerë',

  'indicator.deceived_nature_of_job': 'I mashtruar për natyrën e punës ose për atë që iu premtua',
  'indicator.deceived_conditions': 'I mashtruar për pagën, orarin ose kushtet e jetesës',
  'indicator.deceived_documents': 'I mashtruar për dokumentet ose statusin ligjor',
  'indicator.violence_in_recruitment': 'Dhunë gjatë rekrutimit ose udhëtimit',
  'indicator.forced_to_travel': 'I detyruar ose i kërcënuar për të udhëtuar',
  'indicator.documents_taken_on_journey': 'Dokumente të marra gjatë udhëtimit',
  'indicator.abuse_of_family_situation':
    'U largua për shkak të një krize familjare ose sepse vendosën të tjerët',
  'indicator.abuse_of_lack_of_information': 'Nuk iu tha e vërteta për udhëtimin ose destinacionin',
  'indicator.economic_reasons': 'U largua për mungesë jetese',
  'indicator.excessive_hours': 'Ditë ose orë pune të tepërta',
  'indicator.sexual_exploitation': 'I detyruar të ofrojë shërbime seksuale',
  'indicator.low_or_no_pay': 'Pagë e ulët ose pa pagë',
  'indicator.bad_conditions': 'Kushte jetese ose pune shumë të këqija ose të rrezikshme',
  'indicator.confined_or_watched': 'Jo i lirë të ndalojë punën ose të largohet',
  'indicator.debt_bondage': 'Punon për të shlyer një borxh',
  'indicator.documents_confiscated': 'Dokumentet i mban dikush tjetër',
  'indicator.violence_at_destination': 'I lënduar ose i kërcënuar nga ata për të cilët punonte',
  'indicator.threats': 'Kërcënime ndaj familjes ose me ekspozim',
  'indicator.threat_of_denunciation': 'I kërcënuar me policinë ose dëbimin',
  'indicator.forced_illicit_activities': 'I detyruar të lypë ose të kryejë krime',
  'indicator.dependency_on_exploiters': 'I varur nga shfrytëzuesit për strehim, ushqim ose kontakte',
  'indicator.abuse_of_irregular_status': 'Statusi i parregullt u përdor për ta kontrolluar',
  'indicator.difficulty_to_communicate': 'Nuk fliste gjuhën vendase',
  'indicator.moved_by_others': 'Udhëtimin ose qëndrimin e organizuan të tjerë',

  'vulnerability.unaccompanied_child': 'Fëmijë i pashoqëruar ose i ndarë',
  'vulnerability.pregnancy': 'Shtatzëni',
  'vulnerability.illness_or_disability': 'Sëmundje e rëndë, lëndim ose aftësi e kufizuar',
  'vulnerability.survivor_of_violence': 'I mbijetuar i dhunës ose torturës',
  'vulnerability.debt_to_smugglers': 'Në borxh për udhëtimin',
  'vulnerability.single_parent': 'Udhëton vetëm me fëmijë',
  'vulnerability.older_person': 'Person i moshuar',
  'vulnerability.at_risk_for_identity': 'Në rrezik për atë që është (për shembull LGBTIQ+)',
  'vulnerability.fear_of_return': 'Ka frikë të kthehet',

  'action.nrm_identification': 'Referojeni për identifikim formal në Mekanizmin Kombëtar të Referimit',
  'action.shelter': 'Strehim i sigurt',
  'action.medical_care': 'Kujdes mjekësor',
  'action.child_protection': 'Shërbimet e mbrojtjes së fëmijëve dhe një kujdestar',
  'action.legal_aid': 'Ndihmë juridike',
  'action.asylum_information': 'Informacion për azilin',
  'action.psychosocial_support': 'Mbështetje psikosociale',

  'rule.0':
    'Një i rritur me elementet e rekrutimit, shfrytëzimit dhe destinacionit pozitive: viktimë e supozuar e trafikimit.',
  'rule.1':
    'Një fëmijë me shfrytëzim dhe rekrutim ose lëvizje nga të tjerë: për një fëmijë mjetet nuk kërkohen.',
  'rule.2':
    'Tregues trafikimi që nuk plotësojnë përkufizimin e plotë, ose një cenueshmëri serioze: referojeni për mbrojtje.',
  'rule.3': 'I kontrabanduar, pa tregues trafikimi, me nevoja të veçanta.',
  'rule.4': 'Nuk u gjetën tregues trafikimi as cenueshmëri.',
};
