/**
 * What the owners of protection cases shared with the reader's agency, under the person's consent
 * (for investigators, consent to cooperate with the authorities): the chosen fields, nothing more.
 * The read is audited.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate } from '../../i18n/format.ts';
import { protectionKeys, sharedWithMyAgency } from './api.ts';
import { ProtectionTabs } from './ProtectionTabs.tsx';
import { SharedFields } from './SharedFields.tsx';

export function SharedPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery({ queryKey: protectionKeys.shares, queryFn: sharedWithMyAgency });
  return (
    <section>
      <h1>{t('protection.sharing.sharedTitle')}</h1>
      <ProtectionTabs />
      <p className="lead">{t('protection.sharing.sharedIntro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.shares.length === 0 && (
        <p className="empty">{t('protection.sharing.sharedNone')}</p>
      )}
      {list.data && (
        <ul className="plain" data-testid="shared-with-us">
          {list.data.shares.map((s) => (
            <li key={s.id} className="card">
              <p className="muted">
                {t(`protection.consentPurposes.${s.purpose}`, { defaultValue: s.purpose })} ·{' '}
                {formatCalendarDate(s.sharedAt.slice(0, 10), i18n.language)}
              </p>
              <SharedFields shared={s.shared} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
