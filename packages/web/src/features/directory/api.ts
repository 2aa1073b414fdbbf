/**
 * The directory's URLs and query keys, in one place: its pages, and the pickers of other features
 * (agencies.ts), name them through these, so that a changed URL or a key to refresh is changed once.
 */
import type { AgencyCreate, AgencyDetail, ContactPointCreate } from '@veza/core/api/directory';
import type { z } from 'zod';
import { del, get, patch, post, queryString } from '../../api.ts';
import type { Agency, ContactPoint, DirectoryResult } from '../../types.ts';

/** Every query of the directory starts with this key: refreshing it refreshes them all. */
export const DIRECTORY = ['directory'] as const;

export const directoryKeys = {
  search: (search: object) => [...DIRECTORY, search] as const,
  agency: (id: string) => ['agency', id] as const,
};

export const searchDirectory = (search: Record<string, string | number | undefined>) =>
  get<DirectoryResult>(`/api/directory${queryString(search)}`);

export const getAgency = (id: string) => get<z.infer<typeof AgencyDetail>>(`/api/agencies/${id}`);

type AgencyBody = Omit<z.input<typeof AgencyCreate>, 'jurisdiction'>;
/** Creates an agency, or changes one from the version the user saw. */
export const saveAgency = (agency: Agency | undefined, body: AgencyBody) =>
  agency
    ? patch<Agency>(`/api/agencies/${agency.id}`, { ...body, version: agency.version })
    : post<Agency>('/api/agencies', body);

type ContactPointBody = z.input<typeof ContactPointCreate>;
/** Creates a contact point, or changes one from the version the user saw. */
export const saveContactPoint = (contact: ContactPoint | undefined, body: ContactPointBody) =>
  contact
    ? patch<ContactPoint>(`/api/contact-points/${contact.id}`, { ...body, version: contact.version })
    : post<ContactPoint>('/api/contact-points', body);

export const deleteContactPoint = (contact: ContactPoint) =>
  del(`/api/contact-points/${contact.id}?version=${contact.version}`);
