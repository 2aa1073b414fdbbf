/** The protection pages: cases, services asked of the agency, transfers in, what was shared, retention review. */
import { Link } from '@tanstack/react-router';
import { may } from '@veza/core';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session.ts';

export function ProtectionTabs() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const tabs = [
    { to: '/protection', key: 'cases', show: may(me.roles, 'readProtectionCases') },
    { to: '/protection/services', key: 'services', show: may(me.roles, 'openProtectionCases') },
    { to: '/protection/transfers', key: 'transfers', show: may(me.roles, 'readProtectionCases') },
    { to: '/protection/shared', key: 'shared', show: may(me.roles, 'receiveProtectionShares') },
    { to: '/protection/retention', key: 'retention', show: may(me.roles, 'runReferralMechanism') },
    { to: '/protection/pathway', key: 'pathway', show: may(me.roles, 'runReferralMechanism') },
  ].filter((tab) => tab.show);
  if (tabs.length < 2) return null;
  return (
    <nav className="page-tabs" aria-label={t('protection.tabs.label')}>
      {tabs.map((tab) => (
        <Link
          key={tab.to}
          to={tab.to}
          activeOptions={{ exact: true }}
          activeProps={{ 'aria-current': 'page', className: 'active' }}
        >
          {t(`protection.tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
