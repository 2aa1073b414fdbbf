/** Recording an HTCDS historic trafficking event: recruitment, transit or exploitation, with place and date. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CaseEventInput, EVENT_TYPES } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryInput } from '../../app/CountryInput.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import type { CaseView } from '../../types.ts';
import { addEvent, caseKeys } from './api.ts';

export function EventForm({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState({
    type: 'Recruitment',
    date: '',
    place: '',
    country: '',
    personId: '',
    description: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: CaseEventInput) => addEvent(view.id, body),
    onSuccess: (saved) => {
      client.setQueryData(caseKeys.case(view.id), saved);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    const result = check(
      CaseEventInput,
      {
        type: values.type,
        date: orNull(values.date),
        place: orNull(values.place),
        country: orNull(values.country),
        personId: orNull(values.personId),
        description: orNull(values.description),
      },
      t,
    );
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [name]: e.target.value });
  return (
    <form className="card form" onSubmit={submit} aria-label={t('cases.addEvent')} noValidate>
      <h3>{t('cases.addEvent')}</h3>
      <div className="row">
        <Field label={t('cases.eventType')}>
          <select value={values.type} onChange={set('type')}>
            {EVENT_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`cases.eventTypes.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cases.date')} error={errors.date}>
          <input value={values.date} onChange={set('date')} />
        </Field>
      </div>
      <div className="row">
        <Field label={t('cases.place')}>
          <input value={values.place} onChange={set('place')} />
        </Field>
        <Field label={t('cases.country')} error={errors.country}>
          <CountryInput value={values.country} onChange={(country) => setValues({ ...values, country })} />
        </Field>
        <Field label={t('cases.people')}>
          <select value={values.personId} onChange={set('personId')}>
            <option value="">—</option>
            {view.people.map((p) => (
              <option key={p.roleId} value={p.personId}>
                {p.displayName}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('cases.description')}>
        <textarea rows={2} value={values.description} onChange={set('description')} />
      </Field>
      {save.error && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
