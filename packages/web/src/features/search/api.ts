/** The record search's URL and query keys. */
import { get, queryString } from '../../api.ts';
import type { SearchHit } from '../../types.ts';

export const searchKeys = { query: (q: string | undefined) => ['search', q] as const };

/** Persons and vehicles whose names, phones, documents or plates match; the search is audited. */
export const searchRecords = (q: string | undefined, purpose = 'search') =>
  get<{ hits: SearchHit[] }>(`/api/search${queryString({ q, purpose })}`);
