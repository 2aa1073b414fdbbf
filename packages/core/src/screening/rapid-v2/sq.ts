/** Shqip: tekstet që versioni 2 shton ose ndryshon. I pakontrolluar nga një folës amtar. */
import type { Dictionary } from '../build.ts';

export const SQ: Dictionary = {
  'section.departure': 'Para se të niseshit',
  'section.work': 'Puna dhe ato që të tjerët ju detyruan të bënit',
  'section.observations': 'Çfarë vëren intervistuesi',

  'question.age_doubt': 'Intervistuesi: a mund të jetë ky person nën 18 vjeç?',
  'help.age_doubt':
    'Gjykoni nga pamja, sjellja dhe ajo që thotë personi. Nëse ka ndonjë dyshim, zgjidhni „ndoshta": personi trajtohet si fëmijë derisa të përcaktohet mosha (prezumimi i moshës së mitur).',
  'option.age_doubt.clearly_adult': 'Jo, qartësisht i rritur',
  'option.age_doubt.possibly_child': 'Ndoshta: ka dyshim',
  'option.age_doubt.clearly_child': 'Po, qartësisht fëmijë',
  'question.travelling_with': 'Me kë po udhëtoni?',
  'option.travelling_with.parents': 'Me nënën ose babanë, ose me kujdestarin ligjor',
  'option.travelling_with.relatives':
    'Me të afërm të tjerë (xhaxha, dajë, teze, hallë, vëlla, motër, kushëri)',
  'option.travelling_with.unrelated_adult':
    'Me një të rritur që nuk është i familjes, por thotë se është përgjegjës për mua',
  'option.travelling_with.group': 'Me një grup njerëzish të tjerë në lëvizje',
  'option.travelling_with.alone': 'Me askënd: jam vetëm',

  'question.stage': 'Ku jeni tani në udhëtimin tuaj?',
  'option.stage.not_left': 'Nuk jam nisur ende, ose jetoj këtu',
  'option.stage.on_the_way': 'Jam rrugës',
  'option.stage.arrived': 'Kam mbërritur aty ku po shkoja',
  'option.stage.returned': 'Jam kthyer në shtëpi',
  'question.why_left': 'Pse e latë shtëpinë (ose pse doni të ikni)?',
  'option.why_left.marriage': 'Martesa',
  'question.recruited_by': 'Kush jua propozoi ose jua rregulloi ikjen?',
  'option.recruited_by.nobody': 'Askush: vendosa dhe e rregullova vetë',
  'option.recruited_by.partner': 'I dashuri, e dashura, burri ose gruaja ime',
  'option.recruited_by.family': 'Dikush nga familja ime',
  'option.recruited_by.friend': 'Një mik ose dikush që e njoh',
  'option.recruited_by.agency': 'Një agjenci ose një ndërmjetës punësimi',
  'option.recruited_by.employer': 'Punëdhënësi',
  'option.recruited_by.stranger': 'Dikush që e takova rastësisht ose në internet',
  'question.offered': 'A ju premtuan punë, studime, martesë ose një jetë më të mirë diku tjetër?',
  'question.offer_details_known':
    'A e dini emrin dhe adresën e punëdhënësit ose të shkollës, dhe çfarë pune ose studimesh janë?',
  'question.offer_true': 'A ishte puna (ose ajo që ju premtuan) ashtu siç ju thanë?',
  'question.conditions_true': 'A ishin paga, orari dhe kushtet e jetesës ashtu siç ju premtuan?',
  'question.papers_received': 'A i morët ato dokumente?',
  'question.travel_paid_by_recruiter':
    'A jua pagoi udhëtimin ndërmjetësi ose punëdhënësi, që t’ia ktheni më vonë nga puna juaj?',
  'question.documents_asked_for':
    'A ju kërkoi ndërmjetësi ose punëdhënësi t’i jepni pasaportën ose letërnjoftimin për t’i mbajtur?',
  'question.payment_to_family':
    'A iu dhanë para ose dhurata familjes suaj, ose dikujt përgjegjës për ju, që të iknit?',
  'question.handed_over': 'Gjatë rrugës, a ju dorëzuan ose ju shitën nga një person ose grup te një tjetër?',
  'question.held_captive': 'Gjatë rrugës, a ju mbajtën diku nga ku nuk mund të largoheshit?',
  'question.forced_or_threatened':
    'A ju detyroi ose ju kërcënoi dikush që të udhëtonit, të punonit ose të bënit gjëra që nuk i donit?',
  'question.sexual_violence': 'Gjatë rrugës, a ju detyroi dikush në akte seksuale?',
  'help.sexual_violence':
    'Pyesni vetëm në privatësi, me një intervistues të gjinisë që parapëlqen personi. Mos kërkoni hollësi; një „po" mjafton për të ofruar ndihmë.',
  'question.sex_for_others_gain':
    'A ju detyruan të kryenit marrëdhënie ose akte seksuale për të paguar udhëtimin ose një borxh, ose që dikush tjetër të fitonte para?',
  'help.sex_for_others_gain':
    'Pyesni vetëm në privatësi. Ky është shfrytëzim, jo vetëm dhunë: përgjigjja vendos nëse personi referohet për identifikim.',
  'question.documents_taken': 'A jua mori dikush pasaportën ose letërnjoftimin dhe i mbajti?',

  'question.worked':
    'A keni punuar, ose a ju është dashur të bëni diçka për të tjerët (punë, lypje, vjedhje, seks), këtu, gjatë rrugës ose që kur mbërritët?',
  'question.work_kind': 'Çfarë ju duhej të bënit?',
  'option.work_kind.begging': 'Lypje, me paratë që shkonin te të tjerët',
  'option.work_kind.crime': 'Vjedhje, shitje droge ose bartje sendesh për të tjerët',
  'option.work_kind.sex': 'Seks ose akte seksuale nga të cilat fitojnë të tjerët',
  'question.hours_per_day': 'Sa orë në ditë punonit zakonisht?',
  'question.days_off': 'A kishit të paktën një ditë pushimi në javë?',
  'question.paid': 'Si paguheshit?',
  'option.paid.as_agreed': 'Sa ishte rënë dakord, dhe me drejtësi',
  'option.paid.less_than_agreed': 'Më pak se sa ishte rënë dakord',
  'option.paid.far_below_wage': 'Shumë më pak se paga minimale ose se të tjerët që bëjnë të njëjtën punë',
  'option.paid.not_at_all': 'Aspak',
  'option.paid.to_someone_else': 'Paratë i merrte dikush tjetër',
  'question.lives_where_employer_says':
    'A vendosnin ata ku të jetonit dhe të hanit, ose me kë mund të flisnit?',
  'question.live_in_household': 'A jetonit në shtëpinë ku punonit, pa qenë të lirë të dilnit?',
  'question.degrading_conditions':
    'A ishin kushtet e jetesës ose të punës shumë të këqija ose të rrezikshme?',
  'question.hurt_at_work': 'A ju lënduan ose ju kërcënuan njerëzit për të cilët punonit?',
  'question.child_sex_for_money':
    'A ju është dashur të kryeni marrëdhënie ose akte seksuale për para, ushqim, një vend për të fjetur ose për të vazhduar udhëtimin?',
  'help.child_sex_for_money':
    'Pyesni vetëm në privatësi, me një intervistues të gjinisë që parapëlqen fëmija. Për një fëmijë kjo është gjithmonë shfrytëzim seksual, kushdo që të fitojë.',
  'question.child_work_instead_of_school': 'A ju duhet të punoni në vend që të shkoni në shkollë, ose natën?',
  'question.forced_marriage':
    'A ju ka martuar dikush, ose ju ka premtuar për martesë, kundër vullnetit tuaj?',
  'help.forced_marriage': 'Përfshin martesat e fëmijëve të rregulluara nga familja dhe martesat për para.',
  'question.organ_removal':
    'A ju ka detyruar ose shtyrë dikush të jepni një veshkë ose një pjesë tjetër të trupit, për para ose për të shlyer një borxh?',
  'question.baby_for_others':
    'A ju ka detyruar ose shtyrë dikush të hiqni dorë nga një foshnjë, ta shisni ose t’ua jepni të tjerëve?',
  'help.baby_for_others': 'Pyesni vetëm në privatësi. Një „po" mjafton për referim; mos kërkoni hollësi.',
  'question.surrogacy':
    'A ju ka detyruar ose shtyrë dikush të mbeteni shtatzënë dhe të lindni një foshnjë për njerëz të tjerë?',

  'question.obs_someone_answers':
    'Intervistuesi: a u përgjigj dikush tjetër në vend të personit, ose nuk e la të flasë me ju vetëm?',
  'question.obs_afraid_of_companion':
    'Intervistuesi: a dukej personi i frikësuar nga dikush që ishte me të, ose e shikonte para se të përgjigjej?',
  'question.obs_rehearsed':
    'Intervistuesi: a tingëllonte historia e mësuar përmendsh, ose fjalë për fjalë si ajo e të tjerëve në grup?',
  'question.obs_documents_held_by_other': 'Intervistuesi: a i mban dikush tjetër dokumentet e personit?',
  'question.obs_unaware_of_whereabouts':
    'Intervistuesi: a nuk e di personi adresën ku jetonte ose punonte, ose ku ndodhet tani?',
  'question.obs_injuries': 'Intervistuesi: a shihni lëndime, ose shenja neglizhimi, uria ose mungese gjumi?',

  'element.act': 'I rekrutuar, i transportuar, i dorëzuar, i strehuar ose i pritur nga të tjerë',
  'element.deception': 'Mjeti: mashtrimi',
  'element.coercion': 'Mjeti: forca, kërcënimet ose shtrëngime të tjera',
  'element.abuse_of_vulnerability':
    'Mjeti: abuzimi me një pozitë cenueshmërie, ose pagesa për ata që kanë kontrollin',
  'element.exploitation': 'Qëllimi: shfrytëzimi',

  'indicator.recruited_by_others': 'I rekrutuar nga dikush tjetër',
  'indicator.transported_by_others': 'Udhëtimin ose qëndrimin e organizuan të tjerë',
  'indicator.handed_over': 'I dorëzuar ose i shitur mes njerëzve ose grupeve',
  'indicator.harboured_by_controller': 'I strehuar, i punësuar ose i pritur nga ata që e shfrytëzonin',
  'indicator.in_care_of_unrelated_adult': 'Fëmijë nën kujdesin e një të rrituri që nuk është i familjes',
  'indicator.deceived_nature_of_work': 'I mashtruar për natyrën e punës ose për atë që iu premtua',
  'indicator.deceived_documents': 'Dokumente të premtuara që nuk erdhën kurrë',
  'indicator.vague_offer': 'Një ofertë pa punëdhënës, adresë ose punë të njohur',
  'indicator.force_or_threats': 'I detyruar ose i kërcënuar të udhëtojë, të punojë ose të bëjë gjëra',
  'indicator.confinement': 'I mbajtur aty ku nuk mund të largohej, ose jo i lirë të ndalonte punën',
  'indicator.documents_retained': 'Pasaporta ose letërnjoftimi i mbajtur nga dikush tjetër',
  'indicator.debt_bondage': 'I detyruar të shlyejë një borxh me punë',
  'indicator.violence_to_control': 'I lënduar ose i kërcënuar nga ata për të cilët punonte',
  'indicator.threats_to_family': 'Kërcënime ndaj familjes ose kërcënime me zbulim',
  'indicator.documents_asked_for': 'I kërkuan të dorëzojë pasaportën ose letërnjoftimin',
  'indicator.payment_to_controller': 'Para ose dhurata dhënë familjes ose atij që ishte përgjegjës për të',
  'indicator.travel_paid_to_repay':
    'Udhëtimi i paguar nga ndërmjetësi ose punëdhënësi, për t’u shlyer me punë',
  'indicator.recruited_by_trusted_person': 'I rekrutuar nga partneri, një i afërm ose një mik',
  'indicator.isolation_and_control': 'Të tjerët vendosnin ku jetonte, hante dhe me kë fliste',
  'indicator.status_used_against': 'Mungesa e dokumenteve e përdorur për ta kontrolluar',
  'indicator.exploited_dependency': 'Nevoja ose varësia e tij e përdorur për ta nënshtruar',
  'indicator.controlled_in_interview': 'Dikush u përgjigj për të ose nuk e la të flasë vetëm',
  'indicator.afraid_of_companion': 'Ka frikë nga dikush që është me të',
  'indicator.rehearsed_story': 'Një histori që tingëllonte e mësuar përmendsh',
  'indicator.unaware_of_whereabouts': 'Nuk e di ku jetonte, ku punonte ose ku ndodhet',
  'indicator.excessive_hours': 'Punë 12 orë në ditë ose më shumë',
  'indicator.no_rest_days': 'Asnjë ditë pushimi në javë',
  'indicator.no_pay': 'Aspak i paguar',
  'indicator.underpaid': 'I paguar më pak se sa ishte rënë dakord ose shumë nën pagë',
  'indicator.earnings_taken': 'Fitimet ia merr dikush tjetër',
  'indicator.degrading_conditions': 'Kushte jetese ose pune shumë të këqija ose të rrezikshme',
  'indicator.work_to_repay_debt': 'Punon për të shlyer një borxh',
  'indicator.forced_begging': 'I detyruar të lypë për të tjerët',
  'indicator.forced_criminality': 'I detyruar të kryejë krime për të tjerët',
  'indicator.domestic_servitude': 'Jeton dhe punon në një familje, pa qenë i lirë të dalë',
  'indicator.child_labour': 'Fëmijë që punon në vend të shkollës, ose natën',
  'indicator.child_sexual_exploitation': 'Fëmijë i detyruar të japë seks për para, ushqim ose strehë',
  'indicator.forced_marriage': 'I martuar, ose i premtuar për martesë, kundër vullnetit',
  'indicator.organ_removal': 'I shtyrë të japë një organ ose një pjesë të trupit',
  'indicator.illegal_adoption': 'E shtyrë të heqë dorë nga një foshnjë ose ta shesë',
  'indicator.surrogacy': 'E shtyrë të lindë një foshnjë për të tjerët',

  'vulnerability.unaccompanied_child': 'Fëmijë i pashoqëruar',
  'vulnerability.separated_child': 'Fëmijë i ndarë: me të rritur që nuk janë prindërit ose kujdestari ligjor',
  'vulnerability.survivor_of_sexual_violence': 'I mbijetuar i dhunës seksuale',
  'vulnerability.visible_injuries': 'Lëndime, ose shenja neglizhimi, urie ose rraskapitjeje',
  'vulnerability.no_means_of_living': 'Pa mjete jetese',

  'action.report_crime': 'Ofroni denoncimin e krimit dhe informacion për të drejtat e viktimës',
  'action.screen_again': 'Bëni sërish intervistën, privatisht dhe me përkthyes, kur personi të jetë gati',

  'rule.0':
    'Një i rritur i rekrutuar, i transportuar, i strehuar ose i pritur nga të tjerë, me mashtrim, shtrëngim ose abuzim të cenueshmërisë në çdo fazë, për shfrytëzim: arsye të bazuara për të besuar se është viktimë e trafikimit.',
  'rule.1':
    'Një fëmijë i rekrutuar, i transportuar, i strehuar ose i pritur nga të tjerë për shfrytëzim: arsye të bazuara për të besuar se është viktimë e trafikimit. Për një fëmijë nuk nevojiten mjetet.',
  'rule.2':
    'Shenja të mjeteve ose të shfrytëzimit, pa përkufizimin e plotë: në rrezik trafikimi. Referojeni për identifikim dhe mbështetje.',
  'rule.3':
    'Shumë pyetje vendimtare mbetën pa përgjigje për të thënë nëse ka shenja trafikimi. Bëni sërish intervistën.',
  'rule.4': 'I kontrabanduar, pa shenja trafikimi, me cenueshmëritë e renditura.',
  'rule.5': 'Pa shenja trafikimi, me cenueshmëritë e renditura.',
  'rule.6': 'Nuk u gjetën shenja trafikimi as cenueshmëri.',
};
