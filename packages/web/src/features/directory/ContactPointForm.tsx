/** Adding or changing a contact point, for the owning jurisdiction's admins. */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Availability, SPOKEN_LANGUAGES, type SpokenLanguage } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import type { ContactPoint } from '../../types.ts';
import { DIRECTORY, directoryKeys, saveContactPoint } from './api.ts';
import { languageName } from './labels.ts';

interface Props {
  agencyId: string;
  timeZone: string;
  contact?: ContactPoint;
  onDone: () => void;
}

export function ContactPointForm({ agencyId, timeZone, contact, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(contact?.name ?? '');
  const [fn, setFn] = useState(contact?.function ?? '');
  const [taskForce, setTaskForce] = useState(contact?.taskForce ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [languages, setLanguages] = useState<SpokenLanguage[]>(contact?.languages ?? []);
  const initialHours: Extract<Availability, { kind: 'office_hours' }> =
    contact?.availability.kind === 'office_hours'
      ? contact.availability
      : { kind: 'office_hours', days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', timeZone };
  const [always, setAlways] = useState(contact ? contact.availability.kind === 'always' : false);
  const [hours, setHours] = useState(initialHours);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        agencyId,
        name,
        function: fn,
        taskForce: taskForce || null,
        phone: phone || null,
        email: email || null,
        languages,
        availability: always ? { kind: 'always' as const } : hours,
      };
      return saveContactPoint(contact, body);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: directoryKeys.agency(agencyId) });
      await client.invalidateQueries({ queryKey: DIRECTORY });
      onDone();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const problem = (field: string) => fieldError(save.error, field);
  const otherError =
    save.error && !['name', 'function', 'taskForce', 'phone', 'email'].some((f) => problem(f));

  return (
    <form
      className="card form"
      onSubmit={submit}
      aria-label={contact ? t('directory.editContact') : t('directory.addContact')}
    >
      <h3>{contact ? t('directory.editContact') : t('directory.addContact')}</h3>
      <Field label={t('directory.name')} error={problem('name')}>
        <input required minLength={2} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('directory.function')} error={problem('function')}>
        <input required minLength={2} value={fn} onChange={(e) => setFn(e.target.value)} />
      </Field>
      <Field label={t('directory.taskForce')} error={problem('taskForce')}>
        <input value={taskForce} onChange={(e) => setTaskForce(e.target.value)} />
      </Field>
      <Field label={t('directory.phone')} error={problem('phone')}>
        <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      </Field>
      <Field label={t('directory.email')} error={problem('email')}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <CheckboxGroup
        legend={t('directory.languages')}
        options={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        selected={languages}
        onChange={setLanguages}
      />
      <fieldset>
        <legend>{t('directory.availability')}</legend>
        <label className="check">
          <input type="radio" name="availability" checked={always} onChange={() => setAlways(true)} />
          {t('directory.alwaysLabel')}
        </label>
        <label className="check">
          <input type="radio" name="availability" checked={!always} onChange={() => setAlways(false)} />
          {t('directory.officeHoursLabel')}
        </label>
        {!always && (
          <div className="row">
            <label>
              <span>{t('directory.opens')}</span>
              <input
                type="time"
                value={hours.opens}
                onChange={(e) => setHours({ ...hours, opens: e.target.value })}
              />
            </label>
            <label>
              <span>{t('directory.closes')}</span>
              <input
                type="time"
                value={hours.closes}
                onChange={(e) => setHours({ ...hours, closes: e.target.value })}
              />
            </label>
            <label>
              <span>{t('directory.timeZone')}</span>
              <input
                value={hours.timeZone}
                onChange={(e) => setHours({ ...hours, timeZone: e.target.value })}
              />
            </label>
          </div>
        )}
      </fieldset>
      {otherError && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
