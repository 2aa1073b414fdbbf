/** The web app's pages; the signed-in shell wraps them all, and shows the sign-in form to nobody-yet. */
import { createRootRoute, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { REQUEST_TYPES } from '@veza/core';
import { AccountPage } from '../features/account/AccountPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { CasePage } from '../features/cases/CasePage.tsx';
import { CasesPage } from '../features/cases/CasesPage.tsx';
import { type ComingFeature, ComingPage } from '../features/coming/ComingPage.tsx';
import { AgencyPage } from '../features/directory/AgencyPage.tsx';
import {
  DirectoryPage,
  type DirectorySearch,
  parseDirectorySearch,
} from '../features/directory/DirectoryPage.tsx';
import { HitsPage } from '../features/hits/HitsPage.tsx';
import { ImportPage } from '../features/imports/ImportPage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { PersonPage } from '../features/persons/PersonPage.tsx';
import { ComposePage } from '../features/requests/ComposePage.tsx';
import { DashboardPage } from '../features/requests/DashboardPage.tsx';
import { RequestPage } from '../features/requests/RequestPage.tsx';
import { RequestsPage } from '../features/requests/RequestsPage.tsx';
import { InstrumentsPage } from '../features/screening/InstrumentsPage.tsx';
import { InterviewPage } from '../features/screening/InterviewPage.tsx';
import { ScreeningPage, ScreeningsPage } from '../features/screening/ScreeningsPage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import type { RequestType } from '../types.ts';
import { NotFound } from './NotFound.tsx';
import { Shell } from './Shell.tsx';

const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFound });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/directory' });
  },
});

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directory',
  validateSearch: (search: Record<string, unknown>): DirectorySearch => parseDirectorySearch(search),
  component: DirectoryPage,
});

const agencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directory/agencies/$agencyId',
  component: AgencyPage,
});

const casesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cases', component: CasesPage });
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/import',
  component: ImportPage,
});
const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId',
  component: CasePage,
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/persons/$personId',
  validateSearch: (search: Record<string, unknown>): { purpose?: string } =>
    typeof search.purpose === 'string' && search.purpose.trim().length >= 3
      ? { purpose: search.purpose }
      : {},
  component: PersonPage,
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search.q === 'string' && search.q.trim() ? { q: search.q.trim() } : {},
  component: SearchPage,
});

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditPage });
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: AccountPage,
});
const usersRoute = createRoute({ getParentRoute: () => rootRoute, path: '/users', component: UsersPage });
const hitsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/hits', component: HitsPage });
const requestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests',
  component: RequestsPage,
});
interface ComposeSearch {
  hit?: string;
  screening?: string;
  agency?: string;
  type?: RequestType;
}
const composeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests/new',
  validateSearch: (search: Record<string, unknown>): ComposeSearch => {
    const uuid = (v: unknown) => (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);
    const type = (REQUEST_TYPES as readonly unknown[]).includes(search.type)
      ? (search.type as RequestType)
      : undefined;
    return Object.fromEntries(
      Object.entries({
        hit: uuid(search.hit),
        screening: uuid(search.screening),
        agency: uuid(search.agency),
        type,
      }).filter(([, v]) => v),
    );
  },
  component: function Compose() {
    return <ComposePage {...composeRoute.useSearch()} />;
  },
});
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests/dashboard',
  component: DashboardPage,
});
const requestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests/$requestId',
  component: RequestPage,
});
const screeningsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening',
  component: ScreeningsPage,
});
const interviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/new',
  component: InterviewPage,
});
const instrumentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/instruments',
  component: InstrumentsPage,
});
const screeningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/$screeningId',
  component: ScreeningPage,
});
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  component: NotificationsPage,
});

export const COMING_FEATURES: ComingFeature[] = ['protection', 'analysis', 'knowledge'];
const comingRoutes = COMING_FEATURES.map((feature) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path: `/${feature}`,
    component: () => <ComingPage feature={feature} />,
  }),
);

const routeTree = rootRoute.addChildren([
  indexRoute,
  hitsRoute,
  requestsRoute,
  composeRoute,
  dashboardRoute,
  requestRoute,
  notificationsRoute,
  screeningsRoute,
  interviewRoute,
  instrumentsRoute,
  screeningRoute,
  directoryRoute,
  agencyRoute,
  auditRoute,
  accountRoute,
  usersRoute,
  casesRoute,
  importRoute,
  caseRoute,
  personRoute,
  searchRoute,
  ...comingRoutes,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
