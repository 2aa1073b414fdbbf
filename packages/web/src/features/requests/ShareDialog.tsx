/**
 * Picking what to share in a reply: one of the reader's own records, and which of its fields.
 * Nothing is read or sent until the reply goes; then the server keeps a snapshot of exactly those
 * fields under the reply's handling code.
 */
import { SHAREABLE_FIELDS, type ShareKind } from '@veza/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { type PickedRecord, RecordPicker } from './RecordPicker.tsx';

export interface ChosenShare {
  kind: ShareKind;
  id: string;
  label: string;
  fields: string[];
}

export function ShareDialog({
  requestId,
  onChoose,
  onClose,
}: {
  requestId: string;
  onChoose: (share: ChosenShare) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<ShareKind>('person');
  const [record, setRecord] = useState<PickedRecord | null>(null);
  const [fields, setFields] = useState<string[]>([]);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t('requests.share.title')}</h2>
      <div className="tabs" role="radiogroup" aria-label={t('requests.share.kind')}>
        {(['person', 'case'] as const).map((k) => (
          <label key={k} className="inline">
            <input
              type="radio"
              name="share-kind"
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setRecord(null);
                setFields([]);
              }}
            />{' '}
            {t(`requests.linkKinds.${k}`)}
          </label>
        ))}
      </div>
      {record ? (
        <p>
          <strong>{record.label}</strong>{' '}
          <button type="button" className="secondary" onClick={() => setRecord(null)}>
            {t('requests.share.another')}
          </button>
        </p>
      ) : (
        <RecordPicker
          kind={kind}
          purpose={`sharing in operational request ${requestId}`}
          onPick={setRecord}
        />
      )}
      {record && (
        <CheckboxGroup
          legend={t('requests.share.fields')}
          options={SHAREABLE_FIELDS[kind].map((f) => ({ value: f, label: t(`requests.fields.${f}`) }))}
          selected={fields}
          onChange={setFields}
        />
      )}
      <div className="actions">
        <button
          type="button"
          disabled={!record || fields.length === 0}
          onClick={() => record && onChoose({ kind, id: record.id, label: record.label, fields })}
        >
          {t('requests.share.add')}
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
