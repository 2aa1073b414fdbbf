/** The import's URLs and query keys: the preview of a file, the job that imports it, cancelling it. */
import { del, get, post } from '../../api.ts';

export interface ImportPreview {
  headers: string[];
  rows: Record<string, string>[];
  total: number;
}

/** Whether the import may still change: queued or running. */
export const underway = (job: ImportJob | undefined) =>
  job?.status === 'waiting' || job?.status === 'running';

export interface ImportJob {
  id: string;
  /** waiting: queued, no server process has taken it yet. */
  status: 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  error: string | null;
  report: {
    rows: number;
    created: number;
    alreadyImported: number;
    valid: number;
    rejected: { line: number; problems: string[] }[];
    warnings: { line: number; messages: string[] }[];
    outcome: 'imported' | 'dry_run' | 'refused' | 'cancelled';
    attachedTo?: { caseId: string; reference: string; role: string; persons: number };
  } | null;
}

export const importKeys = { job: (id: string | null) => ['import-job', id] as const };

/** The file's headers and first rows, for the mapping. */
export const previewFile = (file: File) =>
  post<ImportPreview>(`/api/imports/preview?filename=${encodeURIComponent(file.name)}`, file);

/** Starts importing the file with the mapping (or only checks it: dryRun); the job runs on. */
export const startImport = (file: File, mapping: object, options: { dryRun: boolean; skipBad: boolean }) =>
  post<ImportJob>(
    `/api/imports?filename=${encodeURIComponent(file.name)}&mapping=${encodeURIComponent(JSON.stringify(mapping))}&dryRun=${options.dryRun}&skipBad=${options.skipBad}`,
    file,
  );

export const getImportJob = (id: string) => get<ImportJob>(`/api/imports/${id}`);
export const cancelImport = (id: string) => del(`/api/imports/${id}`);
