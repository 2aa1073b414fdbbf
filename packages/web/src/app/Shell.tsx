/**
 * The frame of every page: who is signed in, in which jurisdiction and roles, the language, the
 * navigation of every capability (those still to come say so), and the demo label.
 */

import { useMutation } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import type { InterfaceLocale } from '@veza/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../api.ts';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { readsCases } from '../features/cases/access.ts';
import { useNewHits } from '../features/hits/HitsPage.tsx';
import { useUnreadNotifications } from '../features/notifications/NotificationsPage.tsx';
import { LOCALE_NAMES, MESSAGES, setLocale } from '../i18n/index.ts';
import type { Me } from '../types.ts';
import { ErrorMessage, Loading } from './feedback.tsx';
import { useMe, useSignOut } from './session.ts';

const NAV: { to: string; key: string; visible?: (me: Me) => boolean }[] = [
  { to: '/screening', key: 'nav.screening' },
  { to: '/protection', key: 'nav.protection' },
  { to: '/cases', key: 'nav.cases' },
  { to: '/hits', key: 'nav.hits' },
  { to: '/requests', key: 'nav.requests' },
  { to: '/analysis', key: 'nav.analysis' },
  { to: '/knowledge', key: 'nav.knowledge' },
  { to: '/directory', key: 'nav.directory' },
  {
    to: '/audit',
    key: 'nav.audit',
    visible: (me) => me.roles.some((r) => r === 'admin' || r === 'coordinator'),
  },
  { to: '/users', key: 'nav.users', visible: (me) => me.roles.includes('admin') },
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
  const hitCount = useNewHits(me.data);
  const newHits = hitCount.data?.new ?? 0;
  const unread = useUnreadNotifications(me.data).data ?? { unread: 0, urgent: 0 };
  const signOut = useSignOut();
  const rememberLocale = useMutation({
    mutationFn: (locale: InterfaceLocale) => patch('/api/me', { locale }),
  });

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <SignInPage />;
  const user = me.data;

  return (
    <div className="shell">
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
          {t('notifications.title')}
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
          className="secondary"
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
        <nav aria-label={t('app.mainNavigation')} className="sidenav">
          <ul>
            {NAV.filter((item) => !item.visible || item.visible(user)).map((item) => (
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
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
