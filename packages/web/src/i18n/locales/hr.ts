/**
 * Hrvatski: the Serbian text (sr-Latn.ts) with the words where Croatian differs, so that the rest
 * cannot drift apart.
 */
import { withChanges } from './derive.ts';
import { srLatn } from './sr-Latn.ts';

export const hr = withChanges(srLatn, {
  app: {
    menu: 'Izbornik',
    tagline: 'Regionalna suradnja u borbi protiv krijumčarenja migranata i trgovine ljudima',
    demoBanner: 'Ovo je demonstracijska regija: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    screening: 'Probir',
    requests: 'Zahtjevi',
    audit: 'Revizijski zapisnik',
    account: 'Moj račun',
  },
  coming: {
    body: 'Ovaj dio Veze je u izradi. Ovdje se još ništa ne bilježi, a ništa što radite na drugim mjestima se zbog toga ne gubi.',
    screening:
      'Probir osoba u mješovitim migracijskim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, s upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Nacionalnom referalnom mehanizmu: identifikacija, razdoblje oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
    hits: 'Provjera pogodak/nema pogotka između jurisdikcija na kodiranim podacima koji čuvaju privatnost.',
    requests:
      'Sigurni operativni zahtjevi između agencija, s oznakama postupanja, rokovima i potvrdama prijema.',
  },
  common: {
    save: 'Spremi',
    cancel: 'Odustani',
    edit: 'Uredi',
    delete: 'Izbriši',
    search: 'Traži',
    retry: 'Pokušaj ponovno',
    conflict:
      'Netko drugi je izmijenio ovaj zapis otkako ste ga otvorili. Ponovno ga učitajte da vidite izmjenu, pa primijenite svoju.',
    reload: 'Ponovno učitaj',
    loadMore: 'Prikaži više',
    saved: 'Spremljeno.',
    required: 'Obvezno',
  },
  signIn: {
    tooMany: 'Previše neuspješnih pokušaja. Pričekajte {{seconds}} sekundi i pokušajte ponovno.',
    sessionEnded: 'Vaša sesija je istekla. Ponovno se prijavite.',
  },
  roles: {
    screener: 'Službenik za probir',
    prosecutor: 'Tužitelj',
  },
  jurisdictions: {
    MK: 'Sjeverna Makedonija',
  },
  agencyTypes: {
    prosecution: 'Državno odvjetništvo',
    social_welfare: 'Socijalna skrb',
    ngo: 'Udruga civilnog društva',
  },
  availability: {
    officeHours: 'Radno vrijeme',
  },
  directory: {
    intro:
      'Sve operativne skupine, agencije i kontakt osobe u regiji. Pretražujte po imenu na bilo kojem pismu.',
    language: 'Jezik kojim govori',
    noResults: 'Nema rezultata. Pokušajte s manje riječi ili drugim načinom pisanja.',
    taskForce: 'Operativna skupina',
    email: 'E-mail',
    editAgency: 'Uredi agenciju',
    editContact: 'Izmijeni kontakt osobu',
    backToDirectory: 'Natrag na imenik',
    officeHoursLabel: 'Radno vrijeme',
  },
  audit: {
    title: 'Revizijski zapisnik',
    intro:
      'Svaka prijava, izmjena i uvid u osobne podatke u vašoj jurisdikciji, u lancu koji otkriva svaku izmjenu.',
    time: 'Vrijeme',
    forbidden: 'Revizijski zapisnik mogu čitati samo administratori i koordinatori.',
    actions: {
      password_change: 'Promjena lozinke',
      create: 'Stvoreno',
      update: 'Izmijenjeno',
      settings: 'Postavke',
    },
    outcomes: {
      success: 'Uspješno',
      failure: 'Neuspješno',
    },
  },
  account: {
    title: 'Moj račun',
    notificationEmail: 'E-pošta za obavijesti',
    notificationEmailHelp:
      'Veza vam e-poštom javlja samo da vas nešto čeka, nikada što. Ostavite prazno ako ne želite.',
    changePassword: 'Promjena lozinke',
    passwordChanged: 'Lozinka je promijenjena. Sve vaše sesije su završene; prijavite se novom lozinkom.',
    twoFactorOff: 'Isključen. Uključite ga kako biste račun zaštitili kodom s telefona.',
    enrol: 'Postavi aplikaciju za autentifikaciju',
    code: 'Šesteroznamenkasti kod',
    recoveryCodes:
      'Rezervni kodovi: čuvajte ih na sigurnom. Svaki vrijedi jednom ako izgubite telefon. Prikazuju se samo sada.',
  },
  users: {
    create: 'Stvori korisnika',
    enable: 'Ponovno omogući',
    created: 'Korisnik {{username}} je stvoren.',
  },
  cases: {
    perpetratorRoleNames: {
      TravellingPartner: 'Suputnik',
      Transporter: 'Prijevoznik',
      ControlledIndividual: 'Kontrolirao/la osobu',
      Exploiter: 'Izrabljivač',
    },
    editCase: 'Uredi predmet',
    modusOperandi: 'Način počinjenja',
    empty: 'Nema odgovarajućih predmeta.',
    statuses: {
      prosecuted: 'Podignuta optužnica',
    },
    mo: {
      foot_crossing_guided: 'Vođeni prelazak pješke',
      forged_documents: 'Krivotvoreni dokumenti',
      fraudulently_obtained_documents: 'Prijevarom pribavljeni dokumenti',
      informal_money_transfer: 'Neformalni prijenos novca',
    },
    exploitationTypes: {
      ForcedLabour: 'Prisilni rad',
      ForcedMarriage: 'Prisilni brak',
      ForcedBegging: 'Prisilno prosjačenje',
      ForcedCriminality: 'Prisila na počinjenje kaznenih djela',
    },
    roles: {
      suspect: 'Osumnjičenik',
      witness: 'Svjedok',
    },
    perpetratorRoles: 'Uloga u kaznenom djelu (HTCDS)',
    presumed: 'Datum je podrazumijevani pri registraciji (1. januar)',
    editRoute: 'Uredi rutu',
    addLeg: 'Dodaj dionicu',
    removeLeg: 'Ukloni ovu dionicu',
    leg: 'Dionica {{n}}',
    fromPlace: 'Od (mjesto)',
    toPlace: 'Do (mjesto)',
    transports: {
      foot: 'Pješke',
      train: 'Vlak',
    },
    nobody: 'Niko nije zabilježen',
    noRoute: 'Ruta još nije zabilježena.',
    noPeople: 'Još niko nije zabilježen.',
    noVehicles: 'Još nema zabilježenih vozila.',
    prosecutedOn: 'Optužnica podignuta',
    eventTypes: {
      Exploitation: 'Iskorištavanje',
    },
    place: 'Mjesto',
    noEvents: 'Još nema zabilježenih događaja.',
  },
  search: {
    label: 'Pretraživanje osoba, telefona, dokumenata i registracija',
    placeholder: 'Ime na bilo kojem pismu, telefon, broj dokumenta ili registracija',
    title: 'Pretraživanje',
    reasons: {
      plate: 'registracija',
    },
  },
  hits: {
    intro:
      'Druga jurisdikcija ima nešto o jednoj od vaših osoba. Evo koga da pitate; što piše u njihovom zapisu ostaje kod njih dok to ne podijele.',
    evidence: 'Što se poklapa',
    confirm: 'Potvrđeno nakon razmjene',
    bands: {
      probable: 'Vjerojatan pogodak',
    },
    evidenceKinds: {
      plate: 'registarska pločica',
    },
  },
  requests: {
    title: 'Zahtjevi',
    compose: 'Novi zahtjev',
    dashboardIntro:
      'Zahtjevi koje je vaša jurisdikcija poslala i primila, po mjesecu i partneru: koliko ih je otvoreno, u kašnjenju i odgovoreno, i koliko su trajali potvrda i odgovor.',
    filters: 'Filtriranje zahtjeva',
    none: 'Ovdje nema zahtjeva.',
    wholeAgency: 'Agencija u cjelini',
    sentAt: 'Poslano',
    linkKinds: {
      screening: 'Probir',
    },
    followsHit: 'Ovaj zahtjev prati pogodak: pogodak je povezan, a pita se druga agencija.',
    refersScreening:
      'Ovaj zahtjev upućuje osobu s probira: probir je povezan i agencija kojoj se upućuje može ga otvoriti.',
    saveDraft: 'Spremi kao nacrt',
    timeline: 'Tijek statusa',
    answers: 'Ovaj odgovor odgovara na zahtjev',
    shareFields: 'Podijeli polja zapisa',
    shared: 'Podijeljeno',
    sharedBy: 'Podijelio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    forwardedBy: 'Proslijedio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    notForwardable: 'H2: ne prosljeđuje se bez dozvole vlasnika',
    picker: {
      pick: 'Odaberi',
    },
    share: {
      title: 'Podijeli polja zapisa',
      another: 'Odaberi drugi zapis',
      fields: 'Polja koja se dijele',
    },
    forward: {
      title: 'Proslijedi drugoj agenciji',
      shares: 'Podeljeni zapisi koji se prosljeđuju',
      submit: 'Proslijedi',
    },
    actions: {
      reopen: 'Ponovno otvori',
      forward: 'Proslijedi',
    },
    types: {
      information_request: 'Zahtjev za informacije',
      joint_action_proposal: 'Prijedlog zajedničke akcije',
      victim_referral: 'Upućivanje ili premještanje žrtve',
    },
    priorities: {
      normal: 'Uobičajen',
    },
    statuses: {
      sent: 'Poslan',
    },
    events: {
      sent: 'Poslan',
      shared: 'Polja podijeljena',
      reopened: 'Ponovno otvoren',
      forwarded: 'Proslijeđen',
    },
    handlingCodes: {
      H0: 'za svaku svrhu provođenja zakona',
      H2: 'ne prosljeđuje se bez dozvole',
    },
    fields: {
      sex: 'Spol',
      socialHandles: 'Računi na društvenim mrežama',
    },
    fromMonth: 'Od mjeseca',
    toMonth: 'Do mjeseca',
    month: 'Mjesec',
    direction: 'Smjer',
    sentCount: 'Poslano',
  },
  screening: {
    title: 'Probir',
    pathways: 'Putovi upućivanja',
    pathwaysIntro:
      'Koja agencija vaše jurisdikcije pruža svaku mjeru koju probir preporučuje. Ispitivači to vide u rezultatu i tamo upućuju osobu.',
    action: 'Mjera',
    contactFor: 'Kontaktna točka za: {{action}}',
    createPerson: 'Izradi zapis o osobi',
    presumedBirthYear: 'Godina rođenja pretpostavljena prema navedenoj dobi: {{year}}',
    instruments: 'Instrumenti za probir',
    againstVersion: 'Izmjene u odnosu na objavljenu verziju {{version}}:',
    noChanges: 'Ništa se ne mijenja.',
    published: 'Objavljeno u {{time}}. Već provedeni probiri zadržavaju svoju verziju.',
    changes: {
      added: 'dodano',
      changed: 'izmijenjeno',
    },
    newScreening: 'Novi probir',
    none: 'Još nema probira.',
    waiting_one: '{{count}} probir čeka da bude poslan',
    waiting_few: '{{count}} probira čekaju da budu poslani',
    waiting_other: '{{count}} probira čeka da bude poslano',
    by: 'Tko',
    screeningOf: 'Probir od {{date}}',
    unreviewed: 'neprovjeren prevod',
    noInstrument: 'Za vašu jurisdikciju nije objavljen instrument za probir.',
    place: 'Mjesto (nije obavezno)',
    start: 'Započni',
    declinedText: 'O osobi ništa nije zabilježeno; samo to da je neko odbio.',
    backToList: 'Nazad na probire',
    saving: 'Spremanje…',
    saved: 'Spremljeno.',
    waitingToSync: 'Spremljeno na ovom uređaju; biće poslano kada se mreža vrati.',
    finish: 'Pogledaj rezultat',
    progress: 'Odjeljak {{current}} od {{total}}',
    actions: 'Preporučene mjere',
  },
  notifications: {
    title: 'Obavijesti',
    unread_one: '{{count}} nepročitana obavijest',
    unread_few: '{{count}} nepročitane obavijesti',
    unread_other: '{{count}} nepročitanih obavijesti',
    seeHit: 'pogledajte koga pitati',
    kinds: {
      request_received: 'Novi zahtjev',
      urgent_alert: 'HITAN zahtjev',
      request_acknowledged: 'Prijem vašeg zahtjeva je potvrđen',
      request_answered: 'Na vaš zahtjev je odgovoreno',
      request_closed: 'Zahtjev je zatvoren',
      request_reopened: 'Zahtjev je ponovno otvoren',
    },
  },
  person: {
    duplicates: {
      bands: {
        strong: 'Snažno podudaranje',
        probable: 'Vjerojatno podudaranje',
        possible: 'Moguće podudaranje',
      },
      bandMeaning: {
        strong: 'Gotovo uvijek ista osoba.',
        probable: 'Većina takvih parova je ista osoba: provjerite prije spajanja.',
        possible: 'Često imenjak ili srodnik: pažljivo usporedite zapise.',
      },
      probability: '{{value}} vjerojatno ista osoba',
      why: 'Zašto: što svako polje dodaje ili oduzima',
      level: 'Usporedba',
      prior: 'Prije usporedbe',
      fields: {
        sex: 'Spol',
      },
      levels: {
        partial: 'dio drugog',
        day_month_swapped: 'zamijenjeni dan i mjesec',
        one_part_differs: 'razlikuje se jedan dio (pogreška u pisanju)',
      },
    },
    purposeHint: 'Razlog se upisuje u revizijski zapisnik.',
    sex: 'Spol',
    presumed: 'podrazumijevani pri registraciji',
    documents: 'Dokumenti',
    edit: 'Uredi zapis',
    addDocument: 'Dodaj ispravu',
    documentType: 'Vrsta isprave',
    documentTypes: {
      passport: 'Putovnica',
      id_card: 'Osobna iskaznica',
      asylum_card: 'Iskaznica tražitelja azila',
    },
  },
  validation: {
    not_a_date: 'Ovaj dan ne postoji u kalendaru: provjerite dan i mjesec.',
    too_early: 'Datum prije 1900. ovdje nije vjerojatan.',
    too_late: 'Datum poslije 2100. ovdje nije vjerojatan.',
    arrives_before_departs: 'Dolazak ne može biti prije polaska.',
    unknown_country: 'Odaberite državu s popisa.',
    invalid: 'Ova vrijednost ovdje nije ispravna.',
  },
  imports: {
    warnings_one: '{{count}} redak uvezen s nečim spremljenim kako je napisano',
    warnings_few: '{{count}} retka uvezena s nečim spremljenim kako je napisano',
    warnings_other: '{{count}} redaka uvezeno s nečim spremljenim kako je napisano',
    noSourceKey: 'Nijedan: svaki se red prepoznaje po sadržaju',
    attachCase: 'Dodaj osobe u predmet (nije obvezno)',
    inNoCase:
      'Osobe neće pripadati nijednom predmetu: mogu se naći pretraživanjem i poslije dodati u predmete.',
    checkedReport:
      'Samo provjera: od {{rows}} redaka, {{valid}} se može uvesti ({{already}} od njih je već uvezeno), {{rejected}} bi bilo odbijeno.',
    attached_one: '{{count}} osoba dodana u predmet',
    attached_few: '{{count}} osobe dodane u predmet',
    attached_other: '{{count}} osoba dodano u predmet',
    intro:
      'Iz tablice koju vodi vaša jedinica (CSV ili XLSX). Svaki se redak provjerava prije nego što se išta spremi.',
    open: 'Uvezi osobe iz tablice',
    preview: 'Prvi retci datoteke {{name}} (ukupno redaka: {{count}})',
    mapping: 'Koji stupac sadrži što',
    sourceKey: 'Oznaka retka (omogućuje siguran ponovni uvoz)',
    documentNumber: 'Broj isprave',
    documentCountry: 'Ispravu izdala (kod države)',
    iso: 'Najprije godina (2007-01-31)',
    dayFirst: 'Najprije dan (31.01.2007)',
    check: 'Provjeri sve retke',
    skipBad: 'Uvezi ispravne retke i ako su neki odbijeni',
    cancel: 'Odustani od uvoza',
    progress: '{{done}} od {{total}} redaka',
    report: 'Redaka: {{rows}}; uvezeno {{created}}, već uvezeno {{already}}, odbijeno {{rejected}}.',
    rejected: 'Odbijeni retci',
    line: 'Redak {{line}}',
    refused: 'Ništa nije uvezeno: ispravite odbijene retke ili uvezite samo ispravne.',
    checked: 'Provjereno: ništa nije spremljeno.',
  },
  matchingModel: {
    open: 'Model usporedbe u pretrazi duplikata',
    title: 'Model usporedbe',
    intro:
      'Kako pretraga mogućih duplikata vrednuje svako polje. Procjenjuje se na osobama ove jurisdikcije i uči iz odluka istražitelja: spajanja i „nije ista osoba”. Čuvaju se samo razine usporedbe odlučenih parova, nikada ime, datum ili broj.',
    none: 'Modela još nema: nastaje s prvom pretragom duplikata.',
    inUse: 'U uporabi: inačica {{version}}, procijenjena {{date}} na {{records}} osoba.',
    restoredBy: 'Inačicu {{version}} vratio je {{user}}.',
    uncalibrated: 'Još nema odluka: ocjene su ocjene samog modela.',
    calibration:
      'Ocjene kalibrirane na {{pairs}} odluka: par koji sam model ocjenjuje kao u prvom stupcu sada je ocijenjen kao u drugom.',
    ownScore: 'Ocjena samog modela',
    calibratedScore: 'Ocjena nakon odluka',
    weightsIntro:
      'U bitovima: iznad nule razina govori u prilog iste osobe, ispod nule protiv; svaki bit udvostručuje ili prepolovljuje izglede.',
    change: 'Promjena od inačice {{version}}',
    versionTitle: 'Inačica {{version}}',
    versions: 'Inačice',
    restored: 'Inačicu {{version}} vratio je {{user}}',
    current: 'U uporabi',
    restore: 'Vrati inačicu {{version}}',
    regionTitle: 'Regionalna usporedba pogodak/bez pogotka',
    regionInUse:
      'Inačica {{version}}, procijenjena {{date}} na kodiranim zapisima {{records}} osoba svih jurisdikcija koje sudjeluju; uči iz odluka o pogocima svih strana: ista osoba {{same}}, nije relevantno {{different}}. Između jurisdikcija prelaze samo razine usporedbe.',
    regionNone: 'Regionalna usporedba još nije pokrenuta.',
  },
  errors: {
    codes: {
      validation: 'Nešto u obrascu nije ispravno: provjerite označena polja.',
      invalid_json:
        'Preglednik je poslao nešto što poslužitelj nije mogao pročitati. Ponovno učitajte stranicu i pokušajte opet.',
      unauthenticated: 'Odjavljeni ste. Prijavite se ponovno.',
      csrf: 'Sigurnosni token vaše sesije je zastario. Ponovno učitajte stranicu.',
      forbidden: 'Vaša uloga to ne dopušta.',
      not_found: 'Nije pronađeno: ova stranica ili zapis ne postoji ili vam nije dostupan.',
      conflict:
        'Netko je ovo u međuvremenu promijenio. Ponovno učitajte da vidite promjenu, pa unesite svoju.',
      unsupported_media_type: 'Ova se vrsta datoteke ne prihvaća.',
      too_many_attempts: 'Previše pokušaja. Pričekajte malo i pokušajte ponovno.',
      unavailable: 'Poslužitelj trenutno nije dostupan. Pokušajte ponovno za trenutak.',
      internal: 'Došlo je do pogreške na poslužitelju; zabilježena je. Pokušajte kasnije.',
    },
    notForRole:
      'Ova je stranica za druge uloge. Obratite se administratoru svoje jurisdikcije ako vam je potrebna za rad.',
    notFound: 'Nije pronađeno: ova stranica ili zapis ne postoji ili ga nemate pravo vidjeti.',
  },
});
