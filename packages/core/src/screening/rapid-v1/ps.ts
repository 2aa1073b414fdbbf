/** پښتو: what the person interviewed reads and hears. Machine-quality draft: unreviewed until a native speaker checks it. */
export const PS: Record<string, string> = {
  title: 'د ویزا چټکه ارزونه',
  consent:
    'زما نوم زما په کارت لیکل شوی دی. زه د هغو خلکو سره مرسته کوم چې په لاره کې دي ترڅو ساتنه ترلاسه کړي. غواړم تاسو څخه ستاسو د سفر او حالت په اړه څو پوښتنې وکړم. دا شاوخوا ۱۵ دقیقې وخت نیسي. تاسو مجبور نه یاست چې ځواب ورکړئ، او هر وخت کولی شئ ودروئ؛ که نه ووایاست، دلته ستاسو مرسته نه بدلیږي. هغه څه چې تاسو یې راته وایاست پټ ساتل کیږي او یوازې د ستاسو په اجازه له هغو خدمتونو سره شریکیږي چې مرسته کولی شي. ایا تاسو موافق یاست چې له ما سره خبرې وکړئ؟',
  'answer.yes': 'هو',
  'answer.no': 'نه',
  'answer.unknown': 'نه پوهېږم',

  'section.about': 'ستاسو په اړه',
  'section.journey': 'ستاسو سفر',
  'section.work': 'په لاره کې او وروسته کار',
  'section.protection': 'خوندیتوب او اړتیاوې',

  'question.age': 'تاسو څو کلن یاست؟',
  'question.appears_child': 'ارزونکی: ایا دا کس د ماشوم (له ۱۸ کلونو کم) په څیر ښکاري یا چلند کوي؟',
  'question.with_guardian': 'ایا تاسو د خپلې مور، پلار یا بل مسؤل لوی کس سره سفر کوئ؟',
  'question.pregnant': 'ایا تاسو امیندواره یاست؟',
  'question.illness': 'ایا تاسو سخته ناروغي، ټپ یا معلولیت لرئ؟',
  'question.alone_with_children': 'ایا تاسو یوازې له ماشومانو سره سفر کوئ؟',

  'question.why_left': 'تاسو ولې خپل کور پرېښود؟',
  'option.why_left.war_or_persecution': 'جګړه، تاوتریخوالی یا ځورونه',
  'option.why_left.no_income': 'د ژوند د ګټلو لاره نه وه',
  'option.why_left.family_crisis': 'په کورنۍ کې بحران',
  'option.why_left.sent_by_others': 'بل چا پرېکړه وکړه چې زه باید لاړ شم',
  'option.why_left.job_offer': 'ماته د کار یا زده کړې وړاندیز شوی و',
  'option.why_left.other': 'بل دلیل',
  'question.paid_smuggler': 'ایا تاسو چا ته پیسې ورکړې چې له پولو څخه په تېرېدو کې مرسته درسره وکړي؟',
  'question.owes_for_journey': 'ایا تاسو لا هم د خپل سفر لپاره پور لرئ؟',
  'question.organised_by_others':
    'ایا بل چا ستاسو سفر تنظیم کړ، یا یې تاسو هغه ځای ته راوستلئ چیرې چې اوس اوسیږئ؟',
  'question.promised': 'مخکې له دې چې تاسو ووځئ، ایا تاسو ته د کار، زده کړې، واده یا اسنادو ژمنه شوې وه؟',
  'question.promise_kept': 'ایا کار (یا هغه څه چې ژمنه یې شوې وه) هماغه و چې تاسو ته ویل شوي وو؟',
  'question.conditions_as_promised': 'ایا معاش، ساعتونه او د ژوند شرایط هماغه وو چې ژمنه یې شوې وه؟',
  'question.papers_promised': 'ایا تاسو ته ژمنه شوې وه چې ستاسو لپاره به اسناد یا د اوسېدو اجازه برابره شي؟',
  'question.told_truth_about_journey': 'ایا تاسو ته د سفر او منزل په اړه رښتیا ویل شوي وو؟',
  'question.forced_to_travel': 'ایا تاسو مجبور، ګواښل شوي یا ستاسو د خوښې پرته سفر ته وړل شوي یاست؟',
  'question.hurt_on_journey': 'ایا په سفر کې چا تاسو ته زیان رسولی؟',
  'question.documents_taken_journey': 'ایا په سفر کې چا ستاسو پاسپورټ یا تذکره اخیستې؟',

  'question.worked':
    'په لاره کې یا له راتګ وروسته، ایا تاسو کار کړی یا مجبور شوي یاست چې د چا لپاره څه وکړئ؟',
  'question.work_kind': 'څه ډول کار؟',
  'option.work_kind.agriculture': 'کرنه',
  'option.work_kind.construction': 'ودانۍ جوړول',
  'option.work_kind.domestic': 'په کور کې کار',
  'option.work_kind.factory': 'فابریکه',
  'option.work_kind.hospitality': 'رستورانت، کافه یا هوټل',
  'option.work_kind.begging': 'سوال کول',
  'option.work_kind.crime': 'د نورو لپاره د شیانو وړل یا پلورل، یا نور جرمونه',
  'option.work_kind.other': 'بل کار',
  'question.paid_as_agreed': 'ایا تاسو ته هغومره پیسې درکړل شوې چې موافقه شوې وه؟',
  'option.paid_as_agreed.fully': 'هو، بشپړې',
  'option.paid_as_agreed.less': 'له موافقې کمې',
  'option.paid_as_agreed.not_at_all': 'هیڅ نه',
  'question.long_hours': 'ایا تاسو مجبور وئ چې ډیر اوږده ساعتونه یا هره ورځ پرته له دمې کار وکړئ؟',
  'question.bad_conditions': 'ایا د ژوند یا کار شرایط ډیر خراب یا خطرناک وو؟',
  'question.free_to_leave': 'ایا تاسو کولی شول هر وخت چې مو خوښه وای کار ودروئ او لاړ شئ؟',
  'question.working_off_debt':
    'ایا تاسو مجبور وئ چې کار وکړئ ترڅو هغو خلکو ته پور ورکړئ چې تاسو یې راوستلي یا په کار ګمارلي وئ؟',
  'question.documents_held': 'ایا اوس بل څوک ستاسو پاسپورټ یا تذکره ستاسو د خوښې پرته ساتي؟',
  'question.hurt_or_threatened': 'ایا هغو خلکو چې تاسو ورته کار کاوه تاسو ته زیان رسولی یا ګواښلي یې یاست؟',
  'question.family_threatened':
    'ایا هغوی ستاسو کورنۍ ګواښلې، یا یې ګواښ کړی چې ستاسو کورنۍ یا ټولنې ته به ستاسو په اړه څه ووایي؟',
  'question.sexual_acts':
    'ایا تاسو مجبور شوي یاست چې د پیسو لپاره یا د نورو لپاره جنسي اړیکه یا جنسي کارونه وکړئ؟',
  'question.police_threat':
    'ایا تاسو ته ویل شوي وو چې که لاړ شئ یا خبرې وکړئ پولیس به مو ونیسي یا به مو وشړي؟',
  'question.controlled_life':
    'ایا هغوی پرېکړه کوله چې تاسو چیرې اوسیږئ او خواړه خورئ، یا له چا سره خبرې کولی شئ؟',
  'question.status_used_against': 'ایا هغوی ستاسو د اسنادو نشتوالی ستاسو د کنټرول لپاره کاراوه؟',
  'question.spoke_language': 'ایا تاسو په کار کې د شاوخوا خلکو په ژبه خبرې کولی شوې؟',

  'question.violence_or_torture': 'ایا تاسو په کور کې یا په لاره کې له تاوتریخوالي یا شکنجې سره مخ شوي یاست؟',
  'question.identity_risk': 'ایا تاسو د دې له امله په خطر کې یاست چې څوک یاست یا له چا سره مینه لرئ؟',
  'question.afraid_to_return': 'ایا تاسو له خپل هېواد ته د بېرته تګ څخه ډارېږئ؟',
  'question.notes': 'ارزونکی: نور هر څه چې تاسو ولیدل',
};
