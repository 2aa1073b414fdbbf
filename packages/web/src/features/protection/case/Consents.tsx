/**
 * Consents, the gate on every share: the person's consents per purpose and recipient (the latest
 * decides), recorded in the language they were given in, with the witness; and, for the case's
 * approver, an override of a missing consent where the law allows one (a child at risk).
 */
import { useMutation } from '@tanstack/react-query';
import {
  CONSENT_OVERRIDE_GROUNDS,
  CONSENT_PURPOSES,
  JURISDICTIONS,
  SERVICE_TYPES,
  SPOKEN_LANGUAGES,
} from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, languageName } from '../../../i18n/format.ts';
import { overrideConsent, type ProtectionCaseView, recordConsent } from '../api.ts';
import { AgencySelect, FoldForm, useAgencies, useCaseChange } from './shared.tsx';

type Props = { c: ProtectionCaseView };

export function ConsentList({ c }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h2>{t('protection.consents')}</h2>
      {c.consents.length === 0 ? (
        <p className="empty">{t('protection.noConsents')}</p>
      ) : (
        <ul data-testid="consents">
          {c.consents.map((k) => (
            <li key={k.id}>
              {t(`protection.consentPurposes.${k.purpose}`)}
              {k.recipientAgency ? ` → ${k.recipientAgency.name}` : ''}
              {k.recipientJurisdiction ? ` → ${t(`jurisdictions.${k.recipientJurisdiction}`)}` : ''}
              {k.service ? ` (${t(`protection.services.types.${k.service}`)})` : ''}:{' '}
              {t(`protection.consentStatuses.${k.status}`)} ({languageName(k.language, i18n.language)}
              {k.witnessedBy ? `, ${k.witnessedBy}` : ''},{' '}
              {formatCalendarDate(k.recordedAt.slice(0, 10), i18n.language)})
            </li>
          ))}
        </ul>
      )}
      {c.overrides.length > 0 && (
        <ul data-testid="overrides">
          {c.overrides.map((o) => (
            <li key={o.id} className="notice">
              {t('protection.override.recorded', {
                purpose: t(`protection.consentPurposes.${o.purpose}`),
                agency: o.recipientAgency?.name ?? '—',
                name: o.authorizedBy.name,
              })}
              : {o.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ConsentForm({ c }: Props) {
  const { t, i18n } = useTranslation();
  const changed = useCaseChange(c);
  const agencies = useAgencies(c.jurisdiction, c.agency.id);
  const [purpose, setPurpose] = useState<(typeof CONSENT_PURPOSES)[number]>('service_referral');
  const [status, setStatus] = useState<'given' | 'refused' | 'withdrawn'>('given');
  const [language, setLanguage] = useState(c.languages[0] ?? 'en');
  const [witnessedBy, setWitnessedBy] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [service, setService] = useState('');
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
        ...(needsAgency ? { recipientAgencyId: agencyId } : {}),
        ...(purpose === 'service_referral' && service ? { service: service as never } : {}),
      }),
    onSuccess: changed,
  });
  return (
    <FoldForm
      title={t('protection.recordConsent')}
      testId="consent-form"
      action={record}
      submit={t('protection.recordConsent')}
    >
      <label>
        <span>{t('protection.purpose')}</span>
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as typeof purpose)}>
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`protection.consentPurposes.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {needsAgency && (
        <AgencySelect
          label={t('protection.recipientAgency')}
          agencies={agencies}
          value={agencyId}
          onChange={setAgencyId}
        />
      )}
      {purpose === 'service_referral' && (
        <label>
          <span>{t('protection.services.service')}</span>
          <select value={service} onChange={(e) => setService(e.target.value)}>
            <option value="">{t('protection.services.anyService')}</option>
            {SERVICE_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`protection.services.types.${s}`)}
              </option>
            ))}
          </select>
        </label>
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
            {JURISDICTIONS.filter((j) => j !== 'REG' && j !== c.jurisdiction).map((j) => (
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
    </FoldForm>
  );
}

export function OverrideForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const agencies = useAgencies(c.jurisdiction, c.agency.id);
  const [purpose, setPurpose] = useState<'service_referral' | 'share_with_agency'>('service_referral');
  const [agencyId, setAgencyId] = useState('');
  const [reason, setReason] = useState('');
  const record = useMutation({
    mutationFn: () =>
      overrideConsent(c.id, {
        purpose,
        recipientAgencyId: agencyId,
        ground: CONSENT_OVERRIDE_GROUNDS[0],
        reason,
      }),
    onSuccess: changed,
  });
  if (!c.child) return null;
  return (
    <FoldForm title={t('protection.override.title')} action={record} submit={t('protection.override.record')}>
      <p className="muted">{t('protection.override.intro')}</p>
      <label>
        <span>{t('protection.purpose')}</span>
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as typeof purpose)}>
          <option value="service_referral">{t('protection.consentPurposes.service_referral')}</option>
          <option value="share_with_agency">{t('protection.consentPurposes.share_with_agency')}</option>
        </select>
      </label>
      <AgencySelect
        label={t('protection.recipientAgency')}
        agencies={agencies}
        value={agencyId}
        onChange={setAgencyId}
      />
      <label>
        <span>{t('protection.reasons')}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required minLength={10} />
      </label>
    </FoldForm>
  );
}
