/**
 * Screening's URLs and query keys: recorded screenings and their counts, sending a screening or a
 * decline (from the offline queue), linking a screening to a person, the instruments and their
 * publication, the referral pathways, and the device's queue key.
 */
import type { Instrument } from '@veza/core';
import { get, post, put } from '../../api.ts';
import type { ScreeningRecord, ScreeningSummary } from './queries.ts';

/** Every query of screenings starts with this key: refreshing it refreshes them all. */
export const SCREENINGS = ['screenings'] as const;
export const INSTRUMENTS = ['instruments'] as const;
export const PATHWAYS = ['referral-pathways'] as const;

export const screeningKeys = {
  counts: [...SCREENINGS, 'counts'] as const,
  screening: (id: string | undefined) => [...SCREENINGS, id] as const,
  instrument: (id: string | undefined) => [...INSTRUMENTS, id] as const,
};

export interface InstrumentVersion {
  id: string;
  key: string;
  version: number;
  definition: Instrument;
}

/** What publishing an instrument would change against the version in use. */
export interface InstrumentReview {
  previous: { id: string; version: number } | null;
  changes: { change: 'added' | 'removed' | 'changed'; what: string; id: string; fields?: string[] }[];
}

export interface Pathway {
  action: string;
  agency: { id: string; name: string };
  contactPoint: { id: string; name: string } | null;
}

export interface ScreeningCount {
  month: string;
  agencyId: string;
  outcome: string;
  count: number | null;
  suppressed: boolean;
}

export const listScreenings = () => get<{ screenings: ScreeningSummary[] }>('/api/screenings');
export const getScreening = (id: string) => get<ScreeningRecord>(`/api/screenings/${id}`);
export const screeningCounts = () => get<{ counts: ScreeningCount[] }>('/api/screenings/counts');

/** Sends a finished screening, or a decline, as the device queued it. */
export const submitScreening = (kind: 'screening' | 'decline', body: unknown) =>
  post(kind === 'screening' ? '/api/screenings' : '/api/screenings/declines', body);

/** Links the screening to a person (or unlinks it, with null). */
export const linkScreeningPerson = (screeningId: string, personId: string | null) =>
  put(`/api/screenings/${screeningId}/person`, { personId });

/** Records a person from what the screening knows: their names and a presumed year of birth. */
export const recordScreenedPerson = (
  names: { given: string; family: string },
  presumedBirthYear: number | null,
) =>
  post<{ id: string }>('/api/persons', {
    names: [{ givenNames: names.given, familyNames: names.family }],
    birthDate: presumedBirthYear ? String(presumedBirthYear) : null,
    birthDatePresumed: presumedBirthYear !== null,
  });

export const listInstruments = () => get<{ instruments: InstrumentVersion[] }>('/api/instruments');
export const getInstrument = (id: string) => get<InstrumentVersion>(`/api/instruments/${id}`);
export const reviewInstrument = (definition: unknown) =>
  post<InstrumentReview>('/api/instruments/review', { definition });
export const publishInstrument = (definition: unknown) =>
  post<InstrumentReview & { id: string }>('/api/instruments', { definition });

export const listPathways = () => get<{ pathways: Pathway[] }>('/api/referral-pathways');
export const setPathway = (action: string, agencyId: string, contactPointId: string | null) =>
  put(`/api/referral-pathways/${action}`, { agencyId, contactPointId });

/** The key that seals this device's queue of screenings, from the server (per user). */
export const fetchQueueKey = () => get<{ key: string }>('/api/me/queue-key');
