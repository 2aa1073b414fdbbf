/** Editing a case's route: legs in order, each with its border crossing, dates, transport, fee and facilitator. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RouteInput, TRANSPORT_MODES } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryInput } from '../../app/CountryInput.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage } from '../../app/feedback.tsx';
import { check, type FieldErrors } from '../../app/validation.ts';
import type { CaseView } from '../../types.ts';
import { caseKeys, listCrossings, replaceRoute } from './api.ts';

interface LegDraft {
  fromPlace: string;
  fromCountry: string;
  toPlace: string;
  toCountry: string;
  crossingId: string;
  departedOn: string;
  arrivedOn: string;
  transportMode: string;
  feeAmount: string;
  feeCurrency: string;
  facilitatorPersonId: string;
}

const emptyLeg = (): LegDraft => ({
  fromPlace: '',
  fromCountry: '',
  toPlace: '',
  toCountry: '',
  crossingId: '',
  departedOn: '',
  arrivedOn: '',
  transportMode: '',
  feeAmount: '',
  feeCurrency: 'EUR',
  facilitatorPersonId: '',
});

function draftOf(view: CaseView): LegDraft[] {
  return view.route.map((l) => ({
    fromPlace: l.fromPlace ?? '',
    fromCountry: l.fromCountry,
    toPlace: l.toPlace ?? '',
    toCountry: l.toCountry,
    crossingId: l.crossing?.id ?? '',
    departedOn: l.departedOn ?? '',
    arrivedOn: l.arrivedOn ?? '',
    transportMode: l.transportMode ?? '',
    feeAmount: l.feeAmount === null ? '' : String(l.feeAmount),
    feeCurrency: l.feeCurrency ?? 'EUR',
    facilitatorPersonId: l.facilitator?.id ?? '',
  }));
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export function RouteEditor({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [legs, setLegs] = useState<LegDraft[]>(() => (view.route.length ? draftOf(view) : [emptyLeg()]));
  const [errors, setErrors] = useState<FieldErrors>({});
  const crossings = useQuery({
    queryKey: caseKeys.crossings,
    queryFn: listCrossings,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const save = useMutation({
    mutationFn: (body: RouteInput) => replaceRoute(view.id, body),
    onSuccess: (saved) => {
      client.setQueryData(caseKeys.case(view.id), saved);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      legs: legs.map((l) => ({
        fromPlace: orNull(l.fromPlace),
        fromCountry: l.fromCountry,
        toPlace: orNull(l.toPlace),
        toCountry: l.toCountry,
        crossingId: orNull(l.crossingId),
        departedOn: orNull(l.departedOn),
        arrivedOn: orNull(l.arrivedOn),
        transportMode: orNull(l.transportMode),
        feeAmount: l.feeAmount.trim() === '' ? null : Number(l.feeAmount),
        feeCurrency: l.feeAmount.trim() === '' ? null : orNull(l.feeCurrency),
        facilitatorPersonId: orNull(l.facilitatorPersonId),
      })),
    };
    const result = check(RouteInput, body, t);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    save.mutate(result.data);
  };
  const update = (i: number, change: Partial<LegDraft>) =>
    setLegs(legs.map((l, j) => (j === i ? { ...l, ...change } : l)));
  const input = (i: number, name: keyof LegDraft, label: string, props: Record<string, unknown> = {}) => (
    <Field label={label} error={errors[`legs.${i}.${name}`]}>
      <input value={legs[i]![name]} onChange={(e) => update(i, { [name]: e.target.value })} {...props} />
    </Field>
  );

  const country = (i: number, name: 'fromCountry' | 'toCountry', label: string) => (
    <Field label={label} error={errors[`legs.${i}.${name}`]}>
      <CountryInput value={legs[i]![name]} onChange={(code) => update(i, { [name]: code })} />
    </Field>
  );

  return (
    <form className="card form wide" onSubmit={submit} aria-label={t('cases.editRoute')} noValidate>
      <h3>{t('cases.editRoute')}</h3>
      {legs.map((leg, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: legs are edited in place and have no identity before saving
        <fieldset key={i} className="leg">
          <legend>{t('cases.leg', { n: i + 1 })}</legend>
          <div className="row">
            {input(i, 'fromPlace', t('cases.fromPlace'))}
            {country(i, 'fromCountry', t('cases.fromCountry'))}
            {input(i, 'toPlace', t('cases.toPlace'))}
            {country(i, 'toCountry', t('cases.toCountry'))}
          </div>
          <div className="row">
            <Field label={t('cases.crossing')} error={errors[`legs.${i}.crossingId`]}>
              <select value={leg.crossingId} onChange={(e) => update(i, { crossingId: e.target.value })}>
                <option value="">{t('cases.noCrossing')}</option>
                {crossings.data?.crossings.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            {input(i, 'departedOn', t('cases.departedOn'))}
            {input(i, 'arrivedOn', t('cases.arrivedOn'))}
            <Field label={t('cases.transport')}>
              <select
                value={leg.transportMode}
                onChange={(e) => update(i, { transportMode: e.target.value })}
              >
                <option value="">—</option>
                {TRANSPORT_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`cases.transports.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="row">
            {input(i, 'feeAmount', t('cases.fee'), { inputMode: 'decimal', size: 8 })}
            {input(i, 'feeCurrency', t('cases.currency'), { maxLength: 20, size: 6 })}
            <Field label={t('cases.facilitator')} error={errors[`legs.${i}.facilitatorPersonId`]}>
              <select
                value={leg.facilitatorPersonId}
                onChange={(e) => update(i, { facilitatorPersonId: e.target.value })}
              >
                <option value="">{t('cases.nobody')}</option>
                {view.people.map((p) => (
                  <option key={p.roleId} value={p.personId}>
                    {p.displayName}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <button type="button" className="danger" onClick={() => setLegs(legs.filter((_, j) => j !== i))}>
            {t('cases.removeLeg')}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setLegs([...legs, emptyLeg()])}>
        {t('cases.addLeg')}
      </button>
      {save.error && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
