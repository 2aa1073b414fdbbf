/** Recording a person in a case: their name as written, birth date, nationality, phone, and their role. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CASE_ROLES, PERPETRATOR_ROLES, PersonInput } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { CountryInput } from '../../app/CountryInput.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import { addPersonToCase, caseKeys } from './api.ts';

export function PersonForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [givenNames, setGivenNames] = useState('');
  const [familyNames, setFamilyNames] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [presumed, setPresumed] = useState(false);
  const [nationality, setNationality] = useState('');
  const [phone, setPhone] = useState('');
  const [role, setRole] = useState<string>('smuggled_migrant');
  const [perpetratorRoles, setPerpetratorRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = useMutation({
    mutationFn: async (person: PersonInput) => {
      return addPersonToCase(caseId, person, role, role === 'suspect' ? perpetratorRoles : []);
    },
    onSuccess: (view) => {
      client.setQueryData(caseKeys.case(caseId), view);
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.field === 'phones.0')
        setErrors({ phone: t('validation.phone') });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(
      PersonInput,
      {
        names: [{ givenNames, familyNames }],
        birthDate: birthDate || null,
        birthDatePresumed: presumed,
        nationalities: nationality ? [nationality] : [],
        phones: phone ? [phone] : [],
      },
      t,
    );
    if (!result.ok) {
      const e = result.errors;
      return setErrors({
        name: e['names.0'] ?? e['names.0.givenNames'] ?? e['names.0.familyNames'] ?? '',
        birthDate: e.birthDate ?? '',
        nationality: e['nationalities.0'] ?? '',
        phone: e['phones.0'] ?? '',
      });
    }
    setErrors({});
    save.mutate(result.data);
  };
  const problem = (field: string) => errors[field] || undefined;

  return (
    <form className="card form" onSubmit={submit} aria-label={t('cases.addPerson')} noValidate>
      <h3>{t('cases.addPerson')}</h3>
      <div className="row">
        <Field label={t('cases.givenNames')} error={problem('name')}>
          <input value={givenNames} onChange={(e) => setGivenNames(e.target.value)} />
        </Field>
        <Field label={t('cases.familyNames')}>
          <input value={familyNames} onChange={(e) => setFamilyNames(e.target.value)} />
        </Field>
      </div>
      <div className="row">
        <Field label={t('cases.birthDate')} error={problem('birthDate')}>
          <input value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />
        </Field>
        <Field label={t('cases.nationality')} error={problem('nationality')}>
          <CountryInput value={nationality} onChange={setNationality} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={presumed} onChange={(e) => setPresumed(e.target.checked)} />
        {t('cases.presumed')}
      </label>
      <Field label={t('cases.phone')} error={problem('phone')}>
        <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      </Field>
      <Field label={t('cases.role')}>
        <select value={role} onChange={(e) => setRole(e.target.value)}>
          {CASE_ROLES.map((v) => (
            <option key={v} value={v}>
              {t(`cases.roles.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      {role === 'suspect' && (
        <CheckboxGroup
          legend={t('cases.perpetratorRoles')}
          options={PERPETRATOR_ROLES.map((v) => ({ value: v, label: t(`cases.perpetratorRoleNames.${v}`) }))}
          selected={perpetratorRoles}
          onChange={setPerpetratorRoles}
        />
      )}
      {save.error && !errors.phone && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
