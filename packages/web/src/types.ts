/**
 * The shapes the API returns, inferred from the schemas the server validates them with
 * (core/src/api/): one source, so that the web app cannot drift from what the server sends.
 */
import type { Me as MeView } from '@veza/core/api/accounts';
import type { AuditEntryView } from '@veza/core/api/audit';
import type {
  CaseView as CaseRecordView,
  CaseSummary as CaseSummaryView,
  Crossing as CrossingView,
} from '@veza/core/api/cases';
import type {
  AgencyView,
  ContactPointView,
  DirectoryResult as DirectoryResultView,
} from '@veza/core/api/directory';
import type {
  DuplicateList as DuplicateListView,
  Explanation,
  PersonSummary as PersonSummaryView,
} from '@veza/core/api/duplicates';
import type { HitView } from '@veza/core/api/hits';
import type { NotificationView } from '@veza/core/api/notifications';
import type { PersonView as PersonRecordView, SearchHit as SearchHitView } from '@veza/core/api/persons';
import type {
  DashboardRow as DashboardRowView,
  RequestSummary as RequestSummaryView,
  RequestThread as RequestThreadView,
  SharedSnapshot as SharedSnapshotView,
} from '@veza/core/api/requests';
import type { UserView as UserRecordView } from '@veza/core/api/users';

export type { Priority, RequestStatus, RequestType } from '@veza/core';

export type Me = MeView;
export type Agency = AgencyView;
export type ContactPoint = ContactPointView;
export type DirectoryResult = DirectoryResultView;
export type AuditEntry = AuditEntryView;
export type UserView = UserRecordView;
export type CaseSummary = CaseSummaryView;
export type CaseView = CaseRecordView;
export type RouteLeg = CaseView['route'][number];
export type Crossing = CrossingView;
export type PersonView = PersonRecordView;
export type PersonSummary = PersonSummaryView;
/** Why the engine scored a pair as it did: the prior and each field's weight, in bits, make the total. */
export type PairExplanation = Explanation;
export type DuplicateList = DuplicateListView;
export type SearchHit = SearchHitView;
export type Hit = HitView;
export type RequestSummary = RequestSummaryView;
export type SharedSnapshot = SharedSnapshotView;
export type OriginStep = SharedSnapshot['origin'][number];
export type RequestThread = RequestThreadView;
export type NotificationItem = NotificationView;
export type DashboardRow = DashboardRowView;
