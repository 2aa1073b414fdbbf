/** Türkçe: görüşülen kişinin okuduğu ve duyduğu metinler. Ana dili Türkçe olan biri tarafından gözden geçirilmedi. */
export const TR: Record<string, string> = {
  title: 'Veza hızlı tarama',
  consent:
    'Adım kartımda yazıyor. Yolda olan insanların korunmasına yardım ediyorum. Size yolculuğunuz ve durumunuz hakkında birkaç soru sormak istiyorum. Yaklaşık 15 dakika sürer. Cevap vermek zorunda değilsiniz ve istediğiniz zaman durabilirsiniz; hayır demeniz burada aldığınız yardımı değiştirmez. Bana söyledikleriniz gizli tutulur ve ancak siz kabul ederseniz size yardım edebilecek hizmetlerle paylaşılır. Benimle konuşmayı kabul ediyor musunuz?',
  'answer.yes': 'Evet',
  'answer.no': 'Hayır',
  'answer.unknown': 'Bilmiyorum',

  'section.about': 'Sizin hakkınızda',
  'section.journey': 'Yolculuğunuz',
  'section.work': 'Yolda ve sonrasında çalışma',
  'section.protection': 'Güvenlik ve ihtiyaçlar',

  'question.age': 'Kaç yaşındasınız?',
  'question.appears_child': 'Görüşmeci: kişi çocuk (18 yaşından küçük) gibi görünüyor ya da davranıyor mu?',
  'question.with_guardian':
    'Anneniz, babanız ya da sizden sorumlu başka bir yetişkinle mi yolculuk ediyorsunuz?',
  'question.pregnant': 'Hamile misiniz?',
  'question.illness': 'Ciddi bir hastalığınız, yaralanmanız ya da engelliliğiniz var mı?',
  'question.alone_with_children': 'Çocuklarla yalnız mı yolculuk ediyorsunuz?',

  'question.why_left': 'Evinizden neden ayrıldınız?',
  'option.why_left.war_or_persecution': 'Savaş, şiddet ya da zulüm',
  'option.why_left.no_income': 'Geçimimi sağlayacak bir yol yoktu',
  'option.why_left.family_crisis': 'Ailede bir kriz',
  'option.why_left.sent_by_others': 'Gitmem gerektiğine başka biri karar verdi',
  'option.why_left.job_offer': 'Bana iş ya da eğitim teklif edildi',
  'option.why_left.other': 'Başka bir neden',
  'question.paid_smuggler': 'Sınırları geçmenize yardım etmesi için birine para ödediniz mi?',
  'question.owes_for_journey': 'Yolculuğunuz için hâlâ borcunuz var mı?',
  'question.organised_by_others':
    'Yolculuğunuzu başka biri mi ayarladı, ya da sizi şu an kaldığınız yere başka biri mi getirdi?',
  'question.promised': 'Yola çıkmadan önce size iş, eğitim, evlilik ya da belge sözü verildi mi?',
  'question.promise_kept': 'İş (ya da size söz verilen şey) size anlatıldığı gibi miydi?',
  'question.conditions_as_promised':
    'Ücret, çalışma saatleri ve yaşam koşulları size söz verildiği gibi miydi?',
  'question.papers_promised': 'Size belge ya da oturma izni ayarlanacağı sözü verildi mi?',
  'question.told_truth_about_journey': 'Size yolculuk ve nereye gittiğiniz hakkında doğru söylendi mi?',
  'question.forced_to_travel':
    'Yolculuğa zorlandınız mı, tehdit edildiniz mi ya da isteğiniz dışında mı götürüldünüz?',
  'question.hurt_on_journey': 'Yolculuk sırasında biri size zarar verdi mi?',
  'question.documents_taken_journey': 'Yolculuk sırasında biri pasaportunuzu ya da kimliğinizi aldı mı?',

  'question.worked':
    'Yolda ya da geldiğinizden beri çalıştınız mı, ya da biri için bir şeyler yapmak zorunda kaldınız mı?',
  'question.work_kind': 'Ne tür bir iş?',
  'option.work_kind.agriculture': 'Tarım',
  'option.work_kind.construction': 'İnşaat',
  'option.work_kind.domestic': 'Ev işi',
  'option.work_kind.factory': 'Fabrika',
  'option.work_kind.hospitality': 'Restoran, kafe ya da otel',
  'option.work_kind.begging': 'Dilencilik',
  'option.work_kind.crime': 'Başkaları için bir şey taşımak ya da satmak, ya da başka bir suç',
  'option.work_kind.other': 'Başka bir iş',
  'question.paid_as_agreed': 'Size anlaşılan ücret ödendi mi?',
  'option.paid_as_agreed.fully': 'Evet, tamamı',
  'option.paid_as_agreed.less': 'Anlaşılandan az',
  'option.paid_as_agreed.not_at_all': 'Hiç ödenmedi',
  'question.long_hours': 'Çok uzun saatler, ya da hiç dinlenmeden her gün çalışmak zorunda kaldınız mı?',
  'question.bad_conditions': 'Yaşam ya da çalışma koşulları çok kötü ya da tehlikeli miydi?',
  'question.free_to_leave': 'İstediğiniz zaman çalışmayı bırakıp ayrılabilir miydiniz?',
  'question.working_off_debt':
    'Sizi getirenlere ya da çalıştıranlara olan bir borcu ödemek için çalışmak zorunda kaldınız mı?',
  'question.documents_held':
    'Şu anda başka biri pasaportunuzu ya da kimliğinizi isteğiniz dışında tutuyor mu?',
  'question.hurt_or_threatened':
    'Yanında çalıştığınız kişiler size zarar verdi mi ya da sizi tehdit etti mi?',
  'question.family_threatened':
    'Ailenizi tehdit ettiler mi, ya da sizin hakkınızda ailenize veya çevrenize bir şeyler anlatmakla tehdit ettiler mi?',
  'question.sexual_acts':
    'Para için ya da başkaları için cinsel ilişkiye ya da cinsel eylemlere zorlandınız mı?',
  'question.police_threat':
    'Ayrılırsanız ya da konuşursanız polisin sizi tutuklayacağı ya da sınır dışı edeceği söylendi mi?',
  'question.controlled_life':
    'Nerede kalıp yemek yiyeceğinize ya da kiminle konuşabileceğinize onlar mı karar veriyordu?',
  'question.status_used_against': 'Belgelerinizin olmamasını sizi kontrol etmek için kullandılar mı?',
  'question.spoke_language': 'İş yerinde çevrenizdeki insanların dilini konuşabiliyor muydunuz?',

  'question.violence_or_torture': 'Evde ya da yolda şiddete veya işkenceye maruz kaldınız mı?',
  'question.identity_risk': 'Kim olduğunuz ya da kimi sevdiğiniz yüzünden tehlikede misiniz?',
  'question.afraid_to_return': 'Ülkenize geri dönmekten korkuyor musunuz?',
  'question.notes': 'Görüşmeci: fark ettiğiniz başka bir şey',
};
