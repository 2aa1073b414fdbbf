/**
 * One protection case: who and where it stands, the recovery and reflection period with its "no
 * removal" flag, the history of decisions, the reasonable-grounds decision and the consents that
 * gate every share. Opening the page is a read the server audits.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { SPOKEN_LANGUAGES } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate, languageName } from '../../i18n/format.ts';
import {
  decideReasonableGrounds,
  getProtectionCase,
  PROTECTION,
  type ProtectionCaseView,
  protectionKeys,
  recordConsent,
} from './api.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function ProtectionCasePage() {
  const { caseId } = useParams({ from: '/protection/$caseId' });
  const { t, i18n } = useTranslation();
  const one = useQuery({ queryKey: protectionKeys.one(caseId), queryFn: () => getProtectionCase(caseId) });
  if (one.isPending) return <Loading />;
  if (one.isError) return <ErrorMessage error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const name = [c.givenNames, c.familyNames].filter(Boolean).join(' ') || '—';
  return (
    <section>
      <h1>{name}</h1>
      <p className="muted">
        {t(`protection.stages.${c.stage}`)} · {c.agency.name} · {t('protection.owner')}: {c.owner.name}
        {c.child ? ` · ${t('protection.filters.child')}` : ''}
      </p>
      {c.reflection && (
        <div className={c.reflection.noRemoval ? 'notice alert' : 'notice'} data-testid="reflection">
          {c.reflection.noRemoval && (
            <p>{t('protection.noRemovalUntil', { date: date(c.reflection.lastDay) })}</p>
          )}
          <p>
            {t('protection.reflectionEnds', {
              date: date(c.reflection.lastDay),
              count: Math.max(0, c.reflection.daysLeft),
            })}
          </p>
        </div>
      )}
      {c.allowedActions.includes('decide_reasonable_grounds') && <ReasonableGrounds c={c} />}
      <h2>{t('protection.consents')}</h2>
      {c.consents.length === 0 ? (
        <p className="empty">{t('protection.noConsents')}</p>
      ) : (
        <ul data-testid="consents">
          {c.consents.map((k) => (
            <li key={k.id}>
              {t(`protection.consentPurposes.${k.purpose}`)}
              {k.recipientAgency ? ` → ${k.recipientAgency.name}` : ''}
              {k.recipientJurisdiction ? ` → ${t(`jurisdictions.${k.recipientJurisdiction}`)}` : ''}:{' '}
              {t(`protection.consentStatuses.${k.status}`)} ({languageName(k.language, i18n.language)}
              {k.witnessedBy ? `, ${k.witnessedBy}` : ''})
            </li>
          ))}
        </ul>
      )}
      {c.allowedActions.includes('record_consent') && <Consent c={c} />}
      <h2>{t('protection.history')}</h2>
      <ol data-testid="history">
        {c.events.map((e) => (
          <li key={`${e.stage}-${e.recordedAt}`}>
            {date(e.decidedOn)}: {t(`protection.stages.${e.stage}`)}
            {e.decision ? ` (${t(`protection.decisions.${e.decision}`, { defaultValue: e.decision })})` : ''}
            {e.reasons ? `: ${e.reasons}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function useCaseChange(c: ProtectionCaseView) {
  const client = useQueryClient();
  return (updated: ProtectionCaseView) => {
    client.setQueryData(protectionKeys.one(c.id), updated);
    return client.invalidateQueries({ queryKey: [...PROTECTION, 'list'] });
  };
}

function ReasonableGrounds({ c }: { c: ProtectionCaseView }) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [decision, setDecision] = useState<'presumed_victim' | 'not_presumed_victim'>('presumed_victim');
  const [decidedOn, setDecidedOn] = useState(today());
  const [reasons, setReasons] = useState('');
  const decide = useMutation({
    mutationFn: () => decideReasonableGrounds(c.id, { decision, decidedOn, reasons, version: c.version }),
    onSuccess: changed,
  });
  return (
    <details className="card" open={!c.reasonableGrounds}>
      <summary>{t('protection.decide')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decide.mutate();
        }}
      >
        <label>
          <span>{t('protection.decision')}</span>
          <select value={decision} onChange={(e) => setDecision(e.target.value as typeof decision)}>
            <option value="presumed_victim">{t('protection.decisions.presumed_victim')}</option>
            <option value="not_presumed_victim">{t('protection.decisions.not_presumed_victim')}</option>
          </select>
        </label>
        <label>
          <span>{t('protection.decidedOn')}</span>
          <input type="date" value={decidedOn} max={today()} onChange={(e) => setDecidedOn(e.target.value)} />
        </label>
        <label>
          <span>{t('protection.reasons')}</span>
          <textarea value={reasons} onChange={(e) => setReasons(e.target.value)} required minLength={3} />
        </label>
        {decide.isError && <ErrorMessage error={decide.error} />}
        <button type="submit" disabled={decide.isPending}>
          {t('protection.record')}
        </button>
      </form>
    </details>
  );
}

const PURPOSES = [
  'share_with_agency',
  'service_referral',
  'cross_border_transfer',
  'cooperation_with_authorities',
  'statistics',
] as const;

function Consent({ c }: { c: ProtectionCaseView }) {
  const { t, i18n } = useTranslation();
  const changed = useCaseChange(c);
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('statistics');
  const [status, setStatus] = useState<'given' | 'refused' | 'withdrawn'>('given');
  const [language, setLanguage] = useState(c.languages[0] ?? 'en');
  const [witnessedBy, setWitnessedBy] = useState('');
  const [recipientJurisdiction, setRecipientJurisdiction] = useState('');
  const needsAgency = purpose === 'share_with_agency' || purpose === 'service_referral';
  const record = useMutation({
    mutationFn: () =>
      recordConsent(c.id, {
        purpose,
        status,
        language: language as never,
        ...(witnessedBy ? { witnessedBy } : {}),
        ...(purpose === 'cross_border_transfer'
          ? { recipientJurisdiction: recipientJurisdiction as never }
          : {}),
        ...(needsAgency ? { recipientAgencyId: c.agency.id } : {}),
      }),
    onSuccess: changed,
  });
  return (
    <details className="card">
      <summary>{t('protection.recordConsent')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate();
        }}
      >
        <label>
          <span>{t('protection.purpose')}</span>
          <select value={purpose} onChange={(e) => setPurpose(e.target.value as typeof purpose)}>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`protection.consentPurposes.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {needsAgency && (
          <p className="muted">
            {t('protection.recipientAgency')}: {c.agency.name}
          </p>
        )}
        {purpose === 'cross_border_transfer' && (
          <label>
            <span>{t('protection.recipientJurisdiction')}</span>
            <select
              value={recipientJurisdiction}
              onChange={(e) => setRecipientJurisdiction(e.target.value)}
              required
            >
              <option value="" />
              {['AL', 'BA', 'XK', 'ME', 'MK', 'RS'].map((j) => (
                <option key={j} value={j}>
                  {t(`jurisdictions.${j}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>{t('protection.consentStatus')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {(['given', 'refused', 'withdrawn'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`protection.consentStatuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('protection.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {SPOKEN_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('protection.witnessedBy')}</span>
          <input value={witnessedBy} onChange={(e) => setWitnessedBy(e.target.value)} />
        </label>
        {record.isError && <ErrorMessage error={record.error} />}
        <button type="submit" disabled={record.isPending}>
          {t('protection.recordConsent')}
        </button>
      </form>
    </details>
  );
}
