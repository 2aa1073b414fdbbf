/** Adding or changing an agency, for its jurisdiction's admins. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AGENCY_TYPES, type AgencyType, SPOKEN_LANGUAGES, type SpokenLanguage } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import type { Agency } from '../../types.ts';
import { DIRECTORY, directoryKeys, saveAgency } from './api.ts';
import { languageName } from './labels.ts';

const FIELDS = ['name', 'alternateName', 'type', 'address', 'languages'];

export function AgencyForm({ agency, onDone }: { agency?: Agency; onDone: (saved?: Agency) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(agency?.name ?? '');
  const [alternateName, setAlternateName] = useState(agency?.alternateName ?? '');
  const [type, setType] = useState<AgencyType>(agency?.type ?? 'police');
  const [address, setAddress] = useState(agency?.address ?? '');
  const [languages, setLanguages] = useState<SpokenLanguage[]>(agency?.languages ?? []);
  const title = agency ? t('directory.editAgency') : t('directory.addAgency');

  const save = useMutation({
    mutationFn: () => {
      const body = { name, alternateName: alternateName || null, type, address: address || null, languages };
      return saveAgency(agency, body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: DIRECTORY });
      await client.invalidateQueries({ queryKey: directoryKeys.agency(saved.id) });
      onDone(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const problem = (field: string) => fieldError(save.error, field);

  return (
    <form className="card form" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <Field label={t('directory.name')} error={problem('name')}>
        <input required minLength={2} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('directory.alternateName')} error={problem('alternateName')}>
        <input value={alternateName} onChange={(e) => setAlternateName(e.target.value)} />
      </Field>
      <Field label={t('directory.agencyType')} error={problem('type')}>
        <select value={type} onChange={(e) => setType(e.target.value as AgencyType)}>
          {AGENCY_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`agencyTypes.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('directory.address')} error={problem('address')}>
        <input value={address} onChange={(e) => setAddress(e.target.value)} />
      </Field>
      <CheckboxGroup
        legend={t('directory.languages')}
        options={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        selected={languages}
        onChange={setLanguages}
      />
      {save.error && !FIELDS.some((f) => problem(f)) && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={() => onDone()} />
    </form>
  );
}
