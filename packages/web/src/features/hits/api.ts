/** Hit/no-hit's URLs and query keys (the shell's badge refreshes HITS when the bell rings). */
import { get, post } from '../../api.ts';
import type { Hit } from '../../types.ts';

export const HITS = ['hits'] as const;
export const hitKeys = { count: [...HITS, 'count'] as const, list: [...HITS, 'list'] as const };

export const countNewHits = () => get<{ new: number }>('/api/hits/count');
export const listHits = () => get<{ hits: Hit[] }>('/api/hits');
export const decideHit = (id: string, decision: 'not-relevant' | 'confirm') =>
  post(`/api/hits/${id}/${decision}`);
