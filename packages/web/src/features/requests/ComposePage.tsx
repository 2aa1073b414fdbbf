/**
 * Writing a request: the counterpart picked from the directory (an agency, and its desk when the
 * request is for it: a 24/7 line), kind, priority, deadline (by default from the priority),
 * handling code, language, linked records the sender may see, and files. Opened from a hit, it
 * follows that hit up with the hit linked.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  DEFAULT_REPLY_HOURS,
  HANDLING_CODES,
  JURISDICTIONS,
  PRIORITIES,
  type Priority,
  RequestDraft,
  requestTypesFor,
  SPOKEN_LANGUAGES,
} from '@veza/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { check, type FieldErrors } from '../../app/validation.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import type { RequestType } from '../../types.ts';
import { useJurisdictionDirectory } from '../directory/agencies.ts';
import { directoryKeys, getAgency } from '../directory/api.ts';
import { languageName } from '../directory/labels.ts';
import { useScreening } from '../screening/queries.ts';
import { usePathways } from '../screening/ResultView.tsx';
import { createRequest, REQUESTS, uploadFiles } from './api.ts';
import { type PickedRecord, RecordPicker } from './RecordPicker.tsx';

export interface Counterpart {
  jurisdiction: string;
  agencyId: string;
  contactPointId: string;
}

/** The agency asked, picked from the directory by jurisdiction, and optionally one of its contact points. */
export function CounterpartPicker({
  value,
  onChange,
  errors,
}: {
  value: Counterpart;
  onChange: (value: Counterpart) => void;
  errors: { agency?: string | undefined; contactPoint?: string | undefined };
}) {
  const { t } = useTranslation();
  const directory = useJurisdictionDirectory(value.jurisdiction);
  const points = directory.data?.contactPoints.filter((c) => c.agency.id === value.agencyId) ?? [];
  return (
    <>
      <Field label={t('requests.counterpart')}>
        <select
          value={value.jurisdiction}
          onChange={(e) => onChange({ jurisdiction: e.target.value, agencyId: '', contactPointId: '' })}
        >
          <option value="">—</option>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`jurisdictions.${j}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('requests.agency')} error={errors.agency}>
        <select
          value={value.agencyId}
          onChange={(e) => onChange({ ...value, agencyId: e.target.value, contactPointId: '' })}
        >
          <option value="">—</option>
          {directory.data?.agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('requests.contactPoint')} error={errors.contactPoint}>
        <select
          value={value.contactPointId}
          onChange={(e) => onChange({ ...value, contactPointId: e.target.value })}
        >
          <option value="">{t('requests.wholeAgency')}</option>
          {points.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.function})
              {c.availability.kind === 'always' ? ` · ${t('requests.alwaysAvailable')}` : ''}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

export function ComposePage({
  hit,
  screening,
  agency,
  type,
}: {
  hit?: string;
  screening?: string;
  agency?: string;
  type?: RequestType;
}) {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = requestTypesFor(me.roles);
  const agencyOfHit = useQuery({
    queryKey: directoryKeys.agency(agency ?? ''),
    queryFn: () => getAgency(agency ?? ''),
    enabled: Boolean(agency),
  });
  // A referral from a screening: the screening says how urgent, the jurisdiction's pathways say where.
  const referred = useScreening(screening);
  const pathways = usePathways();
  const pathway = referralPathway(referred.data, pathways.data?.pathways ?? []);
  const [counterpart, setCounterpart] = useState<Counterpart | null>(null);
  const chosen: Counterpart =
    counterpart ??
    (agencyOfHit.data
      ? {
          jurisdiction: agencyOfHit.data.agency.jurisdiction,
          agencyId: agencyOfHit.data.agency.id,
          contactPointId: agency === pathway?.agency.id ? (pathway?.contactPoint?.id ?? '') : '',
        }
      : pathway && !agency
        ? {
            jurisdiction: me.jurisdiction,
            agencyId: pathway.agency.id,
            contactPointId: pathway.contactPoint?.id ?? '',
          }
        : { jurisdiction: '', agencyId: '', contactPointId: '' });
  const [form, setForm] = useState({
    type: type && types.includes(type) ? type : (types[0] ?? 'information_request'),
    subject: '',
    body: '',
    priority: 'normal' as Priority,
    deadline: '',
    // A victim's data is not passed on without the owner's permission.
    handlingCode: type === 'victim_referral' || screening ? 'H2' : 'H0',
    language: spokenLanguageOf(i18n.language),
  });
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  useEffect(() => {
    if (!referred.data) return;
    const screened = referred.data;
    setForm((f) => ({
      ...f,
      priority: touched.has('priority') ? f.priority : referralPriority(screened),
      subject: touched.has('subject')
        ? f.subject
        : t('requests.referralSubject', {
            outcome: t(`screening.outcomeShort.${screened.outcome}`),
            date: formatCalendarDate(screened.conductedAt.slice(0, 10), i18n.language),
          }),
    }));
  }, [referred.data, touched, t, i18n.language]);
  const [links, setLinks] = useState<PickedRecord[]>([]);
  const [linking, setLinking] = useState<'person' | 'case' | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setTouched((t) => new Set(t).add(key));
    // An urgent alert is urgent.
    if (key === 'type' && value === 'urgent_alert')
      setForm({ ...form, type: 'urgent_alert', priority: 'urgent' });
    else setForm({ ...form, [key]: value });
  };

  const submit = async (send: boolean) => {
    const draft = {
      ...form,
      toAgencyId: chosen.agencyId,
      toContactPointId: chosen.contactPointId || null,
      deadline: form.deadline ? new Date(form.deadline).toISOString() : null,
      links: [
        ...(hit ? [{ kind: 'hit' as const, id: hit }] : []),
        ...(screening ? [{ kind: 'screening' as const, id: screening }] : []),
        ...links.map((l) => ({ kind: l.kind, id: l.id })),
      ],
    };
    const checked = check(RequestDraft, draft, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setPending(true);
    try {
      const created = await createRequest({ ...checked.data, send });
      try {
        await uploadFiles(created.id, files);
      } finally {
        await queryClient.invalidateQueries({ queryKey: REQUESTS });
        navigate({ to: '/requests/$requestId', params: { requestId: created.id } });
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  };
  const error = (field: string) => errors[field] ?? fieldError(failure, field);

  return (
    <section>
      <h1>{t('requests.compose')}</h1>
      {hit && <p className="notice">{t('requests.followsHit')}</p>}
      {screening && <p className="notice">{t('requests.refersScreening')}</p>}
      <form
        className="form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(true);
        }}
      >
        <CounterpartPicker
          value={chosen}
          onChange={setCounterpart}
          errors={{ agency: error('toAgencyId'), contactPoint: error('toContactPointId') }}
        />
        <Field label={t('requests.type')} error={error('type')}>
          <select value={form.type} onChange={(e) => set('type', e.target.value as RequestType)}>
            {types.map((v) => (
              <option key={v} value={v}>
                {t(`requests.types.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('requests.priority')} error={error('priority')}>
          <select value={form.priority} onChange={(e) => set('priority', e.target.value as Priority)}>
            {PRIORITIES.map((v) => (
              <option key={v} value={v}>
                {t(`requests.priorities.${v}`)} (
                {t('requests.replyWithin', { hours: DEFAULT_REPLY_HOURS[v] })})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('requests.subject')} error={error('subject')}>
          <input value={form.subject} onChange={(e) => set('subject', e.target.value)} />
        </Field>
        <Field label={t('requests.body')} error={error('body')}>
          <textarea rows={8} value={form.body} onChange={(e) => set('body', e.target.value)} />
        </Field>
        <Field label={t('requests.deadlineOptional')} error={error('deadline')}>
          <input
            type="datetime-local"
            value={form.deadline}
            onChange={(e) => set('deadline', e.target.value)}
          />
        </Field>
        <Field label={t('common.handlingCode')} error={error('handlingCode')}>
          <select value={form.handlingCode} onChange={(e) => set('handlingCode', e.target.value)}>
            {HANDLING_CODES.map((c) => (
              <option key={c} value={c}>
                {c} · {t(`requests.handlingCodes.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('requests.language')} error={error('language')}>
          <select value={form.language} onChange={(e) => set('language', e.target.value)}>
            {SPOKEN_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l, i18n.language)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset>
          <legend>{t('requests.links')}</legend>
          {links.length === 0 && !hit && !screening && <p className="muted">{t('requests.noLinks')}</p>}
          <ul>
            {links.map((l, i) => (
              <li key={`${l.kind}:${l.id}`}>
                {t(`requests.linkKinds.${l.kind}`)}: {l.label}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setLinks(links.filter((_, k) => k !== i))}
                >
                  {t('requests.remove')}
                </button>
                {error(`links.${i + (hit ? 1 : 0) + (screening ? 1 : 0)}`) && (
                  <span className="field-error" role="alert">
                    {error(`links.${i + (hit ? 1 : 0) + (screening ? 1 : 0)}`)}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {me.roles.some((r) => r === 'investigator' || r === 'prosecutor') && (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setLinking('person')}>
                {t('requests.linkPerson')}
              </button>
              <button type="button" className="secondary" onClick={() => setLinking('case')}>
                {t('requests.linkCase')}
              </button>
            </div>
          )}
          {linking && (
            <RecordPicker
              kind={linking}
              purpose="linking to an operational request"
              onPick={(record) => {
                if (!links.some((l) => l.id === record.id)) setLinks([...links, record]);
                setLinking(null);
              }}
            />
          )}
        </fieldset>
        <Field label={t('requests.attach')} error={error('file')}>
          <input type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </Field>
        {/* An error the server tied to a field is shown at that field, once. */}
        {failure !== null &&
          !Object.keys(errors).length &&
          !(failure instanceof ApiError && failure.field) && <ErrorMessage error={failure} />}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t('requests.send')}
          </button>
          <button type="button" className="secondary" disabled={pending} onClick={() => void submit(false)}>
            {t('requests.saveDraft')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The request language for an interface language: Serbian in either script is Serbian. */
export function spokenLanguageOf(locale: string): string {
  return locale.startsWith('sr') ? 'sr' : locale;
}

/**
 * How urgent a referral is from what the screening found: a presumed victim who is a child cannot
 * wait; any other child referred (at risk, separated, or not yet known enough) comes next.
 */
export function referralPriority(screening: { outcome: string; child: boolean }): Priority {
  if (screening.outcome === 'presumed_victim') return screening.child ? 'urgent' : 'high';
  return screening.child ? 'high' : 'normal';
}

/** The pathway of the first recommended action that the jurisdiction has one for. */
function referralPathway<P extends { action: string }>(
  screening: { result: { actions: readonly { id: string }[] } } | undefined,
  pathways: P[],
): P | undefined {
  for (const action of screening?.result.actions ?? []) {
    const found = pathways.find((p) => p.action === action.id);
    if (found) return found;
  }
  return undefined;
}
