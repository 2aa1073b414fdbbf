/** The dashboard's filters in the address: what the router validates and the page reads. */
import { ANALYSIS_FILTERS, type AnalysisFilter } from '@veza/core';

export type AnalysisSearch = Partial<Record<AnalysisFilter, string>>;

/** The filters from the address: only known filters, as text; the server checks the values. */
export function parseAnalysisSearch(search: Record<string, unknown>): AnalysisSearch {
  const out: AnalysisSearch = {};
  for (const key of ANALYSIS_FILTERS) {
    const v = search[key];
    if (typeof v === 'string' && v.trim()) out[key] = v.trim();
    else if (typeof v === 'number') out[key] = String(v);
  }
  return out;
}
