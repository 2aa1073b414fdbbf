/** My account in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  account: {
    title: 'Llogaria ime',
    notificationEmail: 'Email për njoftime',
    notificationEmailHelp:
      'Veza ju njofton me email vetëm se diçka ju pret, kurrë se çfarë. Lëreni bosh nëse nuk dëshironi.',
    email: 'Adresa e email-it',
    profile: 'Profili',
    agency: 'Agjencia',
    roles: 'Rolet',
    jurisdiction: 'Juridiksioni',
    changePassword: 'Ndrysho fjalëkalimin',
    currentPassword: 'Fjalëkalimi aktual',
    newPassword: 'Fjalëkalimi i ri (të paktën 12 shenja)',
    passwordChanged: 'Fjalëkalimi u ndryshua. Të gjitha seancat tuaja përfunduan; hyni me fjalëkalimin e ri.',
    twoFactor: 'Faktori i dytë (aplikacion vërtetimi)',
    twoFactorOn: 'Aktiv. Kode rezervë të mbetura: {{count}}.',
    secondFactorRequired:
      'Roli juaj sheh viktima, prandaj llogaria juaj ka nevojë për një faktor të dytë para çdo gjëje tjetër. Vendosni më poshtë një aplikacion vërtetimi; deri atëherë nuk hapet asnjë faqe tjetër.',
    twoFactorOff: 'Joaktiv. Aktivizojeni për ta mbrojtur llogarinë me një kod nga telefoni.',
    enrol: 'Konfiguro një aplikacion vërtetimi',
    scan: 'Skanojeni këtë kod me aplikacionin e vërtetimit ose shkruajeni çelësin me dorë:',
    code: 'Kodi me gjashtë shifra',
    confirm: 'Konfirmo',
    recoveryCodes:
      'Kodet rezervë: ruajini në vend të sigurt. Secili vlen një herë nëse humbni telefonin. Shfaqen vetëm tani.',
    remove: 'Hiq faktorin e dytë',
    passwordToRemove: 'Fjalëkalimi juaj',
  },
};
