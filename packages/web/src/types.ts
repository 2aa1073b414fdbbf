/** The shapes the API returns, as the web app uses them. */
import type {
  AgencyType,
  Availability,
  HandlingCode,
  InterfaceLocale,
  Jurisdiction,
  Role,
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
