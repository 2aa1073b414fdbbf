/** The case form: the same schema as the server checks it, with messages in the user's language. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CASE_STATUSES,
  CASE_TYPES,
  CaseInput,
  EXPLOITATION_TYPES,
  HANDLING_CODES,
  MODUS_OPERANDI,
} from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import type { CaseView } from '../../types.ts';
import { CASES, caseKeys, saveCase } from './api.ts';

/** Opening a case, or, given one, changing it: its status and the dates of each stage too. */
export function CaseForm({ existing, onDone }: { existing?: CaseView; onDone: (saved?: CaseView) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [type, setType] = useState<string>(existing?.type ?? 'smuggling');
  const [status, setStatus] = useState<string>(existing?.status ?? 'open');
  const [openedOn, setOpenedOn] = useState(existing?.openedOn ?? new Date().toISOString().slice(0, 10));
  const [investigationOn, setInvestigationOn] = useState(existing?.investigationOn ?? '');
  const [prosecutedOn, setProsecutedOn] = useState(existing?.prosecutedOn ?? '');
  const [closedOn, setClosedOn] = useState(existing?.closedOn ?? '');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [handlingCode, setHandlingCode] = useState<string>(existing?.handlingCode ?? 'H0');
  const [modusOperandi, setModusOperandi] = useState<string[]>(existing?.modusOperandi ?? []);
  const [exploitationTypes, setExploitationTypes] = useState<string[]>(existing?.exploitationTypes ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const heading = existing ? t('cases.editCase') : t('cases.newCase');

  const save = useMutation({
    mutationFn: (body: CaseInput) => saveCase(existing, body),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: CASES });
      client.setQueryData(caseKeys.case(saved.id), saved);
      onDone(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const orNull = (v: string) => (v ? v : null);
    const result = check(
      CaseInput,
      {
        type,
        status,
        openedOn,
        investigationOn: orNull(investigationOn),
        prosecutedOn: orNull(prosecutedOn),
        closedOn: orNull(closedOn),
        title,
        summary: summary || null,
        handlingCode,
        modusOperandi,
        exploitationTypes,
      },
      t,
    );
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const problem = (field: string) => errors[field] ?? fieldError(save.error, field);

  return (
    <form className="card form" onSubmit={submit} aria-label={heading} noValidate>
      <h2>{heading}</h2>
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
      {existing && (
        <>
          <Field label={t('cases.status')} error={problem('status')}>
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              {CASE_STATUSES.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.statuses.${v}`)}
                </option>
              ))}
            </select>
          </Field>
          <div className="row">
            <Field label={t('cases.investigationOn')} error={problem('investigationOn')}>
              <input
                type="date"
                value={investigationOn}
                onChange={(e) => setInvestigationOn(e.target.value)}
              />
            </Field>
            <Field label={t('cases.prosecutedOn')} error={problem('prosecutedOn')}>
              <input type="date" value={prosecutedOn} onChange={(e) => setProsecutedOn(e.target.value)} />
            </Field>
            <Field label={t('cases.closedOn')} error={problem('closedOn')}>
              <input type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />
            </Field>
          </div>
        </>
      )}
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
      {save.error &&
        !['title', 'closedOn', 'investigationOn', 'prosecutedOn'].some((f) => fieldError(save.error, f)) && (
          <ErrorMessage error={save.error} />
        )}
      <FormActions pending={save.isPending} onCancel={() => onDone()} />
    </form>
  );
}
