/**
 * Publishing a new version of a screening instrument, without a deployment: the coordinator
 * uploads its JSON, Veza checks it and shows what changes against the published version, and only
 * then publishes it. Screenings already made keep the version they used.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useDateTime } from '../requests/format.ts';
import { INSTRUMENTS, publishInstrument, reviewInstrument } from './api.ts';
import { useInstruments } from './InterviewPage.tsx';

export function InstrumentsPage() {
  const { t } = useTranslation();
  const formatDate = useDateTime();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  const [definition, setDefinition] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: reviewInstrument,
  });
  const publish = useMutation({
    mutationFn: publishInstrument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INSTRUMENTS }),
  });
  if (instruments.isPending) return <Loading />;
  return (
    <section>
      <h1>{t('screening.instruments')}</h1>
      <ul>
        {instruments.data?.instruments.map((i) => (
          <li key={i.id}>
            {i.key} v{i.version}{' '}
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(i.definition, null, 2))}`}
              download={`${i.key}-v${i.version}.json`}
            >
              {t('screening.downloadJson')}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('screening.publishVersion')}</h2>
      <Field label={t('screening.instrumentFile')} error={readError ?? undefined}>
        <input
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            review.reset();
            publish.reset();
            if (!file) return;
            try {
              const parsed = JSON.parse(await file.text());
              setReadError(null);
              setDefinition(parsed);
              review.mutate(parsed);
            } catch {
              setReadError(t('screening.notJson'));
            }
          }}
        />
      </Field>
      {review.error && <ErrorMessage error={review.error} />}
      {review.data && (
        <div className="card">
          <p>
            {review.data.previous
              ? t('screening.againstVersion', { version: review.data.previous.version })
              : t('screening.firstVersion')}
          </p>
          {review.data.changes.length === 0 ? (
            <p>{t('screening.noChanges')}</p>
          ) : (
            <ul data-testid="instrument-changes">
              {review.data.changes.map((c) => (
                <li key={`${c.what}:${c.id}`}>
                  {t(`screening.changes.${c.change}`)} · {c.what} <code>{c.id}</code>
                  {c.fields ? ` (${c.fields.join(', ')})` : ''}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button
              type="button"
              disabled={publish.isPending || publish.isSuccess}
              onClick={() => publish.mutate(definition)}
            >
              {t('screening.publish')}
            </button>
          </div>
          {publish.error && <ErrorMessage error={publish.error} />}
          {publish.isSuccess && (
            <p role="status">{t('screening.published', { time: formatDate(new Date().toISOString()) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
