/** Recording a vehicle of a case. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VehicleInput } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryInput } from '../../app/CountryInput.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import { addVehicle, caseKeys } from './api.ts';

export function VehicleForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState({ plate: '', country: '', make: '', model: '', colour: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: VehicleInput) => addVehicle(caseId, body),
    onSuccess: (view) => {
      client.setQueryData(caseKeys.case(caseId), view);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(
      VehicleInput,
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' && k !== 'plate' ? null : v])),
      t,
    );
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const field = (name: keyof typeof values, label: string) => (
    <Field label={label} error={errors[name]}>
      <input value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    </Field>
  );
  return (
    <form className="card form" onSubmit={submit} aria-label={t('cases.addVehicle')} noValidate>
      <h3>{t('cases.addVehicle')}</h3>
      <div className="row">
        {field('plate', t('cases.plate'))}
        <Field label={t('cases.country')} error={errors.country}>
          <CountryInput value={values.country} onChange={(country) => setValues({ ...values, country })} />
        </Field>
      </div>
      <div className="row">
        {field('make', t('cases.make'))}
        {field('model', t('cases.model'))}
        {field('colour', t('cases.colour'))}
      </div>
      {save.error && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
