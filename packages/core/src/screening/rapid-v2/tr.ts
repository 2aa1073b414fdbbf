/** Türkçe: sürüm 2’nin eklediği veya değiştirdiği, görüşülen kişiye okunan metinler. Ana dili konuşan biri tarafından gözden geçirilmedi. */
import type { Dictionary } from '../build.ts';

export const TR: Dictionary = {
  'section.departure': 'Yola çıkmadan önce',
  'section.work': 'Çalışma ve başkalarının size zorla yaptırdıkları',
  'section.observations': 'Görüşmecinin gözlemleri',

  'question.age_doubt': 'Görüşmeci: Bu kişi 18 yaşından küçük olabilir mi?',
  'option.age_doubt.clearly_adult': 'Hayır, açıkça yetişkin',
  'option.age_doubt.possibly_child': 'Olabilir: şüphe var',
  'option.age_doubt.clearly_child': 'Evet, açıkça çocuk',
  'question.travelling_with': 'Kiminle yolculuk ediyorsunuz?',
  'option.travelling_with.parents': 'Annem ya da babamla, veya yasal vasimle',
  'option.travelling_with.relatives': 'Başka akrabalarla (amca, dayı, teyze, hala, ağabey, abla, kuzen)',
  'option.travelling_with.unrelated_adult':
    'Akrabam olmayan ama benden sorumlu olduğunu söyleyen bir yetişkinle',
  'option.travelling_with.group': 'Yolda olan başka insanlardan oluşan bir grupla',
  'option.travelling_with.alone': 'Kimseyle: yalnızım',

  'question.stage': 'Yolculuğunuzun neresindesiniz?',
  'option.stage.not_left': 'Henüz yola çıkmadım, ya da burada yaşıyorum',
  'option.stage.on_the_way': 'Yoldayım',
  'option.stage.arrived': 'Gitmek istediğim yere vardım',
  'option.stage.returned': 'Eve geri döndüm',
  'question.why_left': 'Evinizden neden ayrıldınız (ya da neden ayrılmak istiyorsunuz)?',
  'option.why_left.marriage': 'Evlilik',
  'question.recruited_by': 'Gitmenizi kim önerdi ya da ayarladı?',
  'option.recruited_by.nobody': 'Kimse: kendim karar verdim ve her şeyi kendim ayarladım',
  'option.recruited_by.partner': 'Erkek arkadaşım, kız arkadaşım, kocam ya da karım',
  'option.recruited_by.family': 'Ailemden biri',
  'option.recruited_by.friend': 'Bir arkadaşım ya da tanıdığım biri',
  'option.recruited_by.agency': 'Bir ajans ya da iş bulma aracısı',
  'option.recruited_by.employer': 'İşveren',
  'option.recruited_by.stranger': 'Tesadüfen ya da internette tanıştığım biri',
  'question.offered': 'Size başka bir yerde iş, eğitim, evlilik ya da daha iyi bir hayat vaat edildi mi?',
  'question.offer_details_known':
    'İşverenin ya da okulun adını ve adresini, işin ya da eğitimin ne olduğunu biliyor musunuz?',
  'question.offer_true': 'İş (ya da size vaat edilen şey) size anlatıldığı gibi miydi?',
  'question.conditions_true': 'Ücret, çalışma saatleri ve yaşam koşulları size vaat edildiği gibi miydi?',
  'question.papers_received': 'O belgeleri aldınız mı?',
  'question.travel_paid_by_recruiter':
    'Aracı ya da işveren yol masrafınızı, daha sonra çalışarak geri ödemeniz için ödedi mi?',
  'question.documents_asked_for':
    'Aracı ya da işveren pasaportunuzu veya kimliğinizi saklamak için kendisine vermenizi istedi mi?',
  'question.payment_to_family':
    'Gitmeniz için ailenize, ya da sizden sorumlu birine, para veya hediye verildi mi?',
  'question.handed_over': 'Yolda bir kişiden ya da gruptan diğerine teslim edildiniz ya da satıldınız mı?',
  'question.held_captive': 'Yolda, ayrılamayacağınız bir yerde tutuldunuz mu?',
  'question.forced_or_threatened':
    'Biri sizi yolculuk etmeye, çalışmaya ya da istemediğiniz şeyleri yapmaya zorladı ya da tehdit etti mi?',
  'question.sexual_violence': 'Yolda biri sizi cinsel eylemlere zorladı mı?',
  'question.sex_for_others_gain':
    'Yolculuğun ya da bir borcun bedelini ödemek, ya da başka birinin para kazanması için cinsel ilişkiye veya cinsel eylemlere zorlandınız mı?',
  'question.documents_taken': 'Biri pasaportunuzu ya da kimliğinizi alıp elinde tuttu mu?',

  'question.worked':
    'Burada, yolda ya da geldiğinizden beri çalıştınız mı, ya da başkaları için bir şey yapmak zorunda kaldınız mı (iş, dilencilik, hırsızlık, seks)?',
  'question.work_kind': 'Ne yapmak zorundaydınız?',
  'option.work_kind.begging': 'Dilencilik, para başkalarına gidiyordu',
  'option.work_kind.crime': 'Hırsızlık, uyuşturucu satmak ya da başkaları için bir şeyler taşımak',
  'option.work_kind.sex': 'Başkalarının kazanç sağladığı seks ya da cinsel eylemler',
  'question.hours_per_day': 'Günde genellikle kaç saat çalışıyordunuz?',
  'question.days_off': 'Her hafta en az bir gün izniniz var mıydı?',
  'question.paid': 'Size nasıl ödeme yapılıyordu?',
  'option.paid.as_agreed': 'Anlaşıldığı kadar, ve adildi',
  'option.paid.less_than_agreed': 'Anlaşılandan daha az',
  'option.paid.far_below_wage': 'Asgari ücretten ya da aynı işi yapanlardan çok daha az',
  'option.paid.not_at_all': 'Hiç',
  'option.paid.to_someone_else': 'Parayı başka biri alıyordu',
  'question.lives_where_employer_says':
    'Nerede kalıp ne yiyeceğinize ya da kiminle konuşabileceğinize onlar mı karar veriyordu?',
  'question.live_in_household': 'Çalıştığınız evde, dışarı çıkmakta özgür olmadan mı yaşıyordunuz?',
  'question.degrading_conditions': 'Yaşam ya da çalışma koşulları çok kötü ya da tehlikeli miydi?',
  'question.hurt_at_work': 'Yanında çalıştığınız kişiler sizi yaraladı ya da tehdit etti mi?',
  'question.child_sex_for_money':
    'Para, yemek, kalacak bir yer için ya da yolculuğa devam edebilmek için cinsel ilişkiye veya cinsel eylemlere girmek zorunda kaldın mı?',
  'question.child_work_instead_of_school': 'Okula gitmek yerine ya da geceleri çalışmak zorunda mısın?',
  'question.forced_marriage': 'Biri sizi isteğiniz dışında evlendirdi mi, ya da evlilik için söz verdi mi?',
  'question.organ_removal':
    'Biri sizi para için ya da bir borcu ödemek için böbreğinizi ya da vücudunuzun başka bir parçasını vermeye zorladı ya da baskı yaptı mı?',
  'question.baby_for_others':
    'Biri sizi bir bebekten vazgeçmeye, onu satmaya ya da başkalarına vermeye zorladı ya da baskı yaptı mı?',
  'question.surrogacy': 'Biri sizi hamile kalıp başkaları için bebek taşımaya zorladı ya da baskı yaptı mı?',

  'question.obs_someone_answers':
    'Görüşmeci: Kişinin yerine başka biri mi cevap verdi, ya da kişinin sizinle yalnız konuşmasına izin vermedi mi?',
  'question.obs_afraid_of_companion':
    'Görüşmeci: Kişi yanındaki birinden korkuyor gibi miydi, ya da cevap vermeden önce ona mı bakıyordu?',
  'question.obs_rehearsed':
    'Görüşmeci: Anlatılan hikâye ezberlenmiş gibi mi, ya da gruptaki diğerlerininkiyle kelimesi kelimesine aynı mıydı?',
  'question.obs_documents_held_by_other': 'Görüşmeci: Kişinin belgelerini başka biri mi tutuyor?',
  'question.obs_unaware_of_whereabouts':
    'Görüşmeci: Kişi yaşadığı ya da çalıştığı yerin adresini, ya da şu an nerede olduğunu bilmiyor mu?',
  'question.obs_injuries':
    'Görüşmeci: Yaralanmalar, ya da ihmal, açlık veya uykusuzluk belirtileri görüyor musunuz?',
};
