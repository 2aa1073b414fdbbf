/**
 * A page for some roles only: the same capabilities the navigation and the server read (core). A
 * user who reaches it by a link or an old bookmark reads that it is not for their role, and where
 * to go, instead of an error from the server.
 */
import { Link } from '@tanstack/react-router';
import { type Capability, may, type Role } from '@veza/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from './session.ts';

export function NotForYourRole() {
  const { t } = useTranslation();
  return (
    <section data-testid="not-for-role">
      <h1>{t('errors.notForRoleTitle')}</h1>
      <p>{t('errors.notForRole')}</p>
      <p>
        <Link to="/directory">{t('directory.backToDirectory')}</Link>
      </p>
    </section>
  );
}

/** Who may use a page: a capability, or a test of the roles (as core's usesRequests). */
export type Allows = Capability | ((roles: readonly Role[]) => boolean);

/** Whether these roles may use what `allows` guards: the navigation and the pages ask the same. */
export function passes(allows: Allows, roles: readonly Role[]): boolean {
  return typeof allows === 'string' ? may(roles, allows) : allows(roles);
}

/** The page, for those whose roles pass; the notice for everyone else. */
export function gated(allows: Allows, Page: ComponentType) {
  return function GatedPage() {
    const me = useSignedIn();
    return passes(allows, me.roles) ? <Page /> : <NotForYourRole />;
  };
}
