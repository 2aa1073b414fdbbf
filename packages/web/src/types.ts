/** The shapes the API returns, as the web app uses them. */
import type {
  AgencyType,
  Availability,
  HandlingCode,
  InterfaceLocale,
  Jurisdiction,
  Role,
  ScoreBand,
  SpokenLanguage,
} from '@veza/core';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  jurisdiction: Jurisdiction;
  agency: { id: string; name: string; type: string };
  roles: Role[];
  locale: InterfaceLocale | null;
  email: string | null;
  totpEnabled: boolean;
  recoveryCodesLeft: number;
  isDemo: boolean;
  csrfToken: string;
  sessionExpiresAt: string;
}

interface RecordMeta {
  jurisdiction: Jurisdiction;
  handlingCode: HandlingCode;
  isDemo: boolean;
  version: number;
  updatedAt: string;
  allowedActions: string[];
}

export interface Agency extends RecordMeta {
  id: string;
  name: string;
  alternateName: string | null;
  type: AgencyType;
  address: string | null;
  languages: SpokenLanguage[];
  contactPointCount: number;
}

export interface ContactPoint extends RecordMeta {
  id: string;
  agency: { id: string; name: string; type: AgencyType };
  name: string;
  function: string;
  taskForce: string | null;
  phone: string | null;
  email: string | null;
  languages: SpokenLanguage[];
  availability: Availability;
  availableNow: boolean;
}

export interface DirectoryResult {
  agencies: Agency[];
  contactPoints: ContactPoint[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  outcome: string;
  recordType: string | null;
  recordId: string | null;
  purpose: string | null;
  address: string | null;
  details: Record<string, unknown>;
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  jurisdiction: Jurisdiction;
  agency: { id: string; name: string };
  roles: Role[];
  disabled: boolean;
  totpEnabled: boolean;
  isDemo: boolean;
  createdAt: string;
  version: number;
  allowedActions: string[];
}

export interface CaseSummary {
  id: string;
  reference: string;
  type: 'smuggling' | 'trafficking' | 'both';
  status: 'open' | 'under_investigation' | 'prosecuted' | 'closed';
  title: string;
  openedOn: string;
  agency: { id: string; name: string };
  modusOperandi: string[];
  jurisdiction: string;
  handlingCode: string;
  isDemo: boolean;
  version: number;
  allowedActions: string[];
}

export interface RouteLeg {
  position: number;
  fromPlace: string | null;
  fromCountry: string;
  toPlace: string | null;
  toCountry: string;
  crossing: { id: string; name: string; latitude: number; longitude: number } | null;
  departedOn: string | null;
  arrivedOn: string | null;
  transportMode: string | null;
  feeAmount: number | null;
  feeCurrency: string | null;
  facilitator: { id: string; displayName: string } | null;
  notes: string | null;
}

export interface CaseView extends CaseSummary {
  investigationOn: string | null;
  prosecutedOn: string | null;
  closedOn: string | null;
  summary: string | null;
  exploitationTypes: string[];
  people: {
    roleId: string;
    personId: string;
    displayName: string;
    birthDate: string | null;
    nationalities: string[];
    phones: string[];
    role: 'victim' | 'presumed_victim' | 'smuggled_migrant' | 'suspect' | 'witness';
    perpetratorRoles: string[];
    details: string | null;
  }[];
  route: RouteLeg[];
  events: {
    id: string;
    type: string;
    date: string | null;
    place: string | null;
    country: string | null;
    description: string | null;
  }[];
  linkedCases: { id: string; reference: string; title: string }[];
  vehicles: {
    id: string;
    plate: string;
    plateNormalised: string;
    country: string | null;
    make: string | null;
    model: string | null;
    colour: string | null;
  }[];
}

export interface Crossing {
  id: string;
  name: string;
  localNames: string;
  countries: string[];
  latitude: number;
  longitude: number;
}

export interface PersonView {
  id: string;
  jurisdiction: string;
  handlingCode: string;
  version: number;
  displayName: string;
  names: { givenNames: string; familyNames: string; script: string; kind: 'recorded' | 'alias' }[];
  sex: 'male' | 'female' | 'non_conforming' | 'unknown';
  birthDate: string | null;
  birthDatePresumed: boolean;
  nationalities: string[];
  documents: { type: string; number: string; issuingCountry: string | null }[];
  phones: { e164: string; original: string }[];
  cases: {
    id: string;
    reference: string;
    title: string;
    type: string;
    status: string;
    role: string;
    perpetratorRoles: string[];
  }[];
  allowedActions: string[];
  /** Set when this record was merged into another. */
  mergedInto: string | null;
}

export interface PersonSummary {
  id: string;
  displayName: string;
  sex: string;
  birthDate: string | null;
  nationalities: string[];
}

/** Why the engine scored a pair as it did: the prior and each field's weight, in bits, make the total. */
export interface PairExplanation {
  probability: number;
  priorWeight: number;
  totalWeight: number;
  /** probability = 1 / (1 + 2^−z), z the calibrated log-odds of totalWeight (Calibration of @veza/core). */
  calibration: { knots: [number, number][] };
  namesSwapped: boolean;
  fields: { field: string; level: string; weight: number }[];
}

export interface DuplicateList {
  duplicates: {
    id: string;
    probability: number;
    band: ScoreBand;
    foundAt: string;
    person: PersonSummary;
    explanation: PairExplanation;
  }[];
  merges: { id: string; mergedAt: string; person: PersonSummary }[];
}

export interface SearchHit {
  kind: 'person' | 'vehicle';
  id: string;
  label: string;
  detail: string | null;
  reasons: string[];
  score: number;
  caseId: string | null;
}

export interface Hit {
  id: string;
  foundAt: string;
  band: 'strong' | 'probable' | 'possible';
  evidence: string[];
  status: 'new' | 'not_relevant' | 'confirmed';
  record: { kind: 'person' | 'vehicle'; id: string; label: string; caseId: string | null };
  other: {
    jurisdiction: string;
    handlingCode: string;
    agency: { id: string; name: string };
    contactPoints: { name: string; function: string; phone: string | null; email: string | null }[];
  };
}

export type RequestType =
  | 'information_request'
  | 'hit_follow_up'
  | 'joint_action_proposal'
  | 'victim_referral'
  | 'urgent_alert';
export type RequestStatus = 'draft' | 'sent' | 'acknowledged' | 'in_progress' | 'answered' | 'closed';
export type Priority = 'urgent' | 'high' | 'normal';

export interface RequestSummary {
  id: string;
  type: RequestType;
  subject: string;
  priority: Priority;
  status: RequestStatus;
  handlingCode: HandlingCode;
  language: string;
  deadline: string | null;
  overdue: boolean;
  alerting: boolean;
  createdAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  from: { jurisdiction: Jurisdiction; agency: { id: string; name: string }; by: string };
  to: {
    jurisdiction: Jurisdiction;
    agency: { id: string; name: string };
    contactPoint: { id: string; name: string } | null;
  };
  side: 'from' | 'to' | null;
}

export interface OriginStep {
  jurisdiction: Jurisdiction;
  agency: string;
  by: string;
  at: string;
  how: 'shared' | 'forwarded';
}

export interface SharedSnapshot {
  id: string;
  messageId: string | null;
  kind: 'person' | 'case';
  fields: string[];
  values: Record<string, unknown>;
  handlingCode: HandlingCode;
  origin: OriginStep[];
  forwardable: boolean;
}

export interface RequestThread extends RequestSummary {
  body: string;
  version: number;
  acknowledgedBy: string | null;
  startedAt: string | null;
  closedAt: string | null;
  alertCount: number;
  links: {
    kind: 'case' | 'person' | 'hit' | 'screening';
    jurisdiction: Jurisdiction;
    id: string | null;
    label: string | null;
  }[];
  messages: {
    id: string;
    jurisdiction: Jurisdiction;
    agency: string;
    author: string;
    body: string;
    handlingCode: HandlingCode;
    createdAt: string;
  }[];
  shares: SharedSnapshot[];
  attachments: {
    id: string;
    messageId: string | null;
    filename: string;
    contentType: string;
    sizeBytes: number;
    createdAt: string;
  }[];
  timeline: { event: string; at: string; by: string | null; jurisdiction: Jurisdiction | null }[];
  allowedActions: string[];
}

export interface NotificationItem {
  id: string;
  kind: string;
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
  hitId: string | null;
  request: {
    id: string;
    subject: string;
    type: RequestType;
    status: RequestStatus;
    from: Jurisdiction;
  } | null;
}

export interface DashboardRow {
  month: string;
  counterpart: Jurisdiction;
  direction: 'outgoing' | 'incoming';
  sent: number;
  open: number;
  overdue: number;
  answered: number;
  medianHoursToAcknowledge: number | null;
  medianHoursToAnswer: number | null;
}
