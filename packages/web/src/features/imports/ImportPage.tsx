/**
 * Importing persons from a unit's spreadsheet: choose the file, see its first rows, say which column
 * holds what, check every row, then import with a progress bar and a way to cancel.
 */

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CASE_ROLES, type CaseRole, type ImportMapping, suggestMapping } from '@veza/core';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { caseChoices, caseKeys } from '../cases/api.ts';
import {
  cancelImport,
  getImportJob,
  type ImportPreview,
  importKeys,
  previewFile,
  startImport,
  underway,
} from './api.ts';

type Column = keyof ImportMapping['columns'];

const COLUMNS: { key: Column; label: string }[] = [
  { key: 'givenNames', label: 'cases.givenNames' },
  { key: 'familyNames', label: 'cases.familyNames' },
  { key: 'alias', label: 'imports.alias' },
  { key: 'sex', label: 'person.sex' },
  { key: 'birthDate', label: 'person.birthDate' },
  { key: 'nationality', label: 'cases.nationality' },
  { key: 'phone', label: 'cases.phone' },
  { key: 'documentNumber', label: 'imports.documentNumber' },
  { key: 'documentCountry', label: 'imports.documentCountry' },
  { key: 'notes', label: 'imports.notes' },
];

export function ImportPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<Partial<Record<Column, string>>>({});
  const [sourceKey, setSourceKey] = useState('');
  const [dateFormat, setDateFormat] = useState<'iso' | 'day_first'>('iso');
  const [skipBad, setSkipBad] = useState(false);
  const [checking, setChecking] = useState(false);
  const [attachCase, setAttachCase] = useState('');
  const [attachRole, setAttachRole] = useState<CaseRole>('smuggled_migrant');
  const cases = useQuery({
    queryKey: caseKeys.forImport,
    queryFn: () => caseChoices(200),
  });
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const job = useQuery({
    queryKey: importKeys.job(jobId),
    queryFn: () => getImportJob(jobId!),
    enabled: jobId !== null,
    refetchInterval: (query) => (underway(query.state.data) ? 400 : false),
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setPreview(null);
    setJobId(null);
    setError(null);
    if (!chosen) return;
    try {
      const p = await previewFile(chosen);
      setPreview(p);
      // The region's usual headers (Ime, Prezime, Datum rođenja, Emri…) are mapped already.
      const suggested = suggestMapping(p.headers);
      setColumns(suggested.columns);
      setSourceKey(suggested.sourceKey ?? '');
    } catch (e) {
      setError(e);
    }
  };

  const start = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setChecking(dryRun);
    const mapping = {
      target: 'persons',
      ...(sourceKey ? { sourceKey } : {}),
      columns: Object.fromEntries(Object.entries(columns).filter(([, v]) => v)),
      dateFormat,
      ...(attachCase ? { attach: { caseId: attachCase, role: attachRole } } : {}),
    };
    try {
      const started = await startImport(file, mapping, { dryRun, skipBad });
      setJobId(started.id);
      client.setQueryData(importKeys.job(started.id), started);
    } catch (e) {
      setError(e);
    }
  };

  const current = job.data;
  const running = underway(current);
  const report = current?.report;

  return (
    <section>
      <p>
        <Link to="/cases">← {t('cases.title')}</Link>
      </p>
      <h1>{t('imports.title')}</h1>
      <p className="lead">{t('imports.intro')}</p>
      <Field label={t('imports.file')}>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
        />
      </Field>
      {error !== null && <ErrorMessage error={error} />}
      {preview && file && (
        <>
          <h2>{t('imports.preview', { name: file.name, count: preview.total })}</h2>
          <div className="table-wrap">
            <table data-testid="import-preview">
              <thead>
                <tr>
                  {preview.headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity but their order
                  <tr key={i}>
                    {preview.headers.map((h) => (
                      <td key={h}>{row[h]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('imports.mapping')}</h2>
          <div className="form wide">
            <Field label={t('imports.sourceKey')}>
              <select value={sourceKey} onChange={(e) => setSourceKey(e.target.value)}>
                <option value="">{t('imports.noSourceKey')}</option>
                {preview.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </Field>
            <div className="row">
              {COLUMNS.map(({ key, label }) => (
                <Field key={key} label={t(label)}>
                  <select
                    value={columns[key] ?? ''}
                    onChange={(e) => setColumns({ ...columns, [key]: e.target.value })}
                  >
                    <option value="">{t('imports.notMapped')}</option>
                    {preview.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </Field>
              ))}
            </div>
            <Field label={t('imports.dateFormat')}>
              <select
                value={dateFormat}
                onChange={(e) => setDateFormat(e.target.value as 'iso' | 'day_first')}
              >
                <option value="iso">{t('imports.iso')}</option>
                <option value="day_first">{t('imports.dayFirst')}</option>
              </select>
            </Field>
            <div className="row">
              <Field label={t('imports.attachCase')}>
                <select value={attachCase} onChange={(e) => setAttachCase(e.target.value)}>
                  <option value="">{t('imports.noCase')}</option>
                  {(cases.data?.cases ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.reference} · {c.title}
                    </option>
                  ))}
                </select>
              </Field>
              {attachCase && (
                <Field label={t('imports.attachRole')}>
                  <select value={attachRole} onChange={(e) => setAttachRole(e.target.value as CaseRole)}>
                    {CASE_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`cases.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
            </div>
            {!attachCase && <p className="muted">{t('imports.inNoCase')}</p>}
            <label className="check">
              <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} />
              {t('imports.skipBad')}
            </label>
            <div className="actions">
              <button type="button" className="secondary" disabled={running} onClick={() => start(true)}>
                {t('imports.check')}
              </button>
              <button type="button" disabled={running} onClick={() => start(false)}>
                {t('imports.run')}
              </button>
            </div>
          </div>
        </>
      )}
      {current && (
        <div className="card" aria-live="polite" data-testid="import-status">
          {running && (
            <>
              <progress max={current.total || 1} value={current.done} aria-label={t('imports.title')} />{' '}
              {t('imports.progress', { done: current.done, total: current.total })}{' '}
              <button
                type="button"
                className="danger"
                onClick={() => cancelImport(current.id).then(() => job.refetch())}
              >
                {t('imports.cancel')}
              </button>
            </>
          )}
          {current.status === 'cancelled' && <p>{t('imports.cancelled')}</p>}
          {current.status === 'failed' && <ErrorMessage error={new Error(current.error ?? '')} />}
          {report && (
            <>
              {checking ? (
                <p data-testid="import-checked">
                  {t('imports.checkedReport', {
                    rows: report.rows,
                    valid: report.valid,
                    already: report.alreadyImported,
                    rejected: report.rejected.length,
                  })}
                </p>
              ) : (
                <p>
                  {t('imports.report', {
                    rows: report.rows,
                    created: report.created,
                    already: report.alreadyImported,
                    rejected: report.rejected.length,
                  })}
                </p>
              )}
              {report.outcome === 'refused' && !checking && <p className="error">{t('imports.refused')}</p>}
              {checking && <p className="muted">{t('imports.checked')}</p>}
              {report.attachedTo && report.outcome === 'imported' && (
                <p>
                  {t('imports.attached', {
                    count: report.attachedTo.persons,
                    reference: report.attachedTo.reference,
                  })}{' '}
                  <Link to="/cases/$caseId" params={{ caseId: report.attachedTo.caseId }}>
                    {report.attachedTo.reference}
                  </Link>
                </p>
              )}
              {report.warnings.length > 0 && (
                <>
                  <h3>{t('imports.warnings', { count: report.warnings.length })}</h3>
                  <ul data-testid="import-warnings">
                    {report.warnings.slice(0, 200).map((w) => (
                      <li key={w.line}>
                        {t('imports.line', { line: w.line })}: {w.messages.join('; ')}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {report.rejected.length > 0 && (
                <>
                  <h3>{t('imports.rejected')}</h3>
                  <ul data-testid="import-rejected">
                    {report.rejected.slice(0, 200).map((r) => (
                      <li key={r.line}>
                        {t('imports.line', { line: r.line })}: {r.problems.join('; ')}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
