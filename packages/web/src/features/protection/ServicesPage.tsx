/**
 * Services asked of the caseworker's agency as a provider: each referral with only the fields its
 * service needs (never the case), to accept or decline, then mark delivered or not.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SERVICE_REFERRAL_STATUSES } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { incomingServiceReferrals, PROTECTION, protectionKeys } from './api.ts';
import { ReferralItem } from './case/Work.tsx';
import { ProtectionTabs } from './ProtectionTabs.tsx';
import { SharedFields } from './SharedFields.tsx';

export function ServicesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const client = useQueryClient();
  const list = useQuery({
    queryKey: protectionKeys.services(status),
    queryFn: () => incomingServiceReferrals(status),
  });
  return (
    <section>
      <h1>{t('protection.services.incoming')}</h1>
      <ProtectionTabs />
      <p className="lead">{t('protection.services.incomingIntro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('protection.filters.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {SERVICE_REFERRAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`protection.services.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.referrals.length === 0 && (
        <p className="empty">{t('protection.services.noIncoming')}</p>
      )}
      {list.data && (
        <ul className="plain" data-testid="incoming-referrals">
          {list.data.referrals.map((r) => (
            <ReferralItem
              key={r.id}
              r={r}
              canAnswer
              onChanged={() => client.invalidateQueries({ queryKey: [...PROTECTION, 'services'] })}
            >
              <SharedFields shared={r.shared} />
            </ReferralItem>
          ))}
        </ul>
      )}
    </section>
  );
}
