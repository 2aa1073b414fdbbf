/** Changing a person's record: every name with its kind, sex, birth date, nationalities, phones and documents. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DOCUMENT_TYPES, PersonInput, SEXES } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountriesInput, CountryInput } from '../../app/CountryInput.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import type { PersonView } from '../../types.ts';
import { personKeys, savePerson } from './api.ts';

const list = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export function PersonEditForm({
  person,
  purpose,
  onDone,
}: {
  person: PersonView;
  purpose: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [names, setNames] = useState(
    person.names.map((n) => ({ givenNames: n.givenNames, familyNames: n.familyNames, kind: n.kind })),
  );
  const [sex, setSex] = useState<string>(person.sex);
  const [birthDate, setBirthDate] = useState(person.birthDate ?? '');
  const [presumed, setPresumed] = useState(person.birthDatePresumed);
  const [nationalities, setNationalities] = useState<string[]>(person.nationalities);
  const [phones, setPhones] = useState(person.phones.map((p) => p.original).join(', '));
  const [documents, setDocuments] = useState(
    person.documents.map((d) => ({ type: d.type, number: d.number, issuingCountry: d.issuingCountry ?? '' })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: PersonInput) => savePerson(person, body),
    onSuccess: (saved) => {
      client.setQueryData(personKeys.person(person.id, purpose), saved);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(
      PersonInput,
      {
        names,
        sex,
        birthDate: birthDate || null,
        birthDatePresumed: presumed,
        nationalities,
        phones: list(phones),
        documents: documents.map((d) => ({ ...d, issuingCountry: d.issuingCountry || null })),
        socialHandles: [],
        handlingCode: person.handlingCode,
      },
      t,
    );
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const setName = (i: number, change: Partial<(typeof names)[number]>) =>
    setNames(names.map((n, j) => (j === i ? { ...n, ...change } : n)));
  const setDocument = (i: number, change: Partial<(typeof documents)[number]>) =>
    setDocuments(documents.map((d, j) => (j === i ? { ...d, ...change } : d)));

  return (
    <form className="card form wide" onSubmit={submit} aria-label={t('person.edit')} noValidate>
      <h2>{t('person.edit')}</h2>
      {names.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: names are edited in place, in order
        <div className="row" key={i}>
          <Field label={t('cases.givenNames')} error={errors[`names.${i}`]}>
            <input value={n.givenNames} onChange={(e) => setName(i, { givenNames: e.target.value })} />
          </Field>
          <Field label={t('cases.familyNames')}>
            <input value={n.familyNames} onChange={(e) => setName(i, { familyNames: e.target.value })} />
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={n.kind === 'alias'}
              onChange={(e) => setName(i, { kind: e.target.checked ? 'alias' : 'recorded' })}
            />
            {t('person.alias')}
          </label>
          {names.length > 1 && (
            <button
              type="button"
              className="danger"
              onClick={() => setNames(names.filter((_, j) => j !== i))}
            >
              {t('person.remove')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setNames([...names, { givenNames: '', familyNames: '', kind: 'alias' }])}
      >
        {t('person.addName')}
      </button>
      <div className="row">
        <Field label={t('person.sex')}>
          <select value={sex} onChange={(e) => setSex(e.target.value)}>
            {SEXES.map((v) => (
              <option key={v} value={v}>
                {t(`person.sexes.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cases.birthDate')} error={errors.birthDate}>
          <input value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={presumed} onChange={(e) => setPresumed(e.target.checked)} />
        {t('cases.presumed')}
      </label>
      <Field
        label={t('person.separated', { label: t('person.nationalities') })}
        error={errors['nationalities.0'] ?? errors['nationalities.1']}
      >
        <CountriesInput value={nationalities} onChange={setNationalities} />
      </Field>
      <Field
        label={t('person.separated', { label: t('cases.phones') })}
        error={Object.entries(errors).find(([k]) => k.startsWith('phones'))?.[1]}
      >
        <input value={phones} onChange={(e) => setPhones(e.target.value)} />
      </Field>
      {documents.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: documents are edited in place, in order
        <div className="row" key={i}>
          <Field label={t('person.documentType')}>
            <select
              value={d.type}
              onChange={(e) => setDocument(i, { type: e.target.value as (typeof DOCUMENT_TYPES)[number] })}
            >
              {DOCUMENT_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`person.documentTypes.${v}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('imports.documentNumber')} error={errors[`documents.${i}.number`]}>
            <input value={d.number} onChange={(e) => setDocument(i, { number: e.target.value })} />
          </Field>
          <Field label={t('imports.documentCountry')} error={errors[`documents.${i}.issuingCountry`]}>
            <CountryInput
              value={d.issuingCountry}
              onChange={(issuingCountry) => setDocument(i, { issuingCountry })}
            />
          </Field>
          <button
            type="button"
            className="danger"
            onClick={() => setDocuments(documents.filter((_, j) => j !== i))}
          >
            {t('person.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setDocuments([...documents, { type: 'passport', number: '', issuingCountry: '' }])}
      >
        {t('person.addDocument')}
      </button>
      {save.error && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
