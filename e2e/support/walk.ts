/**
 * Every page of the web app, with the roles that may use it (the capabilities from core, as the
 * navigation and the server read them), and the records the walk needs so that pages show
 * something: a case with a person, a vehicle and a route; a screening; a request between two
 * jurisdictions.
 */
import { may, type Role, sendsRequests, usesRequests, usesScreening } from '@veza/core';
import type { SignedIn } from '@veza/server/testing';
import type { RunningServer } from './server.ts';

export interface WalkPage {
  path: string;
  allows: (roles: readonly Role[]) => boolean;
  /** One record's page: the server may find that it is not the role's to see (another agency's). */
  record?: boolean;
}

export interface WalkRecords {
  caseId: string;
  personId: string;
  screeningId: string;
  requestId: string;
  agencyId: string;
  protectionCaseId: string;
  practiceId: string;
  meetingId: string;
  planId: string;
}

export function pages(records: WalkRecords): WalkPage[] {
  const all = () => true;
  const reads = (r: readonly Role[]) => may(r, 'readInvestigationRecords');
  return [
    { path: '/directory', allows: all },
    { path: `/directory/agencies/${records.agencyId}`, allows: all, record: true },
    { path: '/account', allows: all },
    { path: '/notifications', allows: all },
    { path: '/knowledge', allows: all },
    { path: '/knowledge/practices/new', allows: (r) => may(r, 'shareKnowledge') },
    { path: `/knowledge/practices/${records.practiceId}`, allows: all, record: true },
    { path: '/knowledge/meetings', allows: all },
    { path: `/knowledge/meetings/${records.meetingId}`, allows: all, record: true },
    { path: '/knowledge/follow-up', allows: all },
    { path: '/knowledge/plans', allows: all },
    { path: `/knowledge/plans/${records.planId}`, allows: all, record: true },
    { path: '/protection', allows: (r) => may(r, 'readProtectionCases') },
    {
      path: `/protection/${records.protectionCaseId}`,
      allows: (r) => may(r, 'readProtectionCases'),
      record: true,
    },
    { path: '/protection/services', allows: (r) => may(r, 'openProtectionCases') },
    { path: '/protection/transfers', allows: (r) => may(r, 'readProtectionCases') },
    { path: '/protection/shared', allows: (r) => may(r, 'receiveProtectionShares') },
    { path: '/protection/retention', allows: (r) => may(r, 'runReferralMechanism') },
    { path: '/protection/pathway', allows: (r) => may(r, 'runReferralMechanism') },
    { path: '/analysis', allows: (r) => may(r, 'analyse') },
    { path: '/analysis?year=2026&crossing=rs-hu-horgos-roszke', allows: (r) => may(r, 'analyse') },
    {
      path: '/screening',
      allows: usesScreening,
    },
    { path: '/screening/new', allows: (r) => may(r, 'recordScreenings') },
    { path: `/screening/${records.screeningId}`, allows: (r) => may(r, 'readScreenings'), record: true },
    { path: '/screening/instruments', allows: (r) => may(r, 'publishInstruments') },
    { path: '/screening/pathways', allows: (r) => may(r, 'setReferralPathways') },
    { path: '/cases', allows: reads },
    { path: `/cases/${records.caseId}`, allows: reads, record: true },
    { path: '/cases/import', allows: (r) => may(r, 'writeInvestigationRecords') },
    { path: '/cases/matching-model', allows: (r) => may(r, 'manageMatchingModel') },
    { path: `/persons/${records.personId}?purpose=checking%20the%20layout`, allows: reads, record: true },
    { path: '/search?q=Petrovi%C4%87', allows: reads },
    { path: '/hits', allows: reads },
    { path: '/network', allows: reads },
    { path: `/network?start=case:${records.caseId}`, allows: reads, record: true },
    { path: '/requests', allows: usesRequests },
    { path: '/requests/new', allows: sendsRequests },
    { path: `/requests/${records.requestId}`, allows: usesRequests, record: true },
    { path: '/requests/dashboard', allows: (r) => may(r, 'readRequestsDashboard') },
    { path: '/audit', allows: (r) => may(r, 'readAudit') },
    { path: '/users', allows: (r) => may(r, 'manageUsers') },
  ];
}

/** Records in RS (and a request from RS to BA) for the pages to show. */
export async function makeRecords(server: RunningServer): Promise<WalkRecords> {
  const investigator = await server.test.signIn('investigator.rs');
  const created = await investigator.post('/api/cases', {
    type: 'smuggling',
    openedOn: '2026-03-14',
    title: 'Grupni prelazak kod Šida, kombi sa dvanaest osoba i vozačem iz Bijeljine',
    summary: 'Dvanaest osoba pronađeno u kombiju kod hrvatske granice.',
    modusOperandi: ['concealment_in_vehicle'],
  });
  const caseId = created.json().id;
  const person = await investigator.post('/api/persons', {
    names: [{ givenNames: 'Mohammad Reza Abdul-Rahman', familyNames: 'Petrović-Ahmadzai' }],
    birthDate: '1991-07-02',
    nationalities: ['AF', 'PK'],
    phones: ['+381641234567'],
    documents: [{ type: 'passport', number: 'P12345678901234', issuingCountry: 'AF' }],
  });
  const personId = person.json().id;
  await investigator.post(`/api/cases/${caseId}/roles`, {
    personId,
    role: 'suspect',
    perpetratorRoles: ['RecruiterOrIntermediary', 'TravellingPartner'],
  });
  await investigator.post(`/api/cases/${caseId}/vehicles`, {
    plate: 'BG-1234-AB',
    country: 'RS',
    make: 'Mercedes',
  });
  await investigator.request({
    method: 'PUT',
    url: `/api/cases/${caseId}/route`,
    payload: {
      legs: [
        {
          fromPlace: 'Preševo',
          fromCountry: 'RS',
          toPlace: 'Šid',
          toCountry: 'RS',
          feeAmount: 1500,
          feeCurrency: 'EUR',
        },
        { fromPlace: 'Šid', fromCountry: 'RS', toPlace: 'Tovarnik', toCountry: 'HR', transportMode: 'van' },
      ],
    },
  });
  const screener = await server.test.signIn('screener.rs');
  const { instruments } = (await screener.get('/api/instruments')).json();
  const screeningId = crypto.randomUUID();
  const screening = await screener.post('/api/screenings', {
    id: screeningId,
    instrumentId: instruments[0].id,
    interviewLanguage: 'ps',
    screenerLanguage: 'sr-Latn',
    conductedAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: 'Prihvatni centar Preševo',
    consent: true,
    answers: { age: 24, offered: 'yes', offer_true: 'no' },
  });
  if (screening.statusCode >= 300) throw new Error(`screening: ${screening.body}`);
  const ba = await server.test.signIn('investigator.ba');
  const request = await investigator.post('/api/requests', {
    type: 'information_request',
    subject: 'Vozač kombija iz Bijeljine: da li ga poznajete pod nekim drugim imenom?',
    body: 'Zadržali smo vozača kod Šida koji kaže da je prešao kod Bijeljine.',
    priority: 'high',
    handlingCode: 'H1',
    language: 'sr',
    toAgencyId: ba.me.agency.id,
    links: [{ kind: 'case', id: caseId }],
  });
  if (request.statusCode >= 300) throw new Error(`request: ${request.body}`);
  const caseworker = await server.test.signIn('caseworker.rs');
  const supervisor = await server.test.signIn('supervisor.rs');
  const opened = await caseworker.post('/api/protection-cases', {
    givenNames: 'Fatima Zahra Abdul-Rahman',
    familyNames: 'Hosseini-Rahimi',
    languages: ['fa', 'prs'],
    supervisorId: supervisor.me.id,
  });
  if (opened.statusCode >= 300) throw new Error(`protection case: ${opened.body}`);
  const decided = await caseworker.post(`/api/protection-cases/${opened.json().id}/reasonable-grounds`, {
    decision: 'presumed_victim',
    decidedOn: new Date().toISOString().slice(0, 10),
    reasons: 'Deceived about the work; passport kept by the employer.',
    version: opened.json().version,
  });
  if (decided.statusCode >= 300) throw new Error(`reasonable grounds: ${decided.body}`);
  const id = opened.json().id;
  const waiting = decided.json().approvals[0];
  const approved = await supervisor.post(`/api/protection-cases/${id}/approvals/${waiting.id}`, {
    decision: 'approved',
  });
  if (approved.statusCode >= 300) throw new Error(`approval: ${approved.body}`);
  const need = (level: string, notes?: string) => ({ level, ...(notes ? { notes } : {}) });
  await caseworker.post(`/api/protection-cases/${id}/assessments`, {
    form: 'adult',
    assessedOn: new Date().toISOString().slice(0, 10),
    needs: {
      safety: need('urgent', 'Poslodavac zna gde živi njena porodica u Heratu; preti joj preko telefona.'),
      health: need('medium'),
      psychological: need('high'),
      legal: need('medium'),
      housing: need('urgent'),
      income: need('low'),
      family: need('low'),
      education: need('none'),
    },
  });
  for (const consent of [
    { purpose: 'cross_border_transfer', recipientJurisdiction: 'BA' },
    { purpose: 'cooperation_with_authorities' },
  ])
    await caseworker.post(`/api/protection-cases/${id}/consents`, {
      ...consent,
      status: 'given',
      language: 'fa',
      witnessedBy: 'Prevodilac za persijski jezik, Centar za socijalni rad Preševo',
    });
  const shared = await caseworker.post(`/api/protection-cases/${id}/shares`, {
    agencyId: investigator.me.agency.id,
    fields: ['givenNames', 'familyNames', 'languages', 'reflection'],
  });
  if (shared.statusCode >= 300) throw new Error(`share: ${shared.body}`);
  const baSocial = (await caseworker.get('/api/directory?jurisdiction=BA&agencyType=social_welfare')).json()
    .agencies[0];
  const transfer = await caseworker.post(`/api/protection-cases/${id}/transfers`, {
    toAgencyId: baSocial.id,
    fields: ['givenNames', 'familyNames', 'languages', 'child', 'needs'],
    note: 'Osoba je otišla ka Bijeljini; molimo preuzmite slučaj bez ponovnog razgovora.',
  });
  if (transfer.statusCode >= 300) throw new Error(`transfer: ${transfer.body}`);
  const knowledge = await makeKnowledgeRecords(server);
  return {
    ...knowledge,
    caseId,
    personId,
    screeningId,
    requestId: request.json().id,
    agencyId: ba.me.agency.id,
    protectionCaseId: opened.json().id,
  };
}

/** A practice written and published by the user: its id. */
export async function publishedPractice(user: SignedIn, body: Record<string, unknown>): Promise<string> {
  const written = await user.post('/api/knowledge/practices', body);
  if (written.statusCode >= 300) throw new Error(`practice: ${written.body}`);
  const { id, version } = written.json();
  const published = await user.post(`/api/knowledge/practices/${id}/publish`, { version });
  if (published.statusCode >= 300) throw new Error(`publish: ${published.body}`);
  return id;
}

/** A published case brief with long words, a meeting of three jurisdictions with an action point, and a plan. */
async function makeKnowledgeRecords(server: RunningServer) {
  const investigator = await server.test.signIn('investigator.rs');
  const coordinator = await server.test.signIn('coordinator.rs');
  const must = <T extends { statusCode: number; body: string; json: () => { id: string; version: number } }>(
    what: string,
    r: T,
  ) => {
    if (r.statusCode >= 300) throw new Error(`${what}: ${r.body}`);
    return r.json();
  };
  const practiceId = await publishedPractice(investigator, {
    kind: 'brief',
    title:
      'Zajednička istraga sa Graničnom policijom Bosne i Hercegovine: kombi BG-1234-AB i telefon +381641234567',
    summary: 'Razmena brojeva telefona u roku od 48 sati otkrila je organizatora koji je koristio tri imena.',
    body: '## Šta smo uradili\n\n- Upit pogodak/nema pogotka\n- Direktni kontakt dežurnih službi: https://veza.example/knowledge/very-long-address-without-spaces-to-wrap',
    sections: {
      facts: 'Kombi sa četrnaest osoba zaustavljen je na Batrovcima.',
      lessons: 'Pretražujte imena u svim pismima.',
    },
    tags: {
      pillars: ['partnership', 'prosecution'],
      crimes: ['smuggling'],
      modusOperandi: ['concealment_in_vehicle'],
      keywords: ['hit/no-hit'],
    },
    jurisdictions: ['RS', 'BA'],
    language: 'sr',
  });
  const directory = (q: string) =>
    coordinator
      .get(`/api/directory?q=${encodeURIComponent(q)}`)
      .then((r) => r.json().contactPoints[0].id as string);
  const owner = await directory('Благојевић');
  const participants = [owner, await directory('Arben Hoxha'), await directory('Јелена Петровић')];
  const plan = must(
    'plan',
    await coordinator.post('/api/knowledge/plans', {
      title: 'Operativni akcioni plan 2027: direktni kontakti između udarnih grupa u regionu',
      year: 2027,
      theme: 'saradnja',
      leaderContactPointId: participants[2],
      jurisdictions: ['RS', 'BA', 'AL'],
    }),
  );
  const meeting = must(
    'meeting',
    await coordinator.post('/api/knowledge/meetings', {
      title: 'Regionalni sastanak udarnih grupa za suzbijanje krijumčarenja migranata i trgovine ljudima',
      startsAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      place: 'Beograd, Palata Srbija',
      agenda: '1. Rana identifikacija\n2. Direktni kontakti',
      participants: participants.map((contactPointId) => ({ contactPointId, status: 'attended' })),
      planId: plan.id,
    }),
  );
  must(
    'decision',
    await coordinator.post(`/api/knowledge/meetings/${meeting.id}/decisions`, {
      text: 'Svaka udarna grupa imenuje dežurni kontakt.',
    }),
  );
  must(
    'action point',
    await coordinator.post('/api/knowledge/action-points', {
      title: 'Imenovati dežurni kontakt SIPA-e u regionalnom imeniku i proveriti ga svakog kvartala',
      ownerContactPointId: owner,
      dueOn: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
      jurisdictions: ['BA', 'RS'],
      meetingId: meeting.id,
      planId: plan.id,
    }),
  );
  return { practiceId, meetingId: meeting.id, planId: plan.id };
}
