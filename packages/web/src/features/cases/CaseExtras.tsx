/** A case's linked cases and attachments. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import type { CaseView } from '../../types.ts';
import { attachFile, caseChoices, caseKeys, linkCase, listAttachments, removeAttachment } from './api.ts';

export function LinkedCases({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mayChange = view.allowedActions.includes('update');
  const [other, setOther] = useState('');
  const candidates = useQuery({
    queryKey: caseKeys.forLinks,
    queryFn: () => caseChoices(500),
    enabled: mayChange,
  });
  const link = useMutation({
    mutationFn: (id: string) => linkCase(view.id, id),
    onSuccess: (saved) => client.setQueryData(caseKeys.case(view.id), saved),
  });
  const linked = new Set(view.linkedCases.map((c) => c.id));
  return (
    <>
      <h2>{t('cases.linked')}</h2>
      {view.linkedCases.length === 0 ? (
        <p className="empty">{t('cases.noLinks')}</p>
      ) : (
        <ul data-testid="linked-cases">
          {view.linkedCases.map((c) => (
            <li key={c.id}>
              <Link to="/cases/$caseId" params={{ caseId: c.id }}>
                {c.reference}
              </Link>{' '}
              {c.title}
            </li>
          ))}
        </ul>
      )}
      {mayChange && (
        <div className="row">
          <Field label={t('cases.link')}>
            <select value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">—</option>
              {candidates.data?.cases
                .filter((c) => c.id !== view.id && !linked.has(c.id))
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.reference} · {c.title}
                  </option>
                ))}
            </select>
          </Field>
          <button
            type="button"
            className="secondary"
            disabled={!other || link.isPending}
            onClick={() => link.mutate(other)}
          >
            {t('cases.link')}
          </button>
        </div>
      )}
      {link.isError && <ErrorMessage error={link.error} />}
    </>
  );
}

export function Attachments({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mayChange = view.allowedActions.includes('update');
  const list = useQuery({
    queryKey: caseKeys.attachments(view.id),
    queryFn: () => listAttachments(view.id),
  });
  const [error, setError] = useState<unknown>(null);
  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    try {
      const saved = await attachFile(view.id, file);
      client.setQueryData(caseKeys.attachments(view.id), saved);
    } catch (e) {
      setError(e);
    }
  };
  const remove = useMutation({
    mutationFn: (id: string) => removeAttachment(view.id, id),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.attachments(view.id) }),
  });
  const purpose = encodeURIComponent(t('cases.purposeCase', { reference: view.reference }));
  return (
    <>
      <h2>{t('cases.attachments')}</h2>
      {list.data?.attachments.length ? (
        <ul data-testid="case-attachments">
          {list.data.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/cases/${view.id}/attachments/${a.id}?purpose=${purpose}`}>{a.filename}</a>{' '}
              <span className="muted">
                ({a.contentType}, {Math.ceil(a.sizeBytes / 1024)} KB)
              </span>{' '}
              {mayChange && (
                <button type="button" className="danger" onClick={() => remove.mutate(a.id)}>
                  {t('common.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('cases.noAttachments')}</p>
      )}
      {mayChange && (
        <Field label={t('cases.attach')}>
          <input type="file" onChange={attach} />
        </Field>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </>
  );
}
