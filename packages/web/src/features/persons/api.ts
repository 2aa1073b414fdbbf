/**
 * The URLs and query keys of a person's page: the person, possible duplicates with merges and
 * their undoing, and the matching model that scores them.
 */
import type { PersonInput } from '@veza/core';
import type { MatchingModelView } from '@veza/core/api/matching';
import { api, get, post, put } from '../../api.ts';
import type { DuplicateList, PersonView } from '../../types.ts';

export const PERSON = ['person'] as const;
export const DUPLICATES = ['duplicates'] as const;
export const MATCHING_MODEL = ['matching-model'] as const;

export const personKeys = {
  person: (id: string, purpose: string | undefined) => [...PERSON, id, purpose] as const,
  duplicates: (id: string, purpose: string) => [...DUPLICATES, id, purpose] as const,
};

const purposeQuery = (purpose: string | undefined) => `purpose=${encodeURIComponent(purpose ?? '')}`;

/** A person, opened for the purpose the user states (the read is audited with it). */
export const getPerson = (id: string, purpose: string | undefined) =>
  get<PersonView>(`/api/persons/${id}?${purposeQuery(purpose)}`);

/** Changes a person from the version the user saw. */
export const savePerson = (person: PersonView, body: PersonInput) =>
  api<PersonView>('PUT', `/api/persons/${person.id}`, { ...body, version: person.version });

export const listDuplicates = (id: string, purpose: string) =>
  get<DuplicateList>(`/api/persons/${id}/duplicates?${purposeQuery(purpose)}`);

export const decideDuplicate = (personId: string, id: string, decision: 'merge' | 'reject') =>
  post(`/api/persons/${personId}/duplicates/${id}/${decision}`);

export const undoMerge = (personId: string, mergeId: string) =>
  post(`/api/persons/${personId}/merges/${mergeId}/undo`);

export const getMatchingModel = () => get<MatchingModelView>('/api/matching-model');
export const restoreModelVersion = (id: string) =>
  post<MatchingModelView>(`/api/matching-model/versions/${id}/restore`);
export const setLearning = (paused: boolean) =>
  put<MatchingModelView>('/api/matching-model/learning', { paused });
