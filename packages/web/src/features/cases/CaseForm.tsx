/** Opening a case: the same schema as the server checks it, with messages in the user's language. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CASE_TYPES, CaseInput, EXPLOITATION_TYPES, HANDLING_CODES, MODUS_OPERANDI } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api.ts';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import type { CaseView } from '../../types.ts';

export function CaseForm({ onDone }: { onDone: (saved?: CaseView) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [type, setType] = useState<string>('smuggling');
  const [openedOn, setOpenedOn] = useState(new Date().toISOString().slice(0, 10));
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [handlingCode, setHandlingCode] = useState<string>('H0');
  const [modusOperandi, setModusOperandi] = useState<string[]>([]);
  const [exploitationTypes, setExploitationTypes] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = useMutation({
    mutationFn: (body: unknown) => post<CaseView>('/api/cases', body),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['cases'] });
      onDone(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(
      CaseInput,
      { type, openedOn, title, summary: summary || null, handlingCode, modusOperandi, exploitationTypes },
      t,
    );
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const problem = (field: string) => errors[field] ?? fieldError(save.error, field);

  return (
    <form className="card form" onSubmit={submit} aria-label={t('cases.newCase')} noValidate>
      <h2>{t('cases.newCase')}</h2>
      <Field label={t('cases.type')} error={problem('type')}>
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {CASE_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`cases.types.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('cases.caseTitle')} error={problem('title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label={t('cases.openedOn')} error={problem('openedOn')}>
        <input type="date" value={openedOn} onChange={(e) => setOpenedOn(e.target.value)} />
      </Field>
      <Field label={t('cases.summary')} error={problem('summary')}>
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <Field label={t('common.handlingCode')} error={problem('handlingCode')}>
        <select value={handlingCode} onChange={(e) => setHandlingCode(e.target.value)}>
          {HANDLING_CODES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </Field>
      <CheckboxGroup
        legend={t('cases.modusOperandi')}
        options={MODUS_OPERANDI.map((v) => ({ value: v, label: t(`cases.mo.${v}`) }))}
        selected={modusOperandi}
        onChange={setModusOperandi}
      />
      <CheckboxGroup
        legend={t('cases.exploitation')}
        options={EXPLOITATION_TYPES.map((v) => ({ value: v, label: t(`cases.exploitationTypes.${v}`) }))}
        selected={exploitationTypes}
        onChange={setExploitationTypes}
      />
      {save.error && !fieldError(save.error, 'title') && <ErrorMessage error={save.error} />}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
