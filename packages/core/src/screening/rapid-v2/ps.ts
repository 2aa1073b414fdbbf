/** پښتو: هغه متنونه چې دوهمه نسخه یې زیاتوي یا بدلوي او هغه کس ته لوستل کیږي چې مرکه ورسره کیږي. تر اوسه د مورنۍ ژبې ویونکي نه دي کتلي. */
import type { Dictionary } from '../build.ts';

export const PS: Dictionary = {
  'section.departure': 'د وتلو نه مخکې',
  'section.work': 'کار، او هغه څه چې نورو تاسو پرې مجبور کړئ',
  'section.observations': 'هغه څه چې ارزونکی یې ویني',

  'question.age_doubt': 'ارزونکی: ایا کېدای شي دا کس له ۱۸ کلونو کم عمر ولري؟',
  'option.age_doubt.clearly_adult': 'نه، په ښکاره بالغ دی',
  'option.age_doubt.possibly_child': 'کېدای شي: شک شته',
  'option.age_doubt.clearly_child': 'هو، په ښکاره ماشوم دی',
  'question.travelling_with': 'تاسو له چا سره سفر کوئ؟',
  'option.travelling_with.parents': 'له خپلې مور یا پلار، یا له خپل قانوني سرپرست سره',
  'option.travelling_with.relatives': 'له نورو خپلوانو سره (تره، ماما، ترور، خاله، ورور، خور، د تره زوی)',
  'option.travelling_with.unrelated_adult':
    'له یو لوی سړي یا ښځې سره چې خپلوان مې نه دی خو وايي چې زما مسؤل دی',
  'option.travelling_with.group': 'په لاره کې له نورو خلکو د یوې ډلې سره',
  'option.travelling_with.alone': 'له هیچا سره نه: یوازې یم',

  'question.stage': 'تاسو اوس په خپل سفر کې چیرته یاست؟',
  'option.stage.not_left': 'لا نه یم وتلی، یا همدلته اوسیږم',
  'option.stage.on_the_way': 'په لاره کې یم',
  'option.stage.arrived': 'هغه ځای ته رسېدلی یم چې تلم',
  'option.stage.returned': 'بېرته کور ته راغلی یم',
  'question.why_left': 'تاسو ولې خپل کور پرېښود (یا ولې غواړئ چې لاړ شئ)؟',
  'option.why_left.marriage': 'واده',
  'question.recruited_by': 'چا تاسو ته د تګ وړاندیز وکړ یا یې ستاسو تګ برابر کړ؟',
  'option.recruited_by.nobody': 'هیچا: ما پخپله پرېکړه وکړه او هر څه مې برابر کړل',
  'option.recruited_by.partner': 'زما ملګری، ملګرې، مېړه یا ښځه',
  'option.recruited_by.family': 'زما د کورنۍ یو غړی',
  'option.recruited_by.friend': 'یو ملګری یا څوک چې پېژنم یې',
  'option.recruited_by.agency': 'یوه اداره یا د کار دلال',
  'option.recruited_by.employer': 'کارګمارونکی',
  'option.recruited_by.stranger': 'څوک چې په تصادفي ډول یا په انټرنېټ کې مې ولید',
  'question.offered': 'ایا تاسو ته بل ځای کې د کار، زده کړې، واده یا ښه ژوند ژمنه شوې وه؟',
  'question.offer_details_known':
    'ایا د کارګمارونکي یا ښوونځي نوم او پته پېژنئ، او دا چې کار یا زده کړه څه ده؟',
  'question.offer_true': 'ایا کار (یا هغه څه چې ژمنه یې شوې وه) هماغه و چې تاسو ته ویل شوي وو؟',
  'question.conditions_true': 'ایا معاش، ساعتونه او د ژوند شرایط هماغه وو چې ژمنه یې شوې وه؟',
  'question.papers_received': 'ایا هغه اسناد مو ترلاسه کړل؟',
  'question.travel_paid_by_recruiter':
    'ایا دلال یا کارګمارونکي ستاسو د سفر لګښت ورکړ، چې وروسته یې له خپل کار نه بېرته ورکړئ؟',
  'question.documents_asked_for':
    'ایا دلال یا کارګمارونکي وغوښتل چې خپل پاسپورټ یا تذکره ورته ورکړئ چې وې ساتي؟',
  'question.payment_to_family':
    'ایا ستاسو د تګ لپاره ستاسو کورنۍ، یا ستاسو کوم مسؤل ته، پیسې یا ډالۍ ورکړل شوې؟',
  'question.handed_over': 'په لاره کې، ایا تاسو له یو کس یا ډلې نه بلې ته وسپارل شوئ یا وپلورل شوئ؟',
  'question.held_captive': 'په لاره کې، ایا تاسو په داسې ځای کې وساتل شوئ چې له هغه نه نه شوای وتلای؟',
  'question.forced_or_threatened':
    'ایا چا تاسو مجبور یا ګواښلي یاست چې سفر وکړئ، کار وکړئ یا داسې کارونه وکړئ چې نه مو غوښتل؟',
  'question.sexual_violence': 'ایا په لاره کې چا تاسو جنسي کارونو ته مجبور کړئ؟',
  'question.sex_for_others_gain':
    'ایا تاسو مجبور شوي یاست چې د سفر یا پور د ورکړې لپاره، یا د دې لپاره چې بل څوک پیسې وګټي، جنسي اړیکه یا جنسي کارونه وکړئ؟',
  'question.documents_taken': 'ایا چا ستاسو پاسپورټ یا تذکره اخیستې او له ځانه سره یې ساتلې ده؟',

  'question.worked':
    'ایا تاسو دلته، په لاره کې یا له راتګ وروسته کار کړی، یا مو د نورو لپاره څه کول (کار، ګدايي، غلا، جنسي کار)؟',
  'question.work_kind': 'تاسو باید څه کول؟',
  'option.work_kind.begging': 'ګدايي، او پیسې نورو ته تللې',
  'option.work_kind.crime': 'غلا، د مخدره توکو پلور یا د نورو لپاره د شیانو وړل',
  'option.work_kind.sex': 'جنسي اړیکه یا جنسي کارونه چې نور ترې ګټه کوي',
  'question.hours_per_day': 'تاسو معمولاً په ورځ کې څو ساعته کار کاوه؟',
  'question.days_off': 'ایا په هره اونۍ کې لږ تر لږه یوه ورځ رخصتي درلوده؟',
  'question.paid': 'تاسو ته معاش څنګه درکول کېده؟',
  'option.paid.as_agreed': 'څومره چې موافقه شوې وه، او عادلانه و',
  'option.paid.less_than_agreed': 'له موافقې کم',
  'option.paid.far_below_wage': 'له لږ تر لږه معاش یا له هغو نورو چې همدا کار کوي ډېر کم',
  'option.paid.not_at_all': 'هیڅ نه',
  'option.paid.to_someone_else': 'پیسې بل چا اخیستې',
  'question.lives_where_employer_says':
    'ایا هغوی پرېکړه کوله چې تاسو چیرې اوسیږئ او خوړل کوئ، یا له چا سره خبرې کولی شئ؟',
  'question.live_in_household':
    'ایا تاسو په هغه کور کې اوسېدئ چې کار مو پکې کاوه، پرته له دې چې د وتلو آزادي ولرئ؟',
  'question.degrading_conditions': 'ایا د ژوند یا کار شرایط ډېر خراب یا خطرناک وو؟',
  'question.hurt_at_work': 'ایا هغو خلکو چې تاسو ورته کار کاوه تاسو ته زیان رسولی یا یې ګواښلي یاست؟',
  'question.child_sex_for_money':
    'ایا تا ته د پیسو، خوړو، د خوب ځای یا د سفر د دوام لپاره جنسي اړیکه یا جنسي کارونه کول پکار شوي؟',
  'question.child_work_instead_of_school': 'ایا ته باید د ښوونځي پر ځای، یا د شپې، کار وکړې؟',
  'question.forced_marriage': 'ایا چا ستاسو د خوښې پرته تاسو واده کړي یا ستاسو د واده ژمنه یې کړې؟',
  'question.organ_removal':
    'ایا چا تاسو مجبور کړي یا فشار یې راوړی چې د پیسو یا پور د ورکړې لپاره پښتورګی یا د بدن بله برخه ورکړئ؟',
  'question.baby_for_others':
    'ایا چا تاسو مجبور کړي یا فشار یې راوړی چې له ماشوم نه تېر شئ، وې پلورئ یا نورو ته یې ورکړئ؟',
  'question.surrogacy': 'ایا چا تاسو مجبور کړي یا فشار یې راوړی چې د نورو لپاره امیدواره شئ او ماشوم وزېږوئ؟',

  'question.obs_someone_answers':
    'ارزونکی: ایا بل چا د دې کس پر ځای ځواب ورکړ، یا یې ورته اجازه ورنه کړه چې له تاسو سره یوازې خبرې وکړي؟',
  'question.obs_afraid_of_companion':
    'ارزونکی: ایا دا کس له خپل کوم ملګري نه وېرېدلی ښکارېده، یا یې د ځواب نه مخکې هغه ته کتل؟',
  'question.obs_rehearsed': 'ارزونکی: ایا کیسه یاده کړې ښکارېده، یا کلمه په کلمه د ډلې د نورو په څېر وه؟',
  'question.obs_documents_held_by_other': 'ارزونکی: ایا د دې کس اسناد له بل چا سره دي؟',
  'question.obs_unaware_of_whereabouts':
    'ارزونکی: ایا دا کس د هغه ځای پته نه پېژني چې پکې اوسېده یا یې کار کاوه، یا دا چې اوس چیرته دی؟',
  'question.obs_injuries': 'ارزونکی: ایا ټپونه، یا د بې پامۍ، لوږې یا د خوب د کمښت نښې وینئ؟',
};
