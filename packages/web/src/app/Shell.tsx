/**
 * The frame of every page: who is signed in, in which jurisdiction and roles, the language, the
 * navigation of every capability (those still to come say so), and the demo label.
 */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { type InterfaceLocale, may, usesRequests, usesScreening } from '@veza/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../features/account/api.ts';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { readsCases } from '../features/cases/access.ts';
import { HITS } from '../features/hits/api.ts';
import { useNewHits } from '../features/hits/HitsPage.tsx';
import { useUnreadNotifications } from '../features/notifications/NotificationsPage.tsx';
import { LOCALE_NAMES, MESSAGES, setLocale } from '../i18n/index.ts';
import { ErrorMessage, Loading } from './feedback.tsx';
import { type Allows, passes } from './Gate.tsx';
import { useMe, useSignOut } from './session.ts';

/** Each role sees only what it may use (the capabilities the server checks, from core). */
const NAV: { to: string; key: string; allows: Allows }[] = [
  { to: '/screening', key: 'nav.screening', allows: usesScreening },
  { to: '/protection', key: 'nav.protection', allows: 'readProtectionCases' },
  {
    to: '/protection/shared',
    key: 'nav.sharedProtection',
    allows: (roles) => may(roles, 'receiveProtectionShares') && !may(roles, 'readProtectionCases'),
  },
  { to: '/cases', key: 'nav.cases', allows: 'readInvestigationRecords' },
  { to: '/hits', key: 'nav.hits', allows: 'readInvestigationRecords' },
  { to: '/network', key: 'nav.network', allows: 'readInvestigationRecords' },
  { to: '/requests', key: 'nav.requests', allows: usesRequests },
  { to: '/analysis', key: 'nav.analysis', allows: 'analyse' },
  { to: '/knowledge', key: 'nav.knowledge', allows: () => true },
  { to: '/directory', key: 'nav.directory', allows: () => true },
  { to: '/audit', key: 'nav.audit', allows: 'readAudit' },
  { to: '/users', key: 'nav.users', allows: 'manageUsers' },
];

export function LanguageSwitcher({ onChange }: { onChange?: (locale: InterfaceLocale) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={async (event) => {
          const locale = event.target.value as InterfaceLocale;
          await setLocale(locale);
          onChange?.(locale);
        }}
      >
        {(Object.keys(MESSAGES) as InterfaceLocale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search box over investigation records, for those who may read them. */
function RecordSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const id = useId();
  return (
    <search className="record-search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) navigate({ to: '/search', search: { q: q.trim() } });
        }}
      >
        <label htmlFor={id} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={id}
          type="search"
          value={q}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('common.search')}
        </button>
      </form>
    </search>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  // Until an account that must have a second factor sets one up, nothing else is asked of the server.
  const working = me.data && !me.data.secondFactorRequired ? me.data : undefined;
  const hitCount = useNewHits(working);
  const newHits = hitCount.data?.new ?? 0;
  const unread = useUnreadNotifications(working).data ?? { unread: 0, urgent: 0 };
  const signOut = useSignOut();
  // A new notification may be a new hit: the hits badge follows the bell, not the next navigation.
  const queryClient = useQueryClient();
  const unreadCount = unread.unread;
  useEffect(() => {
    if (unreadCount > 0) void queryClient.invalidateQueries({ queryKey: HITS });
  }, [unreadCount, queryClient]);
  // On a phone the navigation, the identity, the language and sign-out live in a menu.
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useRouterState({ select: (state) => state.location.href });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setMenuOpen(false), [location]);
  const rememberLocale = useMutation({
    mutationFn: (locale: InterfaceLocale) => updateMe({ locale }),
  });
  const navigate = useNavigate();
  const mustSetUpSecondFactor = Boolean(me.data?.secondFactorRequired);
  const path = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    if (mustSetUpSecondFactor && path !== '/account') void navigate({ to: '/account' });
  }, [mustSetUpSecondFactor, path, navigate]);

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <SignInPage />;
  const user = me.data;

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <Link to="/directory" className="brand-name">
            {t('app.name')}
          </Link>
          {user.isDemo && <span className="badge demo">{t('app.demo')}</span>}
        </div>
        <button
          type="button"
          className="menu-toggle secondary"
          aria-expanded={menuOpen}
          aria-controls="menu"
          data-testid="menu-toggle"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('app.menu')}
        </button>
        {readsCases(user) && <RecordSearch />}
        <div className="identity" data-testid="identity">
          <Link to="/account" className="identity-name">
            {user.displayName}
          </Link>
          <span className="identity-meta">
            <span className="badge jurisdiction" title={t(`jurisdictions.${user.jurisdiction}`)}>
              {user.jurisdiction}
            </span>{' '}
            {user.roles.map((role) => t(`roles.${role}`)).join(', ')} · {user.agency.name}
          </span>
        </div>
        <Link
          to="/notifications"
          className={unread.urgent > 0 ? 'bell urgent' : 'bell'}
          data-testid="notifications-bell"
          activeProps={{ 'aria-current': 'page' }}
        >
          <svg className="bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
          </svg>
          <span className="bell-label">{t('notifications.title')}</span>
          {unread.unread > 0 && (
            <>
              <span className={unread.urgent > 0 ? 'badge urgent' : 'badge'} aria-hidden="true">
                {unread.unread}
              </span>
              <span className="visually-hidden">{t('notifications.unread', { count: unread.unread })}</span>
            </>
          )}
        </Link>
        <LanguageSwitcher onChange={(locale) => rememberLocale.mutate(locale)} />
        <button
          type="button"
          className="secondary sign-out"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {t('app.signOut')}
        </button>
      </header>
      {user.isDemo && (
        <p className="demo-banner" role="note">
          {t('app.demoBanner')}
        </p>
      )}
      <div className="layout">
        <nav aria-label={t('app.mainNavigation')} className="sidenav" id="menu">
          <ul>
            {NAV.filter((item) => !user.secondFactorRequired && passes(item.allows, user.roles)).map(
              (item) => (
                <li key={item.to}>
                  <Link to={item.to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
                    {t(item.key)}
                    {item.to === '/hits' && newHits > 0 && (
                      <>
                        <span className="badge" aria-hidden="true">
                          {newHits}
                        </span>
                        <span className="visually-hidden">{t('hits.newCount', { count: newHits })}</span>
                      </>
                    )}
                  </Link>
                </li>
              ),
            )}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {user.secondFactorRequired && path !== '/account' ? <Loading /> : <Outlet />}
        </main>
      </div>
    </div>
  );
}
