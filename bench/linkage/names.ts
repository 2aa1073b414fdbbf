/**
 * Name pools for the linkage benchmark's generator: people of the region in their own orthography,
 * and migrants' names as one canonical form with the romanisations clerks actually write. Common
 * names come first; the generator draws them with a Zipf-like skew, as real registers have.
 */

import { seededRandom } from '@veza/core';

export type Origin =
  | 'bcms'
  | 'albanian'
  | 'macedonian'
  | 'afghan'
  | 'syrian'
  | 'pakistani'
  | 'moroccan'
  | 'bangladeshi'
  | 'iraqi'
  | 'iranian'
  | 'turkish';

/** A name and the spellings it is seen in; the first is the one used by the person's own papers. */
export type Spellings = readonly string[];

export interface NamePool {
  male: Spellings[];
  female: Spellings[];
  family: Spellings[];
  /** Nationality (ISO 3166) and the ones a person of this origin sometimes declares instead. */
  nationality: string;
  declaredInstead: readonly string[];
}

const one = (names: string): Spellings[] => names.split(' ').map((n) => [n]);
// Spellings of one name are separated by /, names by spaces; _ stands for a space within a name.
const many = (groups: string): Spellings[] =>
  groups.split(' ').map((g) => g.split('/').map((n) => n.replace(/_/g, ' ')));

// Arabic-script given names shared across the migrants' origins, with their usual romanisations.
const MUSLIM_MALE = many(
  'Mohammad/Muhammad/Mohammed/Mohamed/Muhamed/Mohamad/Mehmed Ahmad/Ahmed/Ahmet/Ahmad Ali/Aly Hassan/Hasan/Hassen Hussein/Husein/Hussain/Hossein/Husain Omar/Umar/Omer Abdullah/Abdulla/Abdalla/Abdallah Mahmoud/Mahmud/Mahmood Mustafa/Mostafa/Moustafa Khalid/Khaled/Halid Yusuf/Yousef/Youssef/Jusuf/Yousuf Ibrahim/Ebrahim/Ibrahem Ismail/Esmail/Ismajl Karim/Kareem/Karem Rashid/Rasheed/Rachid Said/Saeed/Sayed/Saied Tariq/Tarik/Tarek Bilal/Belal Hamza/Hamzah Imran/Emran Jawad/Javad/Dzavad Bashir/Basir/Beshir Nasir/Naser/Nasser Faisal/Faysal/Fejsal Anwar/Anvar/Enver Habib/Habeeb Jamal/Jamaal/Djamal Kamal/Kemal Majid/Majeed/Madzid Nabil/Nabeel Rahim/Raheem Salim/Saleem/Selim Samir/Sameer Walid/Waleed/Valid Zakaria/Zakariya/Zekerija Idris/Idrees/Edris Younes/Yunus/Junus Ayoub/Ayub/Ejub Adel/Adil/Adel Aziz/Azeez Farid/Fareed Hadi/Hady Jafar/Jaafar/Dzafer Latif/Lateef Mansour/Mansur/Mansoor Murad/Morad/Mourad Nadir/Nader Qasim/Kasim/Qasem/Kassem Reza/Riza/Rıza Sajjad/Sajad Shafiq/Shafik Wahid/Waheed/Vahid Zahir/Zaheer/Zaher',
);
const MUSLIM_FEMALE = many(
  'Fatima/Fatema/Fatma/Fatime Aisha/Ayesha/Aysha/Ajsa Maryam/Mariam/Meryem/Merjem Zainab/Zeynab/Zejneb/Zaynab Khadija/Khadijah/Hatidza/Hatixhe Amina/Aminah/Emine Sara/Sarah Nur/Noor/Nour Layla/Leila/Lejla/Laila Huda/Hoda Yasmin/Yasmeen/Jasmin Rania/Ranya Samira/Sameera Hana/Hanna/Hena Salma/Selma Zahra/Zehra/Zara Farah/Ferah Nadia/Nadja/Nadiya Shirin/Sherin/Sirin Parisa/Paresa Roya/Roja Malalai/Malalay',
);

export const POOLS: Record<Origin, NamePool> = {
  bcms: {
    male: one(
      'Marko Nikola Stefan Luka Milan Dragan Zoran Goran Nenad Dejan Aleksandar Miloš Bojan Ivan Vladimir Srđan Dušan Željko Predrag Nemanja Darko Saša Vuk Đorđe Mladen Dalibor Slobodan Radovan Boris Igor Mirsad Adnan Emir Haris Kenan Amar Tarik Edin Senad Jasmin Nermin Almir Elvir Damir Mirza Ćamil Mehmed Džemal Šefik Zlatko Branko Petar Jovan Filip Uroš Veljko Lazar Ognjen Dragoljub Živko Miodrag Ratko',
    ),
    female: one(
      'Jelena Milica Ana Marija Ivana Dragana Snežana Jovana Tijana Sanja Maja Nataša Biljana Gordana Vesna Amra Lejla Emina Selma Alma Aida Merima Ajla Nermina Džana Azra Mirela Branka Zorica Ljiljana Đurđa Katarina Teodora',
    ),
    family: one(
      'Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović Đukić Todorović Kovačević Babić Simić Lukić Perić Marić Vuković Hodžić Hadžić Begović Hasanović Mehmedović Delić Kovač Čolić Šarić Mujić Osmanović Ibrahimović Jusufović Suljić Ćosić Kapetanović Halilović Husić Alić Karić Radović Vujović Bulatović Đurović Šćepanović Lalić Kalezić Mugoša Vučinić Drašković Ristić Savić Mitrović Živković Tomić Janković Obradović Kostić Milić Vasić Radić Bošnjak Kurtović Pašić Softić Imamović Zukić Mahmutović Salihović Rizvanović Džafić Čaušević Šehić Hrnjić Ljubić',
    ),
    nationality: 'RS',
    declaredInstead: ['BA', 'ME'],
  },
  albanian: {
    male: one(
      'Arben Artan Besnik Blerim Dritan Fatmir Gëzim Ilir Kujtim Luan Mentor Naim Petrit Shkëlzen Valon Agron Bujar Driton Egzon Fisnik Gentian Hekuran Jeton Kreshnik Labinot Lulzim Mërgim Njazi Përparim Qëndrim Rrahman Skënder Taulant Urim Visar Xhevdet Ylber Zef Gjergj Gjon Ardit Erion Klodian Endrit Elton Florian Altin Besart Dardan Alban Armend Bekim Dukagjin Hysen Xhemal Ramadan Bajram Shpëtim',
    ),
    female: one(
      'Albana Arta Besa Blerta Drita Elira Fatbardha Flutura Genta Hana Ilirjana Jehona Kaltrina Lindita Mimoza Nora Pranvera Rina Shqipe Teuta Valbona Vjosa Zana Dhurata Edona Gresa Leonora Mirlinda Qëndresa Xhejlane Yllka Ardita Merita Luljeta',
    ),
    family: one(
      'Hoxha Krasniqi Gashi Berisha Shala Morina Bytyqi Kastrati Rama Kelmendi Hasani Ahmeti Mustafa Sadiku Osmani Beqiri Gjoka Kola Leka Prenga Marku Dushku Çela Lika Xhafa Basha Toska Meta Shehu Musliu Hyseni Zeneli Jashari Halimi Rexhepi Ismaili Bajrami Ramadani Sejdiu Latifi Hajdari Mehmeti Qerimi Thaçi Haradinaj Limaj Veseli Dervishi Shkodra Gjonaj Dedaj Ukaj Lulaj Kuqi Bardhi Zhuri Dibra Vata Dema',
    ),
    nationality: 'AL',
    declaredInstead: ['XK'],
  },
  macedonian: {
    male: one(
      'Aleksandar Goran Dejan Zoran Igor Darko Vlatko Toni Bojan Blagoja Trajče Kiril Metodija Ǵorǵi Gjorgji Nikola Stefan Filip Andrej Marjan Ljupčo Zlatko Dimitar Hristijan Kire Mitko Vasko Sašo Pece Riste Atanas Jovče Krste Naum Oliver Ilija',
    ),
    female: one(
      'Marija Elena Biljana Vesna Snežana Ana Ivana Katerina Aleksandra Jasmina Sanja Maja Simona Dragana Tanja Frosina Kalina Ljubica Natasha Verica Slavica Zorica',
    ),
    family: one(
      'Stojanovski Petrovski Nikolovski Jovanovski Trajkovski Dimitrovski Ristovski Georgievski Angelovski Kostovski Mitrevski Todorovski Stefanovski Ilievski Pavlovski Spasovski Ǵorǵievski Gjorgjievski Atanasovska Naumovski Krstevski Kiroski Veljanoski Siljanoski Talevski Taškovski Arsovski Velkovski Jankuloski Risteski Mladenovski Božinovski Trajanovski Blaževski Čalovski Ḱoseski Kocevski Zdravkovski Lazarevski Boškovski',
    ),
    nationality: 'MK',
    declaredInstead: [],
  },
  afghan: {
    male: [
      ...MUSLIM_MALE.slice(0, 8),
      ...many(
        'Abdul/Abdol Gul/Gol Noor/Nur Shah/Sha Zabihullah/Zabiullah/Zabihulla Hamid/Hameed Jawid/Javid/Javed/Dzavid Nasrullah/Nasrulla/Nasrallah Sayed/Said/Sajed Hekmatullah/Hikmatullah Farhad/Farhat Khan/Han Rahmatullah/Rahmatulla Naqibullah/Nakibullah Mirwais/Mirvais Ehsan/Ehsanullah/Ihsan Sohrab/Sohrap Najib/Najeeb/Nadzib Ahmadshah/Ahmad-Shah Bahram/Behram Samiullah/Samiulla Habibullah/Habibulla Asadullah/Asadulla Khalil/Kalil/Halil Qudratullah/Kudratullah Wali/Vali/Veli',
      ),
      ...MUSLIM_MALE.slice(8),
    ],
    female: [
      ...MUSLIM_FEMALE.slice(0, 6),
      ...many('Gulalai/Gulalay Nargis/Nargiz Freshta/Fereshta/Fereshteh Marzia/Marziya Sakina/Sekina'),
      ...MUSLIM_FEMALE.slice(6),
    ],
    family: many(
      'Ahmadi/Ahmedi/Ahmady Hussaini/Husseini/Hosseini/Husaini Rahimi/Rahimy Mohammadi/Muhammadi/Mohamadi/Muhamedi Karimi/Kareemi Noori/Nouri/Nuri Amiri/Amiry Hakimi/Hakimy Rezaei/Rezai/Rezaee Sultani/Soltani Jafari/Jaafari/Dzafari Haidari/Heidari/Hajdari Sharifi/Sherifi Azizi/Azizy Stanikzai/Stanekzai Popalzai/Popalzay Ahmadzai/Ahmadzay Yousufzai/Yusufzai/Jusufzai Safi/Safy Durrani/Durani Wardak/Vardak Kakar/Kaker Mohmand/Momand Ghani/Gani Sadat/Saadat Akbari/Akbary Naderi/Naderi Qaderi/Kaderi/Ghaderi Samadi/Samady Habibi/Habiby Zaheer/Zahir Nazari/Nazary Mirzaei/Mirzai Rasuli/Rasouli/Rasooli Mansoori/Mansouri/Mansuri Hamidi/Hamidy Barakzai/Barakzay Alokozai/Alikozai Niazi/Nijazi Khan/Han Zadran/Dzadran Mangal/Mengal Shinwari/Sinwari Afridi/Afredi Sahak/Sahaq Tokhi/Tohi Hotak/Hotaki Andar/Ander Ludin/Ludeen Massoud/Masood/Masud Omari/Umari Faizi/Faizy Qasemi/Kasemi/Ghasemi Yaqubi/Jakubi/Yakubi Wahidi/Vahidi Sediqi/Siddiqi/Sadiqi',
    ),
    nationality: 'AF',
    declaredInstead: ['IR', 'PK'],
  },
  syrian: {
    male: MUSLIM_MALE,
    female: MUSLIM_FEMALE,
    family: many(
      'Al-Hassan/Al_Hassan/Alhassan/El-Hasan Al-Ahmad/Al_Ahmad/Alahmad Al-Ali/Al_Ali/Alali Haddad/Hadad/Hadat Khalil/Halil/Khaleel Al-Khatib/Al_Khatib/Alkhatib/El_Hatib Shami/Chami/Sami Hamdan/Hamdane Darwish/Derwish/Dervis Al-Masri/Al_Masri/Elmasri Najjar/Nadjar/Najar Kassab/Qassab/Kasab Abbas/Abas Sabbagh/Sabag/Sabbag Aboud/Abboud/Abud Al-Hamoud/Al_Hamud/Alhamoud Suleiman/Sulaiman/Sulejman Ismail/Ismajl/Esmail Youssef/Yusuf/Jusuf Othman/Osman/Uthman Homsi/Humsi Halabi/Halaby Kurdi/Kurdy Hariri/Hariry Zoabi/Zoubi/Al-Zoubi Qabbani/Kabbani Jaber/Dzaber/Jabir Rifai/Rifaei Nasser/Naser/Nasir Mansour/Mansur Khoury/Khouri/Houri Saleh/Salih/Salah Hijazi/Hidzazi Tarabishi/Tarabichi Bitar/Bittar Shaheen/Shahin/Sahin Hamwi/Hamawi Idlibi/Idleby Deiri/Dayri Qassem/Kasem/Qasem Mardini/Mardiny Jumaa/Jouma/Dzuma',
    ),
    nationality: 'SY',
    declaredInstead: ['IQ', 'PS'],
  },
  pakistani: {
    male: [
      ...MUSLIM_MALE.slice(0, 6),
      ...many(
        'Imran/Emran Asif/Asef Waqas/Vakas Zeeshan/Zishan Usman/Osman/Usman Naveed/Navid Shahid/Sahid Kashif/Kasif Irfan/Erfan Adnan/Adnaan Fahad/Fahd Junaid/Dzunaid Shoaib/Soaib Danish/Danis Faisal/Fejsal Waseem/Wasim/Vasim Nadeem/Nadim Sohail/Suhail Arslan/Arsalan Raza/Reza Haider/Hajder/Haidar Zubair/Zubejr',
      ),
      ...MUSLIM_MALE.slice(6),
    ],
    female: MUSLIM_FEMALE,
    family: many(
      'Khan/Han Hussain/Husain/Hussein Ahmed/Ahmad Ali/Aly Butt/But Chaudhry/Chaudhary/Caudri Malik/Malek Qureshi/Kureshi/Qureshy Sheikh/Shaikh/Sejh Shah/Sah Raza/Riza Iqbal/Ikbal Akhtar/Ahtar Mirza/Mirsa Javed/Javaid/Dzaved Aslam/Aslem Rana/Ranna Abbasi/Abasi Bhatti/Bati Siddiqui/Sidiki/Siddiqi Anwar/Anvar Arain/Arajn Rehman/Rahman/Rehmen Gondal/Gondel Cheema/Chima Warraich/Varajch Bajwa/Badzva Gill/Gil Sandhu/Sandu Mughal/Mugal Niazi/Nijazi Yousaf/Yusuf/Jusuf Saleem/Salim Tariq/Tarik Nawaz/Navaz Rasheed/Rashid Afzal/Afsal Mehmood/Mahmood/Mahmud Farooq/Faruk/Farouk',
    ),
    nationality: 'PK',
    declaredInstead: ['AF', 'IN'],
  },
  moroccan: {
    male: many(
      'Mohamed/Mohammed/Muhamed/Mouhamed Youssef/Yusuf/Yousef Ayoub/Ajub/Ayub Hamza/Hamzah Anas/Enes Amine/Amin/Emin Mehdi/Mahdi Karim/Kerim Rachid/Rashid/Rasid Said/Saied Khalid/Khaled/Halid Hicham/Hisham/Hisam Nabil/Nebil Samir/Semir Abdelali/Abdelaali Abdelilah/Abdellah Soufiane/Sofiane/Sufjan Zakaria/Zakariya Othmane/Otman/Osman Reda/Rida Ilyas/Ilias/Iljas Badr/Bader Tarik/Tariq Walid/Oualid/Valid Ismail/Smail/Ismajl Adil/Adel Hassan/Hasan Omar/Umar Yassine/Yassin/Jasin Ibrahim/Brahim Noureddine/Nuredin/Nourdine',
    ),
    female: MUSLIM_FEMALE,
    family: many(
      'El_Amrani/El-Amrani/Elamrani Benali/Ben_Ali/Ben-Ali Alaoui/Alaui/Elalaoui Bennani/Benani Tazi/Tazy El_Idrissi/Idrissi/Elidrissi Berrada/Berada Chraibi/Sraibi Lahlou/Lahlu Bouzid/Bu_Zid/Bouzide Ouali/Wali/Uali Naciri/Nasiri Fassi/El_Fassi/Elfassi Benjelloun/Ben_Jelloun/Bendzelun Ait_Ali/Aitali/Ajtali Amrani/Amrany Haddou/Hadu Bakkali/Bakali El_Khatib/Elkhatib/El_Hatib Mansouri/Mansuri Ziani/Zijani Boukhari/Bukhari/Buhari Cherkaoui/Cherkaui/Serkaui Ouazzani/Wazzani/Vazani Rami/Rammi Saidi/Saiidi Hajji/Hadzi Kabbaj/Kabadz Tahiri/Tahiry Sabri/Sabry Jabri/Dzabri',
    ),
    nationality: 'MA',
    declaredInstead: ['DZ', 'SY', 'TN'],
  },
  bangladeshi: {
    male: many(
      'Mohammad/Mohammed/Md/Muhammad Abdul/Abdool Rahim/Rohim Karim/Korim Hossain/Hosen/Hussain Rahman/Rohman Islam/Islem Uddin/Udin/Uddeen Alam/Allam Hasan/Hassan Mizanur/Mizan Shafiqul/Safikul Aminul/Aminol Rafiqul/Rofikul Jahangir/Dzahangir Kamrul/Kamrol Mahbub/Mahboob Nurul/Noorul Sohel/Sohail Rubel/Rubbel Shakil/Sakil Imran/Emran Sumon/Shumon Liton/Litton Sajib/Sajeeb Rasel/Russel Masud/Masood Anisur/Anis Habibur/Habib',
    ),
    female: many(
      'Fatema/Fatima Nasrin/Nasreen Shirin/Sirin Rina/Reena Shahnaz/Sahnaz Taslima/Tasleema Rokeya/Rokeja Salma/Selma Jesmin/Jasmin Parvin/Parveen Nazma/Najma Rupa/Roopa',
    ),
    family: many(
      'Hossain/Hosen/Hussain Rahman/Rohman Islam/Islem Uddin/Udin Ahmed/Ahmad Miah/Mia/Mijah Alam/Allam Khan/Han Chowdhury/Chowdhuri/Caudhuri Sarker/Sarkar Begum/Begom Akter/Akhter/Aktar Sheikh/Shaikh Molla/Mollah Talukder/Talukdar Bhuiyan/Bhuiya/Bujan Mondal/Mandal Sikder/Sikdar Howlader/Haoladar Bepari/Beppari Khandaker/Khondoker Mridha/Mirdha Sardar/Sarder Biswas/Bisvas Karim/Korim Haque/Hoque/Hak Kabir/Kabeer Mahmud/Mahmood',
    ),
    nationality: 'BD',
    declaredInstead: ['IN'],
  },
  iraqi: {
    male: MUSLIM_MALE,
    female: MUSLIM_FEMALE,
    family: many(
      'Al-Jabouri/Al_Jaburi/Aljabouri Al-Obaidi/Al_Ubaidi/Alobaidi Al-Dulaimi/Al_Dulaimi/Aldulaimi Al-Tamimi/Al_Tamimi/Altamimi Al-Shammari/Al_Shammari/Alshamari Al-Azzawi/Al_Azawi Al-Rubaie/Al_Rubaiy/Alrubaie Al-Saadi/Al_Saadi/Alsaadi Barzani/Barzany Talabani/Talebani Kurdi/Kurdy Ahmed/Ahmad Hamad/Hammad Abdulrahman/Abdul_Rahman/Abdurahman Mahmoud/Mahmud Salih/Saleh Rasul/Rasool Amin/Emin Aziz/Azeez Faraj/Faradz Hussein/Husein/Hossein Karim/Kerim Mustafa/Mostafa Omar/Umar Qadir/Kadir/Kader Sabir/Saber Tahir/Taher Zebari/Zibari',
    ),
    nationality: 'IQ',
    declaredInstead: ['SY', 'IR'],
  },
  iranian: {
    male: [
      ...many(
        'Mohammad/Mohamad/Muhammad Ali/Aly Reza/Riza Hossein/Hosein/Husein Mehdi/Mahdi Amir/Emir Hamid/Hamed Saeed/Said/Sajid Javad/Jawad/Dzavad Majid/Madzid Mohsen/Mohsin Morteza/Mortaza Mostafa/Mustafa Ahmad/Ahmed Abbas/Abas Hassan/Hasan Omid/Umid Babak/Babek Behzad/Bezad Farhad/Ferhad Kaveh/Kave Arash/Aras Dariush/Daryush/Darius Siamak/Sijamak Navid/Naveed Pouya/Puya Milad/Meelad Payam/Pajam',
      ),
    ],
    female: many(
      'Fatemeh/Fatima/Fateme Zahra/Zehra Maryam/Mariam Narges/Nargis Sara/Sarah Leila/Lejla/Layla Parisa/Paresa Shirin/Sirin Neda/Nedaa Mina/Meena Azadeh/Azade Nazanin/Nazaneen Roya/Roja',
    ),
    family: many(
      'Mohammadi/Mohamadi/Muhammadi Hosseini/Hoseini/Husseini Ahmadi/Ahmedi Rezaei/Rezai/Rezaee Moradi/Muradi Karimi/Kerimi Jafari/Jafary/Dzafari Rahimi/Rahimy Heidari/Haidari/Hajdari Sadeghi/Sadeqi/Sadegi Hashemi/Hasemi Ghorbani/Qorbani/Gorbani Kazemi/Kazimi Abbasi/Abasi Sharifi/Sherifi Asadi/Asady Najafi/Nadzafi Salehi/Salihi Ebrahimi/Ibrahimi Bagheri/Baqeri/Bageri Mousavi/Musavi/Mousawi Soltani/Sultani Nouri/Noori/Nuri Yazdani/Jazdani Shirazi/Sirazi Tehrani/Tehrany Esfahani/Isfahani Tabrizi/Tabrezi Farahani/Ferahani Alavi/Alawi Zamani/Zemani Rostami/Rustami Akbari/Akbary',
    ),
    nationality: 'IR',
    declaredInstead: ['AF'],
  },
  turkish: {
    male: one(
      'Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Kemal Emre Burak Serkan Volkan Onur Cem Kaan Tolga Erkan Fatih',
    ),
    female: one('Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra'),
    family: one(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Bulut Keskin Ünal Tekin',
    ),
    nationality: 'TR',
    declaredInstead: ['SY'],
  },
};

/**
 * The usual ways one Arabic or Persian name is romanised differently: long vowels written double or
 * single, ou or u, q or k, kh or h, a final y or i.
 */
export function romanisations(name: string): string[] {
  const variants = new Set<string>([name]);
  const rules: [RegExp, string][] = [
    [/oo/g, 'u'],
    [/ou/g, 'u'],
    [/ee/g, 'i'],
    [/aa/g, 'a'],
    [/q/g, 'k'],
    [/kh/g, 'h'],
    [/i$/g, 'y'],
    [/([bdfjklmnprstz])\1/g, '$1'],
    [/u/g, 'o'],
  ];
  for (const [pattern, replacement] of rules) {
    const variant = name.replace(pattern, replacement);
    if (variant !== name) variants.add(variant);
    if (variants.size >= 3) break;
  }
  return [...variants];
}

const ARABIC_CONSONANTS = [
  'b',
  't',
  'd',
  'r',
  's',
  'sh',
  'k',
  'q',
  'l',
  'm',
  'n',
  'h',
  'f',
  'j',
  'z',
  'gh',
  'kh',
  'w',
  'y',
];
// Arabic name patterns over a three-consonant root (C1, C2, C3): Karim, Kassar, Maksur, Kasir...
const ARABIC_PATTERNS = ['1a2i3', '1a22a3', 'ma12u3', '1a2a3', '1u2a3', '1a2u3', '1i2a3', '1aa2i3'];

/**
 * Family names built the way each origin builds them, so that a benchmark of a million records has
 * the variety of real registers (thousands of family names per origin, not dozens): Arabic roots in
 * the usual patterns with the origin's prefixes and suffixes, or Slavic and Albanian stems with theirs.
 */
function arabicFamilies(seed: number, count: number, affixes: readonly string[]): Spellings[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const seen = new Set<string>();
  const out: Spellings[] = [];
  while (out.length < count) {
    const root = [pick(ARABIC_CONSONANTS), pick(ARABIC_CONSONANTS), pick(ARABIC_CONSONANTS)];
    let stem = pick(ARABIC_PATTERNS).replace(/[123]/g, (d) => root[Number(d) - 1]!);
    stem = stem.charAt(0).toUpperCase() + stem.slice(1);
    const affix = pick(affixes);
    const name = affix.startsWith('-') ? `${stem}${affix.slice(1)}` : `${affix}${stem}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(romanisations(name));
  }
  return out;
}

function slavicFamilies(
  seed: number,
  count: number,
  suffixes: readonly string[],
  letters: string,
): Spellings[] {
  const rnd = seededRandom(seed);
  const consonants = letters.split(' ');
  const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const seen = new Set<string>();
  const out: Spellings[] = [];
  while (out.length < count) {
    let stem = pick(consonants) + pick(vowels) + pick(consonants);
    if (rnd() < 0.5) stem += pick(vowels) + pick(consonants);
    stem = stem.charAt(0).toUpperCase() + stem.slice(1);
    const name = stem + pick(suffixes);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push([name]);
  }
  return out;
}

const FAMILIES_PER_ORIGIN = 4000;
POOLS.afghan.family.push(
  ...arabicFamilies(1, FAMILIES_PER_ORIGIN, ['-i', '-zai', '-khel', '-yar', '-zada', '']),
);
POOLS.iranian.family.push(
  ...arabicFamilies(2, FAMILIES_PER_ORIGIN, ['-i', '-zadeh', '-pour', '-nejad', '-ian']),
);
POOLS.syrian.family.push(...arabicFamilies(3, FAMILIES_PER_ORIGIN, ['Al-', 'Abu ', '-i', '', 'Al ']));
POOLS.iraqi.family.push(...arabicFamilies(4, FAMILIES_PER_ORIGIN, ['Al-', '-i', '', 'Al ']));
POOLS.moroccan.family.push(
  ...arabicFamilies(5, FAMILIES_PER_ORIGIN, ['El ', 'Ben ', 'Ait ', 'Bou', '-i', '']),
);
POOLS.pakistani.family.push(...arabicFamilies(6, FAMILIES_PER_ORIGIN, ['', '-i', '-uddin', '-ani']));
POOLS.bangladeshi.family.push(...arabicFamilies(7, FAMILIES_PER_ORIGIN, ['', '-uddin', '-ul', '-i']));
POOLS.turkish.family.push(
  ...slavicFamilies(
    8,
    FAMILIES_PER_ORIGIN,
    ['', 'oğlu', 'er', 'can', 'tekin'],
    'b c ç d g h k l m n r s ş t y z',
  ),
);
POOLS.bcms.family.push(
  ...slavicFamilies(
    9,
    FAMILIES_PER_ORIGIN,
    ['ović', 'ić', 'ević', 'ović', 'ac'],
    'b c č ć d đ g j k l lj m n nj p r s š t v z ž dž h',
  ),
);
POOLS.albanian.family.push(
  ...slavicFamilies(
    10,
    FAMILIES_PER_ORIGIN,
    ['aj', 'i', 'ja', 'ku', 'ni'],
    'b c ç d dh f g gj h j k l ll m n p q r rr s sh t th v x xh z zh',
  ),
);
POOLS.macedonian.family.push(
  ...slavicFamilies(
    11,
    FAMILIES_PER_ORIGIN,
    ['ovski', 'evski', 'oski', 'ski'],
    'b c č d ǵ g j k ḱ l lj m n nj p r s š t v z ž dž h',
  ),
);
