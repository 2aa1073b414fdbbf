/** Analysis: the dashboard's URL, its query keys, and the address of a chart's CSV. */
import type { AnalysisFilters, ChartKey } from '@veza/core';
import type { AnalysisWarning, Dashboard, ReleasedChart } from '@veza/core/api/analysis';
import { get, put } from '../../api.ts';

export type { AnalysisWarning, Dashboard, ReleasedChart };

/** The filters as a query string, in a fixed order (the same filters, the same cache entry). */
export function filterQuery(filters: AnalysisFilters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)))
    if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}

export const analysisKeys = {
  dashboard: (filters: AnalysisFilters, charts?: readonly ChartKey[]) =>
    ['analysis', 'dashboard', filterQuery(filters), charts?.join(',') ?? 'all'] as const,
  settings: ['analysis', 'settings'] as const,
  crossings: ['border-crossings'] as const,
  warnings: ['analysis', 'warnings'] as const,
};

export function getDashboard(filters: AnalysisFilters, charts?: readonly ChartKey[]) {
  const query = filterQuery(filters);
  const only = charts?.length ? `${query ? '&' : ''}charts=${charts.join(',')}` : '';
  return get<Dashboard>(`/api/analysis/dashboard?${query}${only}`);
}

export function chartCsvUrl(filters: AnalysisFilters, chart: ChartKey): string {
  const query = filterQuery(filters);
  return `/api/analysis/chart.csv?chart=${chart}${query ? `&${query}` : ''}`;
}

export const getSettings = () => get<{ roundTo: 5 | 10 | null }>('/api/analysis/settings');
export const putSettings = (roundTo: 5 | 10 | null) =>
  put<{ roundTo: 5 | 10 | null }>('/api/analysis/settings', { roundTo });

export interface Crossing {
  readonly id: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}
export const listCrossings = () => get<{ crossings: Crossing[] }>('/api/border-crossings');

export const listWarnings = () => get<{ warnings: AnalysisWarning[] }>('/api/analysis/warnings');
