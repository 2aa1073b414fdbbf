/** Screenings as the API gives them, and the query of one, shared by its page and the referral it starts. */
import { useQuery } from '@tanstack/react-query';
import type { ScreeningResult } from '@veza/core';
import { get } from '../../api.ts';

export interface ScreeningSummary {
  id: string;
  conductedAt: string;
  outcome: string;
  child: boolean;
  interviewLanguage: string;
  instrument: { id: string; key: string; version: number };
  agency: { id: string; name: string };
  by: string;
  place: string | null;
  personId: string | null;
}

export type ScreeningRecord = ScreeningSummary & {
  result: ScreeningResult;
  answers: Record<string, unknown>;
};

/** One recorded screening (for those who may see it), or nothing while `id` is not given. */
export function useScreening(id: string | undefined) {
  return useQuery({
    queryKey: ['screenings', id],
    queryFn: () => get<ScreeningRecord>(`/api/screenings/${id}`),
    enabled: Boolean(id),
  });
}
