/** The network's URLs and query keys. */
import type {
  ChartDefinition,
  ChartDefinitionInput,
  Colleague,
  ExportFormat,
  GraphResponse,
  PathResponse,
  SavedChart,
} from '@veza/core/network';
import { ApiError, csrfHeaders, del, get, post, put } from '../../api.ts';

export type { ChartDefinition, ChartDefinitionInput, Colleague, GraphResponse, PathResponse, SavedChart };

export const networkKeys = {
  graph: (chart: ChartDefinitionInput, analyse: boolean) =>
    ['network', 'graph', JSON.stringify(chart), analyse] as const,
  charts: ['network', 'charts'] as const,
  colleagues: ['network', 'colleagues'] as const,
};

export const getGraph = (chart: ChartDefinitionInput, analyse: boolean) =>
  post<GraphResponse>('/api/network/graph', { chart, analyse });

export const findPath = (body: {
  chart: ChartDefinitionInput;
  from: string;
  to: string;
  timeRespecting: boolean;
  skipHubsAbove?: number;
}) => post<PathResponse>('/api/network/path', body);

export const connectingNetwork = (chart: ChartDefinitionInput, selection: string[]) =>
  post<{ nodes: string[]; edges: string[] }>('/api/network/connecting', { chart, selection });

export const listCharts = () => get<SavedChart[]>('/api/network/charts');
export const getChart = (id: string) => get<SavedChart>(`/api/network/charts/${id}`);
export const saveChart = (body: {
  name: string;
  description: string | null;
  definition: ChartDefinitionInput;
}) => post<SavedChart>('/api/network/charts', body);
export const updateChart = (
  id: string,
  body: { name: string; description: string | null; definition: ChartDefinitionInput; version: number },
) => put<SavedChart>(`/api/network/charts/${id}`, body);
export const deleteChart = (id: string) => del<void>(`/api/network/charts/${id}`);
export const shareChart = (id: string, userIds: string[]) =>
  put<SavedChart>(`/api/network/charts/${id}/shares`, { userIds });
export const listColleagues = () => get<Colleague[]>('/api/network/colleagues');

export type { ExportFormat };

/**
 * Asks the server for the export (which writes it to the audit log with its purpose) and saves
 * the file; for PNG, the server's permission, then the picture the browser draws.
 */
export async function exportChart(body: {
  chart: ChartDefinitionInput;
  format: ExportFormat;
  purpose: string;
  positions?: Record<string, { x: number; y: number }>;
  communities?: Record<string, number>;
}): Promise<{ filename: string; blob: Blob | null; handlingCode: string }> {
  const response = await fetch('/api/network/export', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: '*/*', ...csrfHeaders() },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const payload = await response.json().catch(() => null);
    throw new ApiError(
      response.status,
      payload?.error?.code ?? 'unknown',
      payload?.error?.message ?? response.statusText,
      payload?.error?.field,
    );
  }
  const handlingCode = response.headers.get('x-handling-code') ?? 'H0';
  if (response.status === 204) return { filename: '', blob: null, handlingCode };
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `veza-network.${body.format}`;
  return { filename, blob: await response.blob(), handlingCode };
}

export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
