/**
 * The fictional demo region: agencies of all seven jurisdictions under their real, public names, and
 * invented contact points with names in each jurisdiction's language and script. Phone numbers and
 * e-mail addresses are made up (the e-mail domains end in .example). Never loaded in production.
 */
import type { AgencyType, Availability, Jurisdiction, SpokenLanguage } from '@veza/core';

export interface DemoContact {
  name: string;
  function: string;
  taskForce?: string;
  phone: string;
  email: string;
  languages: SpokenLanguage[];
  availability: Availability;
}

export interface DemoAgency {
  key: string;
  name: string;
  alternateName?: string;
  type: AgencyType;
  address: string;
  languages: SpokenLanguage[];
  contacts: DemoContact[];
}

const weekdays = (timeZone: string, opens = '08:00', closes = '16:00'): Availability => ({
  kind: 'office_hours',
  days: [1, 2, 3, 4, 5],
  opens,
  closes,
  timeZone,
});
const always: Availability = { kind: 'always' };

const AL_TZ = 'Europe/Tirane';
const BA_TZ = 'Europe/Sarajevo';
const XK_TZ = 'Europe/Belgrade';
const ME_TZ = 'Europe/Podgorica';
const MK_TZ = 'Europe/Skopje';
const RS_TZ = 'Europe/Belgrade';
const REG_TZ = 'Europe/Vienna';

export const DEMO_REGION: Record<Jurisdiction, DemoAgency[]> = {
  AL: [
    {
      key: 'prosecution',
      name: 'Prokuroria e Posaçme kundër Korrupsionit dhe Krimit të Organizuar',
      alternateName: 'Special Prosecution Office against Corruption and Organised Crime (SPAK)',
      type: 'prosecution',
      address: 'Rruga Jordan Misja, Tiranë',
      languages: ['sq', 'en'],
      contacts: [
        {
          name: 'Arben Hoxha',
          function: 'Prokuror, trafikimi i qenieve njerëzore',
          taskForce: 'Joint Action Task Force AL',
          phone: '+355 4 223 4501',
          email: 'a.hoxha@spak.demo.example',
          languages: ['sq', 'en', 'it'],
          availability: weekdays(AL_TZ),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Policia e Shtetit – Departamenti i Policisë Kufitare dhe Migracionit',
      alternateName: 'State Police – Border and Migration Police Department',
      type: 'border_police',
      address: 'Sheshi Skënderbej 3, Tiranë',
      languages: ['sq', 'en', 'el'],
      contacts: [
        {
          name: 'Gjergj Gjoni',
          function: 'Oficer kujdestar, Kakavijë',
          taskForce: 'Joint Action Task Force AL',
          phone: '+355 69 200 1101',
          email: 'kujdestari.kakavije@asp.demo.example',
          languages: ['sq', 'el', 'en'],
          availability: always,
        },
        {
          name: 'Mirela Shehu',
          function: 'Shefe e sektorit të migracionit të parregullt',
          phone: '+355 69 200 1102',
          email: 'm.shehu@asp.demo.example',
          languages: ['sq', 'en'],
          availability: weekdays(AL_TZ),
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Zyra e Koordinatorit Kombëtar kundër Trafikimit të Personave',
      alternateName: 'Office of the National Anti-Trafficking Coordinator',
      type: 'anti_trafficking_office',
      address: 'Ministria e Brendshme, Sheshi Skënderbej, Tiranë',
      languages: ['sq', 'en'],
      contacts: [
        {
          name: 'Elira Krasniqi',
          function: 'Koordinatore kombëtare kundër trafikimit',
          taskForce: 'Joint Action Task Force AL',
          phone: '+355 4 227 9100',
          email: 'e.krasniqi@mb.demo.example',
          languages: ['sq', 'en', 'fr'],
          availability: weekdays(AL_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Shërbimi Social Shtetëror',
      alternateName: 'State Social Service',
      type: 'social_welfare',
      address: 'Rruga e Kavajës, Tiranë',
      languages: ['sq'],
      contacts: [
        {
          name: 'Dorina Çela',
          function: 'Punonjëse sociale, mbrojtja e fëmijëve',
          phone: '+355 69 310 4420',
          email: 'd.cela@shss.demo.example',
          languages: ['sq', 'en'],
          availability: weekdays(AL_TZ),
        },
      ],
    },
    {
      key: 'ngo',
      name: 'Qendra “Strehë e Sigurt” (demo)',
      alternateName: 'Safe Shelter Centre',
      type: 'ngo',
      address: 'Rruga e Elbasanit, Tiranë',
      languages: ['sq', 'en', 'ar'],
      contacts: [
        {
          name: 'Blerina Dervishi',
          function: 'Menaxhere rasti, strehim për viktimat',
          phone: '+355 68 400 5510',
          email: 'b.dervishi@strehe.demo.example',
          languages: ['sq', 'en', 'ar'],
          availability: always,
        },
      ],
    },
  ],
  BA: [
    {
      key: 'prosecution',
      name: 'Tužilaštvo Bosne i Hercegovine',
      alternateName: 'Тужилаштво Босне и Херцеговине',
      type: 'prosecution',
      address: 'Kraljice Jelene 88, Sarajevo',
      languages: ['bs', 'hr', 'sr', 'en'],
      contacts: [
        {
          name: 'Dženan Mehić',
          function: 'Tužilac, Posebni odjel za organizovani kriminal',
          taskForce: 'Udarna grupa za borbu protiv trgovine ljudima',
          phone: '+387 33 707 100',
          email: 'd.mehic@tuzilastvo.demo.example',
          languages: ['bs', 'en', 'de'],
          availability: weekdays(BA_TZ),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Granična policija Bosne i Hercegovine',
      alternateName: 'Гранична полиција Босне и Херцеговине',
      type: 'border_police',
      address: 'Vojvode Radomira Putnika 10, Sarajevo',
      languages: ['bs', 'hr', 'sr', 'en'],
      contacts: [
        {
          name: 'Amra Hodžić',
          function: 'Dežurni operativni centar',
          taskForce: 'Joint Action Task Force BA',
          phone: '+387 33 755 300',
          email: 'oc@gp.demo.example',
          languages: ['bs', 'en', 'de'],
          availability: always,
        },
        {
          name: 'Ивана Ковачевић',
          function: 'Инспектор, Теренски центар Зворник',
          phone: '+387 56 210 455',
          email: 'i.kovacevic@gp.demo.example',
          languages: ['sr', 'en'],
          availability: weekdays(BA_TZ, '07:30', '15:30'),
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Ministarstvo sigurnosti – Državni koordinator za borbu protiv trgovine ljudima',
      alternateName: 'Ministry of Security – State Anti-Trafficking Coordinator',
      type: 'anti_trafficking_office',
      address: 'Trg BiH 1, Sarajevo',
      languages: ['bs', 'hr', 'sr', 'en'],
      contacts: [
        {
          name: 'Marija Jurić',
          function: 'Državna koordinatorica',
          taskForce: 'Joint Action Task Force BA',
          phone: '+387 33 213 600',
          email: 'm.juric@msb.demo.example',
          languages: ['hr', 'en', 'de'],
          availability: weekdays(BA_TZ),
        },
      ],
    },
    {
      key: 'police',
      name: 'Državna agencija za istrage i zaštitu (SIPA)',
      alternateName: 'State Investigation and Protection Agency',
      type: 'police',
      address: 'Kralja Petra I Karađorđevića 38, Istočno Sarajevo',
      languages: ['bs', 'sr', 'hr', 'en'],
      contacts: [
        {
          name: 'Немања Благојевић',
          function: 'Истражитељ, Одсјек за трговину људима',
          phone: '+387 57 320 811',
          email: 'n.blagojevic@sipa.demo.example',
          languages: ['sr', 'en'],
          availability: weekdays(BA_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Центар за социјални рад Бањалука',
      alternateName: 'Centar za socijalni rad Banjaluka',
      type: 'social_welfare',
      address: 'Јеврејска 4, Бањалука',
      languages: ['sr'],
      contacts: [
        {
          name: 'Снежана Томић',
          function: 'Социјални радник, заштита дјеце',
          phone: '+387 51 213 470',
          email: 's.tomic@csr-bl.demo.example',
          languages: ['sr'],
          availability: weekdays(BA_TZ),
        },
      ],
    },
  ],
  XK: [
    {
      key: 'prosecution',
      name: 'Prokuroria Speciale e Republikës së Kosovës',
      alternateName: 'Специјално тужилаштво',
      type: 'prosecution',
      address: 'Rruga Luan Haradinaj, Prishtinë',
      languages: ['sq', 'sr', 'en'],
      contacts: [
        {
          name: 'Ilir Krasniqi',
          function: 'Prokuror, krimi i organizuar',
          taskForce: 'Joint Action Task Force XK',
          phone: '+383 38 200 18 001',
          email: 'i.krasniqi@psrk.demo.example',
          languages: ['sq', 'en'],
          availability: weekdays(XK_TZ),
        },
      ],
    },
    {
      key: 'police',
      name: 'Policia e Kosovës – Drejtoria për Hetimin e Trafikimit me Njerëz',
      alternateName: 'Kosovo Police – Directorate for Investigation of Trafficking in Human Beings',
      type: 'police',
      address: 'Rruga Luan Haradinaj, Prishtinë',
      languages: ['sq', 'sr', 'en'],
      contacts: [
        {
          name: 'Drita Gashi',
          function: 'Hetuese, njësia kundër trafikimit',
          taskForce: 'Joint Action Task Force XK',
          phone: '+383 44 100 201',
          email: 'd.gashi@kp.demo.example',
          languages: ['sq', 'en', 'de'],
          availability: always,
        },
        {
          name: 'Милан Стојковић',
          function: 'Истражитељ, регионални одсек Митровица Север',
          phone: '+383 44 100 202',
          email: 'm.stojkovic@kp.demo.example',
          languages: ['sr', 'sq', 'en'],
          availability: weekdays(XK_TZ),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Policia Kufitare e Kosovës',
      alternateName: 'Kosovo Border Police',
      type: 'border_police',
      address: 'Prishtinë',
      languages: ['sq', 'sr', 'en'],
      contacts: [
        {
          name: 'Besnik Berisha',
          function: 'Oficer kujdestar, qendra operative',
          phone: '+383 44 100 300',
          email: 'qo@pk.demo.example',
          languages: ['sq', 'en'],
          availability: always,
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Ministria e Punëve të Brendshme – Koordinatori Kombëtar kundër Trafikimit me Njerëz',
      alternateName: 'Ministry of Internal Affairs – National Anti-Trafficking Coordinator',
      type: 'anti_trafficking_office',
      address: 'Rruga Luan Haradinaj, Prishtinë',
      languages: ['sq', 'sr', 'en'],
      contacts: [
        {
          name: 'Valbona Morina',
          function: 'Koordinatore kombëtare',
          taskForce: 'Joint Action Task Force XK',
          phone: '+383 38 200 19 100',
          email: 'v.morina@mpb.demo.example',
          languages: ['sq', 'en'],
          availability: weekdays(XK_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Qendra për Punë Sociale Prishtinë',
      alternateName: 'Центар за социјални рад Приштина',
      type: 'social_welfare',
      address: 'Prishtinë',
      languages: ['sq', 'sr'],
      contacts: [
        {
          name: 'Arta Hyseni',
          function: 'Punonjëse sociale, viktimat e trafikimit',
          phone: '+383 49 500 610',
          email: 'a.hyseni@qps.demo.example',
          languages: ['sq', 'en'],
          availability: weekdays(XK_TZ),
        },
      ],
    },
  ],
  ME: [
    {
      key: 'prosecution',
      name: 'Specijalno državno tužilaštvo',
      alternateName: 'Специјално државно тужилаштво',
      type: 'prosecution',
      address: 'Bulevar Svetog Petra Cetinjskog 7, Podgorica',
      languages: ['cnr', 'sr', 'en'],
      contacts: [
        {
          name: 'Đorđe Radović',
          function: 'Specijalni tužilac',
          taskForce: 'Joint Action Task Force ME',
          phone: '+382 20 240 100',
          email: 'dj.radovic@sdt.demo.example',
          languages: ['cnr', 'en', 'ru'],
          availability: weekdays(ME_TZ),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Uprava policije – Sektor granične policije',
      alternateName: 'Police Directorate – Border Police Sector',
      type: 'border_police',
      address: 'Bulevar Svetog Petra Cetinjskog 22, Podgorica',
      languages: ['cnr', 'sq', 'en'],
      contacts: [
        {
          name: 'Luka Ivanović',
          function: 'Dežurni, granični prelaz Božaj',
          taskForce: 'Joint Action Task Force ME',
          phone: '+382 67 180 200',
          email: 'bozaj@up.demo.example',
          languages: ['cnr', 'sq', 'en'],
          availability: always,
        },
      ],
    },
    {
      key: 'police',
      name: 'Uprava policije – Grupa za suzbijanje trgovine ljudima i krijumčarenja',
      alternateName: 'Police Directorate – Anti-Trafficking and Smuggling Group',
      type: 'police',
      address: 'Podgorica',
      languages: ['cnr', 'en'],
      contacts: [
        {
          name: 'Milica Vuković',
          function: 'Inspektorka',
          phone: '+382 67 180 311',
          email: 'm.vukovic@up.demo.example',
          languages: ['cnr', 'en', 'it'],
          availability: weekdays(ME_TZ),
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Kancelarija za borbu protiv trgovine ljudima',
      alternateName: 'Office for Combating Trafficking in Human Beings',
      type: 'anti_trafficking_office',
      address: 'Karađorđeva 4, Podgorica',
      languages: ['cnr', 'en'],
      contacts: [
        {
          name: 'Сњежана Бошковић',
          function: 'Национална координаторка',
          taskForce: 'Joint Action Task Force ME',
          phone: '+382 20 230 550',
          email: 's.boskovic@kancelarija.demo.example',
          languages: ['cnr', 'en', 'fr'],
          availability: weekdays(ME_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Centar za socijalni rad Podgorica',
      alternateName: 'Центар за социјални рад Подгорица',
      type: 'social_welfare',
      address: 'Podgorica',
      languages: ['cnr', 'sq'],
      contacts: [
        {
          name: 'Ana Šćepanović',
          function: 'Socijalna radnica, maloljetnici bez pratnje',
          phone: '+382 20 662 040',
          email: 'a.scepanovic@csr.demo.example',
          languages: ['cnr', 'en'],
          availability: weekdays(ME_TZ),
        },
      ],
    },
  ],
  MK: [
    {
      key: 'prosecution',
      name: 'Основно јавно обвинителство за гонење на организиран криминал и корупција',
      alternateName: 'Basic Public Prosecutor’s Office for Organised Crime and Corruption',
      type: 'prosecution',
      address: 'бул. Крсте Мисирков, Скопје',
      languages: ['mk', 'sq', 'en'],
      contacts: [
        {
          name: 'Билјана Трајковска',
          function: 'Јавен обвинител',
          taskForce: 'Национална единица за сузбивање на криумчарење мигранти и трговија со луѓе',
          phone: '+389 2 321 9800',
          email: 'b.trajkovska@jo.demo.example',
          languages: ['mk', 'en'],
          availability: weekdays(MK_TZ),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Министерство за внатрешни работи – Одделение за гранични работи и миграции',
      alternateName: 'Ministry of Interior – Department for Border Affairs and Migration',
      type: 'border_police',
      address: 'ул. Димче Мирчев, Скопје',
      languages: ['mk', 'sq', 'en', 'el'],
      contacts: [
        {
          name: 'Ѓорѓи Ѓорѓиевски',
          function: 'Дежурен офицер, Гевгелија',
          taskForce: 'Joint Action Task Force MK',
          phone: '+389 70 300 110',
          email: 'gevgelija@mvr.demo.example',
          languages: ['mk', 'el', 'en'],
          availability: always,
        },
        {
          name: 'Александар Стојановски',
          function: 'Командир, станица Табановце',
          phone: '+389 70 300 120',
          email: 'a.stojanovski@mvr.demo.example',
          languages: ['mk', 'sr', 'en'],
          availability: always,
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Национална комисија за борба против трговија со луѓе и илегална миграција',
      alternateName: 'National Commission for Combating Trafficking in Human Beings and Illegal Migration',
      type: 'anti_trafficking_office',
      address: 'Скопје',
      languages: ['mk', 'sq', 'en'],
      contacts: [
        {
          name: 'Марија Николовска',
          function: 'Национален известувач',
          taskForce: 'Joint Action Task Force MK',
          phone: '+389 2 314 2200',
          email: 'm.nikolovska@nk.demo.example',
          languages: ['mk', 'en', 'de'],
          availability: weekdays(MK_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Qendra për Punë Sociale Tetovë',
      alternateName: 'Центар за социјална работа Тетово',
      type: 'social_welfare',
      address: 'Tetovë',
      languages: ['sq', 'mk'],
      contacts: [
        {
          name: 'Ardian Rexhepi',
          function: 'Punonjës social, fëmijët e pashoqëruar',
          phone: '+389 44 330 210',
          email: 'a.rexhepi@qps-te.demo.example',
          languages: ['sq', 'mk', 'en', 'tr'],
          availability: weekdays(MK_TZ),
        },
      ],
    },
    {
      key: 'ngo',
      name: 'Здружение „Отворена порта“ (демо)',
      alternateName: 'Open Gate association',
      type: 'ngo',
      address: 'Скопје',
      languages: ['mk', 'en', 'fa', 'ar'],
      contacts: [
        {
          name: 'Елена Петрова',
          function: 'Теренска работничка, транзитен центар Винојуг',
          phone: '+389 71 440 550',
          email: 'e.petrova@portal.demo.example',
          languages: ['mk', 'en', 'fa'],
          availability: always,
        },
      ],
    },
  ],
  RS: [
    {
      key: 'prosecution',
      name: 'Тужилаштво за организовани криминал',
      alternateName: 'Tužilaštvo za organizovani kriminal',
      type: 'prosecution',
      address: 'Устаничка 29, Београд',
      languages: ['sr', 'en'],
      contacts: [
        {
          name: 'Јелена Петровић',
          function: 'Заменик тужиоца за организовани криминал',
          taskForce: 'Joint Action Task Force RS',
          phone: '+381 11 360 1200',
          email: 'j.petrovic@tok.demo.example',
          languages: ['sr', 'en'],
          availability: weekdays(RS_TZ, '07:30', '15:30'),
        },
      ],
    },
    {
      key: 'border_police',
      name: 'Управа граничне полиције',
      alternateName: 'Uprava granične policije',
      type: 'border_police',
      address: 'Булевар Михајла Пупина 2, Београд',
      languages: ['sr', 'en', 'hu'],
      contacts: [
        {
          name: 'Марко Ђорђевић',
          function: 'Руководилац оперативног центра',
          taskForce: 'Joint Action Task Force RS',
          phone: '+381 11 306 2000',
          email: 'm.djordjevic@ugp.demo.example',
          languages: ['sr', 'en', 'de'],
          availability: always,
        },
        {
          name: 'Милош Јовановић',
          function: 'Дежурни, гранични прелаз Прешево',
          phone: '+381 64 880 1100',
          email: 'presevo@ugp.demo.example',
          languages: ['sr', 'mk', 'en'],
          availability: always,
        },
      ],
    },
    {
      key: 'police',
      name: 'Служба за борбу против организованог криминала',
      alternateName: 'Service for Combating Organised Crime',
      type: 'police',
      address: 'Београд',
      languages: ['sr', 'en'],
      contacts: [
        {
          name: 'Ненад Стојановић',
          function: 'Начелник одељења за сузбијање трговине људима',
          phone: '+381 64 880 2200',
          email: 'n.stojanovic@sbpok.demo.example',
          languages: ['sr', 'en'],
          availability: weekdays(RS_TZ),
        },
      ],
    },
    {
      key: 'coordinator',
      name: 'Канцеларија за координацију активности у борби против трговине људима',
      alternateName: 'Office for the Coordination of Anti-Trafficking Activities',
      type: 'anti_trafficking_office',
      address: 'Кнеза Милоша 101, Београд',
      languages: ['sr', 'en'],
      contacts: [
        {
          name: 'Драгана Николић',
          function: 'Национални координатор за борбу против трговине људима',
          taskForce: 'Joint Action Task Force RS',
          phone: '+381 11 311 4455',
          email: 'd.nikolic@koordinator.demo.example',
          languages: ['sr', 'en', 'fr'],
          availability: weekdays(RS_TZ),
        },
      ],
    },
    {
      key: 'social',
      name: 'Центар за заштиту жртава трговине људима',
      alternateName: 'Centre for Protection of Victims of Trafficking',
      type: 'social_welfare',
      address: 'Београд',
      languages: ['sr', 'en'],
      contacts: [
        {
          name: 'Ивана Лазић',
          function: 'Стручни радник за идентификацију жртава',
          phone: '+381 63 700 8800',
          email: 'i.lazic@centarzztlj.demo.example',
          languages: ['sr', 'en', 'ar'],
          availability: always,
        },
      ],
    },
    {
      key: 'ministry',
      name: 'Комесаријат за избеглице и миграције',
      alternateName: 'Commissariat for Refugees and Migration',
      type: 'ministry',
      address: 'Народних хероја 4, Београд',
      languages: ['sr', 'en', 'fa', 'ar'],
      contacts: [
        {
          name: 'Стефан Илић',
          function: 'Управник прихватног центра Шид',
          phone: '+381 22 710 300',
          email: 's.ilic@kirs.demo.example',
          languages: ['sr', 'en'],
          availability: weekdays(RS_TZ, '08:00', '20:00'),
        },
      ],
    },
  ],
  REG: [
    {
      key: 'io',
      name: 'IOM Regional Office for South-Eastern Europe, Eastern Europe and Central Asia',
      alternateName: 'Regionalna kancelarija IOM',
      type: 'international_organisation',
      address: 'Vienna',
      languages: ['en', 'de', 'fr', 'ru'],
      contacts: [
        {
          name: 'Sofia Lindqvist',
          function: 'Regional counter-trafficking specialist',
          taskForce: 'WBJAST regional coordination',
          phone: '+43 1 581 2222',
          email: 's.lindqvist@iom.demo.example',
          languages: ['en', 'de', 'fr'],
          availability: weekdays(REG_TZ, '09:00', '17:00'),
        },
        {
          name: 'Ahmad Karimi',
          function: 'Regional protection officer, mixed migration',
          phone: '+43 1 581 2223',
          email: 'a.karimi@iom.demo.example',
          languages: ['en', 'fa', 'prs', 'ps', 'ar'],
          availability: weekdays(REG_TZ, '09:00', '17:00'),
        },
      ],
    },
    {
      key: 'wbjast',
      name: 'WBJAST – Western Balkans Joint Action against Smuggling of Migrants and Trafficking in Human Beings',
      alternateName: 'Zajednička akcija Zapadnog Balkana',
      type: 'international_organisation',
      address: 'Sarajevo',
      languages: ['en', 'bs', 'sq', 'mk'],
      contacts: [
        {
          name: 'Emina Softić',
          function: 'Project coordinator',
          taskForce: 'WBJAST regional coordination',
          phone: '+387 33 293 400',
          email: 'e.softic@wbjast.demo.example',
          languages: ['bs', 'en', 'de'],
          availability: weekdays(BA_TZ),
        },
      ],
    },
  ],
};

/** Which demo agency each role's account works at. */
export const DEMO_ROLE_AGENCY: Record<string, string> = {
  screener: 'border_police',
  caseworker: 'social',
  investigator: 'police',
  prosecutor: 'prosecution',
  coordinator: 'coordinator',
  analyst: 'coordinator',
  admin: 'coordinator',
};
