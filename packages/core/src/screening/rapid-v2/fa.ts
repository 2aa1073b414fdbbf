/** فارسی: متن‌هایی که نسخهٔ ۲ اضافه یا تغییر می‌دهد و برای فرد خوانده می‌شود. هنوز توسط گویشور بومی بازبینی نشده است. */
import type { Dictionary } from '../build.ts';

export const FA: Dictionary = {
  'section.departure': 'پیش از حرکت',
  'section.work': 'کار، و آنچه دیگران شما را مجبور به انجامش کردند',
  'section.observations': 'آنچه ارزیاب می‌بیند',

  'question.age_doubt': 'ارزیاب: آیا ممکن است این فرد زیر ۱۸ سال باشد؟',
  'option.age_doubt.clearly_adult': 'نه، آشکارا بزرگسال است',
  'option.age_doubt.possibly_child': 'شاید: تردید هست',
  'option.age_doubt.clearly_child': 'بله، آشکارا کودک است',
  'question.travelling_with': 'با چه کسی سفر می‌کنید؟',
  'option.travelling_with.parents': 'با مادر یا پدرم، یا با سرپرست قانونی‌ام',
  'option.travelling_with.relatives': 'با خویشاوندان دیگر (عمو، دایی، خاله، عمه، برادر، خواهر، پسرعمو)',
  'option.travelling_with.unrelated_adult': 'با بزرگسالی که از خانواده‌ام نیست ولی می‌گوید مسئول من است',
  'option.travelling_with.group': 'با گروهی از مهاجران دیگر',
  'option.travelling_with.alone': 'با هیچ‌کس: تنها هستم',

  'question.stage': 'الان در کجای سفرتان هستید؟',
  'option.stage.not_left': 'هنوز حرکت نکرده‌ام، یا اینجا زندگی می‌کنم',
  'option.stage.on_the_way': 'در راه هستم',
  'option.stage.arrived': 'به جایی که می‌رفتم رسیده‌ام',
  'option.stage.returned': 'به خانه برگشته‌ام',
  'question.why_left': 'چرا خانه‌تان را ترک کردید (یا چرا می‌خواهید بروید)؟',
  'option.why_left.marriage': 'ازدواج',
  'question.recruited_by': 'چه کسی رفتن را به شما پیشنهاد کرد یا ترتیبش را داد؟',
  'option.recruited_by.nobody': 'هیچ‌کس: خودم تصمیم گرفتم و همه چیز را ترتیب دادم',
  'option.recruited_by.partner': 'دوست‌پسر، دوست‌دختر، شوهر یا همسرم',
  'option.recruited_by.family': 'یکی از اعضای خانواده‌ام',
  'option.recruited_by.friend': 'یک دوست یا کسی که می‌شناسم',
  'option.recruited_by.agency': 'یک آژانس یا واسطهٔ کاریابی',
  'option.recruited_by.employer': 'کارفرما',
  'option.recruited_by.stranger': 'کسی که اتفاقی یا در اینترنت با او آشنا شدم',
  'question.offered': 'آیا به شما قول کار، تحصیل، ازدواج یا زندگی بهتر در جای دیگری داده شد؟',
  'question.offer_details_known': 'آیا نام و نشانی کارفرما یا مدرسه را می‌دانید، و اینکه کار یا تحصیل چیست؟',
  'question.offer_true': 'آیا کار (یا آنچه به شما قول داده بودند) همان بود که گفته بودند؟',
  'question.conditions_true': 'آیا دستمزد، ساعت کار و شرایط زندگی همان بود که قول داده بودند؟',
  'question.papers_received': 'آیا آن مدارک را گرفتید؟',
  'question.travel_paid_by_recruiter': 'آیا واسطه یا کارفرما هزینهٔ سفرتان را داد تا بعداً از کارتان پس بدهید؟',
  'question.documents_asked_for':
    'آیا واسطه یا کارفرما از شما خواست گذرنامه یا کارت شناسایی‌تان را به او بدهید تا نگه دارد؟',
  'question.payment_to_family':
    'آیا برای رفتن شما به خانواده‌تان، یا به کسی که مسئول شما بود، پول یا هدیه‌ای داده شد؟',
  'question.handed_over': 'در راه، آیا شما را از یک نفر یا گروه به دیگری تحویل دادند یا فروختند؟',
  'question.held_captive': 'در راه، آیا شما را جایی نگه داشتند که نمی‌توانستید از آن بیرون بروید؟',
  'question.forced_or_threatened':
    'آیا کسی شما را مجبور یا تهدید کرد تا سفر کنید، کار کنید یا کارهایی کنید که نمی‌خواستید؟',
  'question.sexual_violence': 'آیا در راه کسی شما را به کارهای جنسی مجبور کرد؟',
  'question.sex_for_others_gain':
    'آیا مجبورتان کردند برای پرداخت هزینهٔ سفر یا یک بدهی، یا برای اینکه کس دیگری پول دربیاورد، رابطه یا کار جنسی انجام دهید؟',
  'question.documents_taken': 'آیا کسی گذرنامه یا کارت شناسایی‌تان را گرفت و نگه داشت؟',

  'question.worked':
    'آیا اینجا، در راه یا از وقتی رسیده‌اید کار کرده‌اید، یا مجبور شده‌اید برای دیگران کاری بکنید (کار، گدایی، دزدی، رابطهٔ جنسی)؟',
  'question.work_kind': 'چه کاری باید می‌کردید؟',
  'option.work_kind.begging': 'گدایی، و پول به دیگران می‌رسید',
  'option.work_kind.crime': 'دزدی، فروش مواد مخدر یا حمل چیزهایی برای دیگران',
  'option.work_kind.sex': 'رابطه یا کار جنسی که دیگران از آن سود می‌برند',
  'question.hours_per_day': 'معمولاً روزی چند ساعت کار می‌کردید؟',
  'question.days_off': 'آیا هر هفته دست‌کم یک روز تعطیلی داشتید؟',
  'question.paid': 'دستمزدتان چطور پرداخت می‌شد؟',
  'option.paid.as_agreed': 'همان‌قدر که توافق شده بود، و منصفانه بود',
  'option.paid.less_than_agreed': 'کمتر از توافق',
  'option.paid.far_below_wage': 'خیلی کمتر از حداقل دستمزد یا کمتر از دیگرانی که همین کار را می‌کنند',
  'option.paid.not_at_all': 'اصلاً',
  'option.paid.to_someone_else': 'کس دیگری پول را می‌گرفت',
  'question.lives_where_employer_says':
    'آیا آنها تصمیم می‌گرفتند کجا زندگی کنید و غذا بخورید، یا با چه کسی حرف بزنید؟',
  'question.live_in_household':
    'آیا در خانه‌ای که در آن کار می‌کردید زندگی می‌کردید، بی‌آنکه آزاد باشید بیرون بروید؟',
  'question.degrading_conditions': 'آیا شرایط زندگی یا کار خیلی بد یا خطرناک بود؟',
  'question.hurt_at_work': 'آیا کسانی که برایشان کار می‌کردید به شما آسیب زدند یا تهدیدتان کردند؟',
  'question.child_sex_for_money':
    'آیا مجبور شده‌ای در ازای پول، غذا، جای خواب یا برای ادامهٔ سفر، رابطه یا کار جنسی انجام دهی؟',
  'question.child_work_instead_of_school': 'آیا باید به جای رفتن به مدرسه، یا شب‌ها، کار کنی؟',
  'question.forced_marriage': 'آیا کسی شما را بر خلاف میل‌تان به ازدواج درآورده یا قول ازدواج‌تان را داده است؟',
  'question.organ_removal':
    'آیا کسی شما را مجبور کرده یا زیر فشار گذاشته که کلیه یا عضو دیگری از بدن‌تان را در ازای پول یا برای پرداخت بدهی بدهید؟',
  'question.baby_for_others':
    'آیا کسی شما را مجبور کرده یا زیر فشار گذاشته که از نوزادی دست بکشید، او را بفروشید یا به دیگران بدهید؟',
  'question.surrogacy':
    'آیا کسی شما را مجبور کرده یا زیر فشار گذاشته که باردار شوید و برای دیگران بچه به دنیا بیاورید؟',

  'question.obs_someone_answers':
    'ارزیاب: آیا کس دیگری به جای فرد جواب داد، یا نگذاشت فرد تنها با شما حرف بزند؟',
  'question.obs_afraid_of_companion':
    'ارزیاب: آیا فرد از کسی که همراهش بود ترسیده به نظر می‌رسید، یا پیش از جواب دادن به او نگاه می‌کرد؟',
  'question.obs_rehearsed':
    'ارزیاب: آیا داستان از پیش حفظ‌شده به نظر می‌رسید، یا کلمه به کلمه مثل داستان دیگران در گروه بود؟',
  'question.obs_documents_held_by_other': 'ارزیاب: آیا مدارک فرد دست کس دیگری است؟',
  'question.obs_unaware_of_whereabouts':
    'ارزیاب: آیا فرد نشانی جایی را که زندگی یا کار می‌کرد، یا اینکه الان کجاست، نمی‌داند؟',
  'question.obs_injuries': 'ارزیاب: آیا آسیب‌دیدگی، یا نشانه‌های بی‌توجهی، گرسنگی یا کم‌خوابی می‌بینید؟',
};
