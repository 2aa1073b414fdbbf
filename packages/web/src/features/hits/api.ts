/** Hit/no-hit's URLs and query keys (the shell's badge refreshes HITS when the bell rings). */
import type { HitList, HitQuery } from '@veza/core/api/hits';
import { get, post, queryString } from '../../api.ts';

export const HITS = ['hits'] as const;
export const hitKeys = {
  count: [...HITS, 'count'] as const,
  list: (query: Partial<HitQuery>) => [...HITS, 'list', query] as const,
};

export const countNewHits = () => get<{ new: number }>('/api/hits/count');
export const listHits = (query: Partial<HitQuery>) => get<HitList>(`/api/hits${queryString(query)}`);
export const decideHit = (id: string, decision: 'not-relevant' | 'confirm') =>
  post(`/api/hits/${id}/${decision}`);
