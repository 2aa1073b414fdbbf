/**
 * The web app's pages; the signed-in shell wraps them all, and shows the sign-in form to nobody-yet.
 * Each page is loaded when first visited, so that a phone opening the screening gets little else.
 */
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { REQUEST_TYPES, sendsRequests, usesRequests, usesScreening } from '@veza/core';
import { parseAnalysisSearch } from '../features/analysis/search.ts';
import {
  DirectoryPage,
  type DirectorySearch,
  parseDirectorySearch,
} from '../features/directory/DirectoryPage.tsx';
import { HitsPage } from '../features/hits/HitsPage.tsx';
import { parseNetworkSearch } from '../features/network/search.ts';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import type { RequestType } from '../types.ts';
import { type Allows, gated } from './Gate.tsx';
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
  component: lazyRouteComponent(() => import('../features/directory/AgencyPage.tsx'), 'AgencyPage'),
});

const casesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases',
  component: gated(
    'readInvestigationRecords',
    lazyRouteComponent(() => import('../features/cases/CasesPage.tsx'), 'CasesPage'),
  ),
});
const matchingModelRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/matching-model',
  component: gated(
    'manageMatchingModel',
    lazyRouteComponent(() => import('../features/persons/MatchingModelPage.tsx'), 'MatchingModelPage'),
  ),
});
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/import',
  component: gated(
    'writeInvestigationRecords',
    lazyRouteComponent(() => import('../features/imports/ImportPage.tsx'), 'ImportPage'),
  ),
});
const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases/$caseId',
  component: gated(
    'readInvestigationRecords',
    lazyRouteComponent(() => import('../features/cases/CasePage.tsx'), 'CasePage'),
  ),
});
const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/persons/$personId',
  validateSearch: (search: Record<string, unknown>): { purpose?: string } =>
    typeof search.purpose === 'string' && search.purpose.trim().length >= 3
      ? { purpose: search.purpose }
      : {},
  component: gated(
    'readInvestigationRecords',
    lazyRouteComponent(() => import('../features/persons/PersonPage.tsx'), 'PersonPage'),
  ),
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search.q === 'string' && search.q.trim() ? { q: search.q.trim() } : {},
  component: gated(
    'readInvestigationRecords',
    lazyRouteComponent(() => import('../features/search/SearchPage.tsx'), 'SearchPage'),
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  component: gated(
    'readAudit',
    lazyRouteComponent(() => import('../features/audit/AuditPage.tsx'), 'AuditPage'),
  ),
});
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/AccountPage.tsx'), 'AccountPage'),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  component: gated(
    'manageUsers',
    lazyRouteComponent(() => import('../features/users/UsersPage.tsx'), 'UsersPage'),
  ),
});
const hitsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/hits',
  component: gated('readInvestigationRecords', HitsPage),
});
const requestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests',
  component: gated(
    usesRequests,
    lazyRouteComponent(() => import('../features/requests/RequestsPage.tsx'), 'RequestsPage'),
  ),
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
  component: gated(
    sendsRequests,
    lazyRouteComponent(() => import('../features/requests/ComposeRoute.tsx'), 'ComposeRoute'),
  ),
});
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests/dashboard',
  component: gated(
    'readRequestsDashboard',
    lazyRouteComponent(() => import('../features/requests/DashboardPage.tsx'), 'DashboardPage'),
  ),
});
const requestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/requests/$requestId',
  component: gated(
    usesRequests,
    lazyRouteComponent(() => import('../features/requests/RequestPage.tsx'), 'RequestPage'),
  ),
});
const screeningsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening',
  component: gated(
    usesScreening,
    lazyRouteComponent(() => import('../features/screening/ScreeningsPage.tsx'), 'ScreeningsPage'),
  ),
});
const interviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/new',
  validateSearch: (search: Record<string, unknown>): { resume?: string } =>
    typeof search.resume === 'string' && /^[0-9a-f-]{36}$/i.test(search.resume)
      ? { resume: search.resume }
      : {},
  component: gated(
    'recordScreenings',
    lazyRouteComponent(() => import('../features/screening/InterviewPage.tsx'), 'InterviewPage'),
  ),
});
const instrumentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/instruments',
  component: gated(
    'publishInstruments',
    lazyRouteComponent(() => import('../features/screening/InstrumentsPage.tsx'), 'InstrumentsPage'),
  ),
});
const pathwaysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/pathways',
  component: gated(
    'setReferralPathways',
    lazyRouteComponent(() => import('../features/screening/PathwaysPage.tsx'), 'PathwaysPage'),
  ),
});
const screeningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/$screeningId',
  component: gated(
    'readScreenings',
    lazyRouteComponent(() => import('../features/screening/ScreeningsPage.tsx'), 'ScreeningPage'),
  ),
});
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  component: NotificationsPage,
});

const protectionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/protection',
  component: gated(
    'readProtectionCases',
    lazyRouteComponent(() => import('../features/protection/ProtectionPage.tsx'), 'ProtectionPage'),
  ),
});
const protectionCaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/protection/$caseId',
  component: gated(
    'readProtectionCases',
    lazyRouteComponent(() => import('../features/protection/ProtectionCasePage.tsx'), 'ProtectionCasePage'),
  ),
});

const protectionPage = <P extends `/protection/${string}`>(
  path: P,
  allows: Allows,
  page: Parameters<typeof gated>[1],
) => createRoute({ getParentRoute: () => rootRoute, path, component: gated(allows, page) });
const protectionServicesRoute = protectionPage(
  '/protection/services',
  'openProtectionCases',
  lazyRouteComponent(() => import('../features/protection/ServicesPage.tsx'), 'ServicesPage'),
);
const protectionTransfersRoute = protectionPage(
  '/protection/transfers',
  'readProtectionCases',
  lazyRouteComponent(() => import('../features/protection/TransfersPage.tsx'), 'TransfersPage'),
);
const protectionSharedRoute = protectionPage(
  '/protection/shared',
  'receiveProtectionShares',
  lazyRouteComponent(() => import('../features/protection/SharedPage.tsx'), 'SharedPage'),
);
const protectionRetentionRoute = protectionPage(
  '/protection/retention',
  'runReferralMechanism',
  lazyRouteComponent(() => import('../features/protection/RetentionPage.tsx'), 'RetentionPage'),
);
const protectionPathwayRoute = protectionPage(
  '/protection/pathway',
  'runReferralMechanism',
  lazyRouteComponent(() => import('../features/protection/PathwayPage.tsx'), 'PathwayPage'),
);

const analysisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/analysis',
  validateSearch: (search: Record<string, unknown>) => parseAnalysisSearch(search),
  component: gated(
    'analyse',
    lazyRouteComponent(() => import('../features/analysis/AnalysisPage.tsx'), 'AnalysisPage'),
  ),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network',
  validateSearch: (search: Record<string, unknown>) => parseNetworkSearch(search),
  component: gated(
    'readInvestigationRecords',
    lazyRouteComponent(() => import('../features/network/NetworkPage.tsx'), 'NetworkPage'),
  ),
});

/** Knowledge exchange: every signed-in user reads it; what each may change the server's answers say. */
const everyone: Allows = () => true;
const knowledgePage = <P extends `/knowledge${string}`>(
  path: P,
  page: Parameters<typeof gated>[1],
  allows: Allows = everyone,
) => createRoute({ getParentRoute: () => rootRoute, path, component: gated(allows, page) });
const knowledgeRoutes = [
  knowledgePage(
    '/knowledge',
    lazyRouteComponent(() => import('../features/knowledge/PracticesPage.tsx'), 'PracticesPage'),
  ),
  knowledgePage(
    '/knowledge/practices/new',
    lazyRouteComponent(() => import('../features/knowledge/PracticeForm.tsx'), 'NewPracticePage'),
    'shareKnowledge',
  ),
  knowledgePage(
    '/knowledge/practices/$practiceId',
    lazyRouteComponent(() => import('../features/knowledge/PracticePage.tsx'), 'PracticePage'),
  ),
  knowledgePage(
    '/knowledge/meetings',
    lazyRouteComponent(() => import('../features/knowledge/MeetingsPage.tsx'), 'MeetingsPage'),
  ),
  knowledgePage(
    '/knowledge/meetings/$meetingId',
    lazyRouteComponent(() => import('../features/knowledge/MeetingPage.tsx'), 'MeetingPage'),
  ),
  knowledgePage(
    '/knowledge/follow-up',
    lazyRouteComponent(() => import('../features/knowledge/FollowUpPage.tsx'), 'FollowUpPage'),
  ),
  knowledgePage(
    '/knowledge/plans',
    lazyRouteComponent(() => import('../features/knowledge/PlansPage.tsx'), 'PlansPage'),
  ),
  knowledgePage(
    '/knowledge/plans/$planId',
    lazyRouteComponent(() => import('../features/knowledge/PlansPage.tsx'), 'PlanPage'),
  ),
] as const;

const routeTree = rootRoute.addChildren([
  indexRoute,
  analysisRoute,
  networkRoute,
  hitsRoute,
  requestsRoute,
  composeRoute,
  dashboardRoute,
  requestRoute,
  notificationsRoute,
  screeningsRoute,
  interviewRoute,
  instrumentsRoute,
  pathwaysRoute,
  screeningRoute,
  directoryRoute,
  agencyRoute,
  auditRoute,
  accountRoute,
  usersRoute,
  casesRoute,
  matchingModelRoute,
  importRoute,
  caseRoute,
  personRoute,
  searchRoute,
  protectionRoute,
  protectionServicesRoute,
  protectionTransfersRoute,
  protectionSharedRoute,
  protectionRetentionRoute,
  protectionPathwayRoute,
  protectionCaseRoute,
  ...knowledgeRoutes,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
