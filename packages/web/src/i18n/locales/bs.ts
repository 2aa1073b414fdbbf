/**
 * Bosanski: the Serbian text (sr-Latn.ts) with the words where Bosnian differs, so that the rest
 * cannot drift apart (as cnr.ts derives from this Bosnian).
 */
import { withChanges } from './derive.ts';
import { srLatn } from './sr-Latn.ts';

export const bs = withChanges(srLatn, {
  app: {
    demoBanner: 'Ovo je demonstracijska regija: sve osobe, kontakti agencija i zapisi ovdje su izmišljeni.',
  },
  nav: {
    requests: 'Zahtjevi',
    account: 'Moj račun',
  },
  coming: {
    body: 'Ovaj dio Veze je u izradi. Ovdje se još ništa ne bilježi, a ništa što radite na drugim mjestima se zbog toga ne gubi.',
    screening:
      'Skrining osoba u mješovitim migracijskim tokovima na indikatore trgovine ljudima i ranjivosti, bez mreže i na njihovom jeziku, s upućivanjem na zaštitu.',
    protection:
      'Vođenje slučajeva u Referalnom mehanizmu: identifikacija, period oporavka i razmišljanja, pomoć, povratak ili integracija, uz pristanak.',
    hits: 'Provjera pogodak/nema pogotka između jurisdikcija na kodiranim podacima koji čuvaju privatnost.',
    requests:
      'Sigurni operativni zahtjevi između agencija, s oznakama postupanja, rokovima i potvrdama prijema.',
  },
  common: {
    edit: 'Izmijeni',
    search: 'Traži',
    conflict:
      'Neko drugi je izmijenio ovaj zapis otkako ste ga otvorili. Učitajte ga ponovo da vidite izmjenu, pa primijenite svoju.',
    loadMore: 'Prikaži više',
  },
  signIn: {
    tooMany: 'Previše neuspješnih pokušaja. Sačekajte {{seconds}} sekundi i pokušajte ponovo.',
  },
  jurisdictions: {
    MK: 'Sjeverna Makedonija',
  },
  availability: {
    officeHours: 'Radno vrijeme',
  },
  directory: {
    intro:
      'Sve operativne grupe, agencije i kontakt osobe u regiji. Pretražujte po imenu na bilo kojem pismu.',
    noResults: 'Nema rezultata. Pokušajte s manje riječi ili drugim načinom pisanja.',
    email: 'E-mail',
    editAgency: 'Izmijeni agenciju',
    editContact: 'Izmijeni kontakt osobu',
    officeHoursLabel: 'Radno vrijeme',
  },
  audit: {
    intro:
      'Svaka prijava, izmjena i uvid u lične podatke u vašoj jurisdikciji, u lancu koji otkriva svaku izmjenu.',
    time: 'Vrijeme',
    forbidden: 'Dnevnik revizije mogu čitati samo administratori i koordinatori.',
    actions: {
      password_change: 'Promjena lozinke',
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
    notificationEmail: 'E-pošta za obavještenja',
    changePassword: 'Promjena lozinke',
    passwordChanged: 'Lozinka je promijenjena. Sve vaše sesije su završene; prijavite se novom lozinkom.',
    twoFactorOff: 'Isključen. Uključite ga da biste račun zaštitili kodom s telefona.',
    enrol: 'Postavi aplikaciju za autentifikaciju',
  },
  cases: {
    editCase: 'Izmijeni predmet',
    mo: {
      foot_crossing_guided: 'Vođeni prelazak pješke',
      forged_documents: 'Falsifikovani dokumenti',
      fraudulently_obtained_documents: 'Prevarom pribavljeni dokumenti',
    },
    exploitationTypes: {
      ForcedCriminality: 'Prinuda na vršenje krivičnih djela',
    },
    roles: {
      witness: 'Svjedok',
    },
    perpetratorRoles: 'Uloga u krivičnom djelu (HTCDS)',
    presumed: 'Datum je podrazumijevani pri registraciji (1. januar)',
    editRoute: 'Izmijeni rutu',
    addLeg: 'Dodaj dionicu',
    removeLeg: 'Ukloni ovu dionicu',
    leg: 'Dionica {{n}}',
    fromPlace: 'Od (mjesto)',
    toPlace: 'Do (mjesto)',
    transports: {
      foot: 'Pješke',
    },
    nobody: 'Niko nije zabilježen',
    noRoute: 'Ruta još nije zabilježena.',
    noPeople: 'Još niko nije zabilježen.',
    noVehicles: 'Još nema zabilježenih vozila.',
    place: 'Mjesto',
    noEvents: 'Još nema zabilježenih događaja.',
  },
  search: {
    placeholder: 'Ime na bilo kojem pismu, telefon, broj dokumenta ili tablica',
  },
  hits: {
    intro:
      'Druga jurisdikcija ima nešto o jednoj od vaših osoba. Evo koga da pitate; šta piše u njihovom zapisu ostaje kod njih dok to ne podijele.',
    confirm: 'Potvrđeno nakon razmjene',
    bands: {
      probable: 'Vjerovatan pogodak',
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
    followsHit: 'Ovaj zahtjev prati pogodak: pogodak je povezan, a pita se druga agencija.',
    refersScreening:
      'Ovaj zahtjev upućuje osobu sa skrininga: skrining je povezan i agencija kojoj se upućuje može ga otvoriti.',
    answers: 'Ovaj odgovor odgovara na zahtjev',
    shareFields: 'Podijeli polja zapisa',
    shared: 'Podijeljeno',
    sharedBy: 'Podijelio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    forwardedBy: 'Proslijedio/la {{agency}} ({{jurisdiction}}), {{by}}, {{time}}',
    notForwardable: 'H2: ne prosljeđuje se bez dozvole vlasnika',
    share: {
      title: 'Podijeli polja zapisa',
      fields: 'Polja koja se dijele',
    },
    forward: {
      title: 'Proslijedi drugoj agenciji',
      shares: 'Podeljeni zapisi koji se prosljeđuju',
      submit: 'Proslijedi',
    },
    actions: {
      forward: 'Proslijedi',
    },
    types: {
      information_request: 'Zahtjev za informacije',
      joint_action_proposal: 'Prijedlog zajedničke akcije',
      victim_referral: 'Upućivanje ili premještanje žrtve',
    },
    events: {
      shared: 'Polja podijeljena',
      forwarded: 'Proslijeđen',
    },
    handlingCodes: {
      H0: 'za svaku svrhu provođenja zakona',
      H2: 'ne prosljeđuje se bez dozvole',
    },
    fields: {
      sex: 'Spol',
    },
    fromMonth: 'Od mjeseca',
    toMonth: 'Do mjeseca',
    month: 'Mjesec',
    direction: 'Smjer',
  },
  screening: {
    pathwaysIntro:
      'Koja agencija vaše jurisdikcije pruža svaku mjeru koju skrining preporučuje. Ispitivači to vide u rezultatu i tamo upućuju osobu.',
    action: 'Mjera',
    presumedBirthYear: 'Godina rođenja pretpostavljena prema navedenoj dobi: {{year}}',
    againstVersion: 'Izmjene u odnosu na objavljenu verziju {{version}}:',
    noChanges: 'Ništa se ne mijenja.',
    changes: {
      added: 'dodano',
      changed: 'izmijenjeno',
    },
    waiting_one: '{{count}} skrining čeka da bude poslan',
    waiting_few: '{{count}} skrininga čekaju da budu poslani',
    waiting_other: '{{count}} skrininga čeka da bude poslano',
    unreviewed: 'neprovjeren prevod',
    place: 'Mjesto (nije obavezno)',
    declinedText: 'O osobi ništa nije zabilježeno; samo to da je neko odbio.',
    waitingToSync: 'Sačuvano na ovom uređaju; biće poslano kada se mreža vrati.',
    progress: 'Odjeljak {{current}} od {{total}}',
    actions: 'Preporučene mjere',
  },
  notifications: {
    title: 'Obavještenja',
    unread_one: '{{count}} nepročitano obavještenje',
    unread_few: '{{count}} nepročitana obavještenja',
    unread_other: '{{count}} nepročitanih obavještenja',
    kinds: {
      request_received: 'Novi zahtjev',
      urgent_alert: 'HITAN zahtjev',
      request_acknowledged: 'Prijem vašeg zahtjeva je potvrđen',
      request_answered: 'Na vaš zahtjev je odgovoreno',
      request_closed: 'Zahtjev je zatvoren',
      request_reopened: 'Zahtjev je ponovo otvoren',
    },
  },
  person: {
    duplicates: {
      bands: {
        probable: 'Vjerovatno poklapanje',
      },
      bandMeaning: {
        strong: 'Gotovo uvijek ista osoba.',
        probable: 'Većina takvih parova je ista osoba: provjerite prije spajanja.',
      },
      probability: '{{value}} vjerovatno ista osoba',
      prior: 'Prije poređenja',
      levels: {
        partial: 'dio drugog',
        day_month_swapped: 'zamijenjeni dan i mjesec',
        one_part_differs: 'razlikuje se jedan dio (greška u pisanju)',
      },
    },
    presumed: 'podrazumijevani pri registraciji',
    documents: 'Dokumenti',
    edit: 'Izmijeni zapis',
    documentTypes: {
      travel_document: 'Putni dokument',
      asylum_card: 'Iskaznica tražioca azila',
    },
  },
  validation: {
    not_a_date: 'Ovaj dan ne postoji u kalendaru: provjerite dan i mjesec.',
    too_early: 'Datum prije 1900. ovdje nije vjerovatan.',
    too_late: 'Datum poslije 2100. ovdje nije vjerovatan.',
    arrives_before_departs: 'Dolazak ne može biti prije polaska.',
    unknown_country: 'Izaberite državu s liste.',
    invalid: 'Ova vrijednost ovdje nije ispravna.',
  },
  imports: {
    warnings_one: '{{count}} red uvezen s nečim sačuvanim kako je napisano',
    warnings_few: '{{count}} reda uvezena s nečim sačuvanim kako je napisano',
    warnings_other: '{{count}} redova uvezeno s nečim sačuvanim kako je napisano',
    checkedReport:
      'Samo provjera: od {{rows}} redova, {{valid}} se može uvesti ({{already}} od njih je već uvezeno), {{rejected}} bi bilo odbijeno.',
    attached_one: '{{count}} osoba dodana u predmet',
    attached_few: '{{count}} osobe dodane u predmet',
    attached_other: '{{count}} osoba dodano u predmet',
    intro:
      'Iz tabele koju vodi vaša jedinica (CSV ili XLSX). Svaki red se provjerava prije nego što se išta sačuva.',
    sourceKey: 'Oznaka reda (omogućava siguran ponovni uvoz)',
    check: 'Provjeri sve redove',
    checked: 'Provjereno: ništa nije sačuvano.',
  },
  matchingModel: {
    intro:
      'Kako pretraga mogućih duplikata vrednuje svako polje. Procjenjuje se na osobama ove jurisdikcije i uči iz odluka istražitelja: spajanja i „nije ista osoba”. Čuvaju se samo nivoi poređenja odlučenih parova, nikada ime, datum ili broj.',
    inUse: 'U upotrebi: verzija {{version}}, procijenjena {{date}} na {{records}} osoba.',
    uncalibrated: 'Još nema odluka: ocjene su ocjene samog modela.',
    calibration:
      'Ocjene kalibrirane na {{pairs}} odluka: par koji sam model ocjenjuje kao u prvoj koloni sada je ocijenjen kao u drugoj.',
    ownScore: 'Ocjena samog modela',
    calibratedScore: 'Ocjena nakon odluka',
    change: 'Promjena od verzije {{version}}',
    regionInUse:
      'Verzija {{version}}, procijenjena {{date}} na kodiranim zapisima {{records}} osoba svih jurisdikcija koje učestvuju; uči iz odluka o pogocima svih strana: ista osoba {{same}}, nije relevantno {{different}}. Između jurisdikcija prelaze samo nivoi poređenja.',
  },
  errors: {
    codes: {
      validation: 'Nešto u obrascu nije ispravno: provjerite označena polja.',
      invalid_json:
        'Preglednik je poslao nešto što server nije mogao pročitati. Ponovo učitajte stranicu i pokušajte opet.',
      csrf: 'Sigurnosni token vaše sesije je zastario. Ponovo učitajte stranicu.',
      not_found: 'Nije pronađeno: ova stranica ili zapis ne postoji, ili vam nije dostupan.',
      conflict: 'Neko je ovo u međuvremenu promijenio. Ponovo učitajte da vidite promjenu, pa unesite svoju.',
      internal: 'Došlo je do greške na serveru; zabilježena je. Pokušajte kasnije.',
    },
  },
});
