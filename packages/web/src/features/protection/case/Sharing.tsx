/**
 * The case leaving its agency, by its own caseworker and behind the person's consent: shares with
 * an agency of the jurisdiction (investigators only under consent to cooperate), showing only the
 * fields chosen; and a transfer to another jurisdiction's protection agency, carrying only the
 * consented fields, whose answer both sides see.
 */
import { useMutation } from '@tanstack/react-query';
import { CASE_FIELDS, JURISDICTIONS } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../i18n/format.ts';
import { type ProtectionCaseView, proposeTransfer, revokeShare, shareCase } from '../api.ts';
import { AgencySelect, FoldForm, useAgencies, useCaseChange } from './shared.tsx';

type Props = { c: ProtectionCaseView };
type Field = (typeof CASE_FIELDS)[number];

function FieldChoice({ value, onChange }: { value: Field[]; onChange: (fields: Field[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="checks">
      <legend>{t('protection.sharing.fields')}</legend>
      {CASE_FIELDS.map((f) => (
        <label key={f} className="check">
          <input
            type="checkbox"
            checked={value.includes(f)}
            onChange={(e) => onChange(e.target.checked ? [...value, f] : value.filter((x) => x !== f))}
          />
          <span>{t(`protection.sharing.fieldNames.${f}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function SharingSection({ c }: Props) {
  const { t, i18n } = useTranslation();
  const changed = useCaseChange(c);
  const revoke = useMutation({
    mutationFn: (shareId: string) => revokeShare(c.id, shareId),
    onSuccess: changed,
  });
  const owner = c.allowedActions.includes('share');
  if (!owner && c.shares.length === 0 && c.transfers.length === 0) return null;
  return (
    <>
      <h2>{t('protection.sharing.title')}</h2>
      {c.shares.length > 0 && (
        <ul className="plain" data-testid="shares">
          {c.shares.map((s) => (
            <li key={s.id} className="card">
              {s.agency.name}: {s.fields.map((f) => t(`protection.sharing.fieldNames.${f}`)).join(', ')} (
              {formatCalendarDate(s.sharedAt.slice(0, 10), i18n.language)})
              {s.revokedAt ? ` · ${t('protection.sharing.revoked')}` : ''}
              {owner && !s.revokedAt && (
                <button type="button" className="secondary" onClick={() => revoke.mutate(s.id)}>
                  {t('protection.sharing.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {c.transfers.length > 0 && (
        <ul className="plain" data-testid="transfers">
          {c.transfers.map((x) => (
            <li key={x.id} className="card">
              {t('protection.transfer.to', {
                jurisdiction: t(`jurisdictions.${x.toJurisdiction}`),
                agency: x.toAgency.name,
              })}
              : {t(`protection.transfer.statuses.${x.status}`)}
              {x.reason ? ` (${x.reason})` : ''}
            </li>
          ))}
        </ul>
      )}
      {owner && <ShareForm c={c} />}
      {c.allowedActions.includes('transfer') && <TransferForm c={c} />}
    </>
  );
}

function ShareForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const agencies = useAgencies(c.jurisdiction, c.agency.id);
  const [agencyId, setAgencyId] = useState('');
  const [fields, setFields] = useState<Field[]>(['givenNames', 'familyNames']);
  const share = useMutation({ mutationFn: () => shareCase(c.id, { agencyId, fields }), onSuccess: changed });
  return (
    <FoldForm
      title={t('protection.sharing.share')}
      action={share}
      submit={t('protection.sharing.share')}
      disabled={fields.length === 0}
    >
      <p className="muted">{t('protection.sharing.intro')}</p>
      <AgencySelect
        label={t('protection.recipientAgency')}
        agencies={agencies}
        value={agencyId}
        onChange={setAgencyId}
      />
      <FieldChoice value={fields} onChange={setFields} />
    </FoldForm>
  );
}

function TransferForm({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const consented = JURISDICTIONS.filter((j) =>
    c.consents.some((k) => k.purpose === 'cross_border_transfer' && k.recipientJurisdiction === j),
  );
  const [jurisdiction, setJurisdiction] = useState<string>(consented[0] ?? '');
  const agencies = useAgencies(jurisdiction || c.jurisdiction).filter(
    (a) =>
      a.jurisdiction === jurisdiction &&
      (a.type === 'social_welfare' || a.type === 'ngo' || a.type === 'anti_trafficking_office'),
  );
  const [toAgencyId, setTo] = useState('');
  const [fields, setFields] = useState<Field[]>([
    'givenNames',
    'familyNames',
    'birthDate',
    'sex',
    'languages',
    'child',
  ]);
  const [note, setNote] = useState('');
  const propose = useMutation({
    mutationFn: () => proposeTransfer(c.id, { toAgencyId, fields, ...(note ? { note } : {}) }),
    onSuccess: changed,
  });
  return (
    <FoldForm
      title={t('protection.transfer.title')}
      testId="transfer-form"
      action={propose}
      submit={t('protection.transfer.propose')}
      disabled={fields.length === 0}
    >
      <p className="muted">{t('protection.transfer.intro')}</p>
      <label>
        <span>{t('protection.recipientJurisdiction')}</span>
        <select value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value)} required>
          <option value="" />
          {JURISDICTIONS.filter((j) => j !== 'REG' && j !== c.jurisdiction).map((j) => (
            <option key={j} value={j}>
              {t(`jurisdictions.${j}`)}
            </option>
          ))}
        </select>
      </label>
      {jurisdiction && (
        <AgencySelect
          label={t('protection.transfer.toAgency')}
          agencies={agencies}
          value={toAgencyId}
          onChange={setTo}
        />
      )}
      <FieldChoice value={fields} onChange={setFields} />
      <label>
        <span>{t('protection.transfer.note')}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </FoldForm>
  );
}
