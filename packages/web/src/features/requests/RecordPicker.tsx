/**
 * Finds one of the reader's own records to link or share: persons by name, phone or document (the
 * search is audited with its purpose), cases by reference or title.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/feedback.tsx';
import { findCases, findPersons, requestKeys } from './api.ts';

export interface PickedRecord {
  kind: 'person' | 'case';
  id: string;
  label: string;
}

export function RecordPicker({
  kind,
  purpose,
  onPick,
}: {
  kind: 'person' | 'case';
  purpose: string;
  onPick: (record: PickedRecord) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const results = useQuery({
    queryKey: requestKeys.picker(kind, asked),
    enabled: asked.length > 0,
    queryFn: async (): Promise<PickedRecord[]> => {
      if (kind === 'person') {
        const { hits } = await findPersons(asked, purpose);
        return hits
          .filter((h) => h.kind === 'person')
          .map((h) => ({ kind, id: h.id, label: h.detail ? `${h.label} (${h.detail})` : h.label }));
      }
      const { cases } = await findCases(asked);
      return cases.map((c) => ({ kind, id: c.id, label: `${c.reference} ${c.title}` }));
    },
  });
  return (
    <div className="picker">
      <div className="filters">
        <label className="grow">
          <span>{t(kind === 'person' ? 'requests.picker.findPerson' : 'requests.picker.findCase')}</span>
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                setAsked(q.trim());
              }
            }}
          />
        </label>
        <button type="button" className="secondary" onClick={() => setAsked(q.trim())}>
          {t('common.search')}
        </button>
      </div>
      {results.isError && <ErrorMessage error={results.error} />}
      {results.data && results.data.length === 0 && <p className="muted">{t('requests.picker.nothing')}</p>}
      {results.data && results.data.length > 0 && (
        <ul className="picker-results">
          {results.data.map((r) => (
            <li key={r.id}>
              {r.label}{' '}
              <button type="button" className="secondary" onClick={() => onPick(r)}>
                {t('requests.picker.pick')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
