/**
 * Forwarding what was shared in a request to another agency, as a new request. H2 snapshots are
 * not offered (their owner must be asked); each forwarded one keeps its chain of origin.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { PRIORITIES, type Priority } from '@veza/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import type { RequestThread } from '../../types.ts';
import { forwardRequest, REQUESTS } from './api.ts';
import { type Counterpart, CounterpartPicker } from './ComposePage.tsx';
import { shownValue } from './format.ts';

export function ForwardDialog({ request, onClose }: { request: RequestThread; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [counterpart, setCounterpart] = useState<Counterpart>({
    jurisdiction: '',
    agencyId: '',
    contactPointId: '',
  });
  const [subject, setSubject] = useState(request.subject);
  const [body, setBody] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [shareIds, setShareIds] = useState<string[]>([]);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const forward = useMutation({
    mutationFn: () =>
      forwardRequest(request.id, {
        type: request.type,
        toAgencyId: counterpart.agencyId,
        toContactPointId: counterpart.contactPointId || null,
        subject,
        body,
        priority,
        handlingCode: request.handlingCode,
        language: request.language,
        shareIds,
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: REQUESTS });
      dialog.current?.close();
      navigate({ to: '/requests/$requestId', params: { requestId: created.id } });
    },
  });
  return (
    <dialog ref={dialog} aria-labelledby="forward-title" onClose={onClose}>
      <h2 id="forward-title">{t('requests.forward.title')}</h2>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          forward.mutate();
        }}
      >
        <CounterpartPicker
          value={counterpart}
          onChange={setCounterpart}
          errors={{
            agency: fieldError(forward.error, 'toAgencyId'),
            contactPoint: fieldError(forward.error, 'toContactPointId'),
          }}
        />
        <Field label={t('requests.subject')} error={fieldError(forward.error, 'subject')}>
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        <Field label={t('requests.body')} error={fieldError(forward.error, 'body')}>
          <textarea rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
        </Field>
        <Field label={t('requests.priority')}>
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`requests.priorities.${p}`)}
              </option>
            ))}
          </select>
        </Field>
        {request.shares.length > 0 && (
          <fieldset>
            <legend>{t('requests.forward.shares')}</legend>
            {request.shares.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  disabled={!s.forwardable}
                  checked={shareIds.includes(s.id)}
                  onChange={(e) =>
                    setShareIds(e.target.checked ? [...shareIds, s.id] : shareIds.filter((id) => id !== s.id))
                  }
                />
                {s.handlingCode} · {s.fields.map((f) => shownValue(s.values[f])).join(' · ')}
                {!s.forwardable && <span className="muted"> ({t('requests.notForwardable')})</span>}
              </label>
            ))}
          </fieldset>
        )}
        {forward.error && <ErrorMessage error={forward.error} />}
        <div className="actions">
          <button type="submit" disabled={forward.isPending}>
            {t('requests.forward.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
