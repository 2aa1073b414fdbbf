/** Screenings as the API gives them, and the query of one, shared by its page and the referral it starts. */
import { useQuery } from '@tanstack/react-query';
import type { ScreeningResult } from '@veza/core';
import type { ScreeningSummary as ScreeningSummarySchema } from '@veza/core/api/screening-records';
import { getScreening, screeningKeys } from './api.ts';

/** A screening in a list, as the API returns it (core/src/api/screening-records.ts). */
export type ScreeningSummary = ScreeningSummarySchema;

export type ScreeningRecord = ScreeningSummary & {
  result: ScreeningResult;
  answers: Record<string, unknown>;
};

/** One recorded screening (for those who may see it), or nothing while `id` is not given. */
export function useScreening(id: string | undefined) {
  return useQuery({
    queryKey: screeningKeys.screening(id),
    queryFn: () => getScreening(id!),
    enabled: Boolean(id),
  });
}
