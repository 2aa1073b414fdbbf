/**
 * فارسی، و دری که از آن با چند واژهٔ متفاوت ساخته می‌شود: آنچه شخص مصاحبه‌شونده می‌خواند و می‌شنود.
 * هنوز توسط گویشور بومی بازبینی نشده است.
 */
export const FA: Record<string, string> = {
  title: 'ویزا – ارزیابی سریع',
  consent:
    'نام من روی کارتم نوشته شده است. من کار می‌کنم تا افرادی که در راه هستند از حمایت برخوردار شوند. می‌خواهم چند سؤال دربارهٔ سفر و وضعیت شما بپرسم. حدود ۱۵ دقیقه طول می‌کشد. مجبور نیستید پاسخ بدهید و هر وقت بخواهید می‌توانید متوقف کنید؛ اگر نه بگویید، کمکی که اینجا می‌گیرید تغییر نمی‌کند. آنچه به من می‌گویید محرمانه می‌ماند و فقط با رضایت شما با خدماتی که می‌توانند کمک کنند در میان گذاشته می‌شود. آیا موافقید با من صحبت کنید؟',
  'answer.yes': 'بله',
  'answer.no': 'نه',
  'answer.unknown': 'نمی‌دانم',

  'section.about': 'دربارهٔ شما',
  'section.journey': 'سفر شما',
  'section.work': 'کار در راه و پس از آن',
  'section.protection': 'امنیت و نیازها',

  'question.age': 'چند سال دارید؟',
  'question.appears_child': 'ارزیاب: آیا این شخص شبیه کودک (زیر ۱۸ سال) است یا مانند کودک رفتار می‌کند؟',
  'question.with_guardian': 'آیا با مادر، پدر یا بزرگسال دیگری که مسئول شماست سفر می‌کنید؟',
  'question.pregnant': 'آیا باردار هستید؟',
  'question.illness': 'آیا بیماری جدی، آسیب یا معلولیت دارید؟',
  'question.alone_with_children': 'آیا به تنهایی با کودکان سفر می‌کنید؟',

  'question.why_left': 'چرا خانه‌تان را ترک کردید؟',
  'option.why_left.war_or_persecution': 'جنگ، خشونت یا آزار',
  'option.why_left.no_income': 'راهی برای امرار معاش نبود',
  'option.why_left.family_crisis': 'بحرانی در خانواده',
  'option.why_left.sent_by_others': 'کس دیگری تصمیم گرفت که باید بروم',
  'option.why_left.job_offer': 'به من پیشنهاد کار یا تحصیل شد',
  'option.why_left.other': 'دلیلی دیگر',
  'question.paid_smuggler': 'آیا به کسی پول دادید تا به شما در عبور از مرزها کمک کند؟',
  'question.owes_for_journey': 'آیا هنوز برای سفرتان بدهکار هستید؟',
  'question.organised_by_others': 'آیا کس دیگری سفر شما را ترتیب داد، یا شما را به جایی که اکنون هستید آورد؟',
  'question.promised': 'پیش از رفتن، آیا به شما وعدهٔ کار، تحصیل، ازدواج یا مدارک داده شد؟',
  'question.promise_kept': 'آیا کار (یا آنچه وعده داده شده بود) همان‌طور بود که به شما گفته بودند؟',
  'question.conditions_as_promised': 'آیا دستمزد، ساعات کار و شرایط زندگی همان‌طور بود که وعده داده شده بود؟',
  'question.papers_promised': 'آیا به شما وعده داده شد که مدارک یا اجازهٔ اقامت برایتان درست شود؟',
  'question.told_truth_about_journey': 'آیا دربارهٔ سفر و مقصدتان حقیقت را به شما گفتند؟',
  'question.forced_to_travel': 'آیا مجبور، تهدید یا برخلاف میل‌تان به سفر برده شدید؟',
  'question.hurt_on_journey': 'آیا کسی در طول سفر به شما آسیب زد؟',
  'question.documents_taken_journey': 'آیا کسی در طول سفر گذرنامه یا کارت شناسایی شما را گرفت؟',

  'question.worked': 'در راه یا از وقتی رسیده‌اید، آیا کار کرده‌اید یا مجبور شده‌اید برای کسی کاری انجام دهید؟',
  'question.work_kind': 'چه نوع کاری؟',
  'option.work_kind.agriculture': 'کشاورزی',
  'option.work_kind.construction': 'ساختمان‌سازی',
  'option.work_kind.domestic': 'کار در خانه',
  'option.work_kind.factory': 'کارخانه',
  'option.work_kind.hospitality': 'رستوران، کافه یا هتل',
  'option.work_kind.begging': 'گدایی',
  'option.work_kind.crime': 'حمل یا فروش چیزهایی برای دیگران، یا جرمی دیگر',
  'option.work_kind.other': 'کاری دیگر',
  'question.paid_as_agreed': 'آیا مبلغی که توافق شده بود به شما پرداخت شد؟',
  'option.paid_as_agreed.fully': 'بله، به‌طور کامل',
  'option.paid_as_agreed.less': 'کمتر از توافق',
  'option.paid_as_agreed.not_at_all': 'اصلاً',
  'question.long_hours': 'آیا مجبور بودید ساعت‌های بسیار طولانی یا هر روز بدون استراحت کار کنید؟',
  'question.bad_conditions': 'آیا شرایط زندگی یا کار بسیار بد یا خطرناک بود؟',
  'question.free_to_leave': 'آیا می‌توانستید هر وقت خواستید کار را رها کنید و بروید؟',
  'question.working_off_debt':
    'آیا مجبور بودید برای پرداخت بدهی به کسانی که شما را آوردند یا استخدام کردند کار کنید؟',
  'question.documents_held': 'آیا اکنون کس دیگری گذرنامه یا کارت شناسایی شما را برخلاف میل‌تان نگه داشته است؟',
  'question.hurt_or_threatened': 'آیا کسانی که برایشان کار می‌کردید به شما آسیب زدند یا تهدیدتان کردند؟',
  'question.family_threatened':
    'آیا خانوادهٔ شما را تهدید کردند، یا تهدید کردند که چیزهایی دربارهٔ شما به خانواده یا جامعه‌تان بگویند؟',
  'question.sexual_acts': 'آیا مجبور شدید در ازای پول یا برای دیگران رابطهٔ جنسی یا کارهای جنسی انجام دهید؟',
  'question.police_threat': 'آیا به شما گفتند اگر بروید یا حرف بزنید پلیس شما را دستگیر یا اخراج می‌کند؟',
  'question.controlled_life': 'آیا آن‌ها تصمیم می‌گرفتند کجا زندگی کنید و غذا بخورید، یا با چه کسی حرف بزنید؟',
  'question.status_used_against': 'آیا از نداشتن مدارک شما برای کنترل‌تان استفاده کردند؟',
  'question.spoke_language': 'آیا در محل کار به زبان مردم اطرافتان صحبت می‌کردید؟',

  'question.violence_or_torture': 'آیا در خانه یا در راه خشونت یا شکنجه را تجربه کرده‌اید؟',
  'question.identity_risk': 'آیا به خاطر اینکه چه کسی هستید یا چه کسی را دوست دارید در خطر هستید؟',
  'question.afraid_to_return': 'آیا از بازگشت به کشورتان می‌ترسید؟',
  'question.notes': 'ارزیاب: هر چیز دیگری که متوجه شدید',
};

/** Dari: Persian as spoken in Afghanistan, where a few everyday words differ. */
export function dari(persian: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(persian).map(([key, text]) => [
      key,
      text
        .replaceAll('بله', 'بلی')
        .replaceAll('گذرنامه', 'پاسپورت')
        .replaceAll('کارت شناسایی', 'تذکره')
        .replaceAll('ساختمان‌سازی', 'کار ساختمانی')
        .replaceAll('کارخانه', 'فابریکه'),
    ]),
  );
}

export const PRS: Record<string, string> = dari(FA);
