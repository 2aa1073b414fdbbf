/**
 * Opening a protection case: directly from the list, or from a victim referral (and the screening
 * it links), with the person's name as far as known, their language, whether a child, and the
 * supervisor who will approve the caseworker's decisions.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { SPOKEN_LANGUAGES } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../app/feedback.tsx';
import { languageName } from '../../i18n/format.ts';
import { openProtectionCase, PROTECTION, possibleSupervisors } from './api.ts';

export function OpenCase({
  referralRequestId,
  screeningId,
  title,
  open: startOpen = false,
}: {
  referralRequestId?: string;
  screeningId?: string;
  title?: string;
  open?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const supervisors = useQuery({ queryKey: [...PROTECTION, 'supervisors'], queryFn: possibleSupervisors });
  const [givenNames, setGivenNames] = useState('');
  const [familyNames, setFamilyNames] = useState('');
  const [language, setLanguage] = useState('');
  const [supervisorId, setSupervisorId] = useState('');
  const [child, setChild] = useState(false);
  const open = useMutation({
    mutationFn: () =>
      openProtectionCase({
        givenNames: givenNames || undefined,
        familyNames: familyNames || undefined,
        languages: language ? [language as never] : [],
        child,
        ...(supervisorId ? { supervisorId } : {}),
        ...(referralRequestId ? { referralRequestId } : {}),
        ...(screeningId ? { screeningId } : {}),
      }),
    onSuccess: async (opened) => {
      await client.invalidateQueries({ queryKey: PROTECTION });
      await navigate({ to: '/protection/$caseId', params: { caseId: opened.id } });
    },
  });
  return (
    <details className="card" open={startOpen} data-testid="open-protection-case">
      <summary>{title ?? t('protection.open')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          open.mutate();
        }}
      >
        <label>
          <span>{t('protection.givenNames')}</span>
          <input value={givenNames} onChange={(e) => setGivenNames(e.target.value)} />
        </label>
        <label>
          <span>{t('protection.familyNames')}</span>
          <input value={familyNames} onChange={(e) => setFamilyNames(e.target.value)} />
        </label>
        <label>
          <span>{t('protection.personLanguage')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="" />
            {SPOKEN_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('protection.supervisor')}</span>
          <select value={supervisorId} onChange={(e) => setSupervisorId(e.target.value)}>
            <option value="">{t('protection.noSupervisor')}</option>
            {(supervisors.data?.supervisors ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={child} onChange={(e) => setChild(e.target.checked)} />
          <span>{t('protection.child')}</span>
        </label>
        {open.isError && <ErrorMessage error={open.error} />}
        <button type="submit" disabled={open.isPending}>
          {t('protection.open')}
        </button>
      </form>
    </details>
  );
}
