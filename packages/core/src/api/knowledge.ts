/** Input and output of the knowledge exchange API: practices, meetings, action points, plans. */

import { z } from 'zod';
import {
  ACTION_STANDINGS,
  ActionStatus,
  Crime,
  MeetingStatus,
  MinutesStatus,
  Participation,
  Pillar,
  PracticeKind,
  PracticeStatus,
} from '../knowledge/model.ts';
import { ExploitationType, ModusOperandi } from '../model/case.ts';
import { Jurisdiction, SpokenLanguage } from '../model/index.ts';
import { changesTo } from './changes.ts';

const IsoDate = z.iso.date();

const Markdown = (max: number) => z.string().max(max);
const QueryFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
const Title = z.string().trim().min(1).max(300);
const Keyword = z.string().trim().min(1).max(40);

export const PracticeTagsInput = z.object({
  pillars: z.array(Pillar).max(4).default([]),
  crimes: z.array(Crime).max(2).default([]),
  exploitation: z.array(ExploitationType).max(20).default([]),
  modusOperandi: z.array(ModusOperandi).max(20).default([]),
  keywords: z.array(Keyword).max(20).default([]),
});

export const BriefSectionsInput = z.object({
  facts: Markdown(50_000).optional(),
  background: Markdown(50_000).optional(),
  successes: Markdown(50_000).optional(),
  challenges: Markdown(50_000).optional(),
  lessons: Markdown(50_000).optional(),
});

export const PracticeInput = z.object({
  kind: PracticeKind.default('practice'),
  title: Title,
  summary: z.string().trim().max(2_000).default(''),
  body: Markdown(100_000).default(''),
  sections: BriefSectionsInput.default({}),
  tags: PracticeTagsInput.default({
    pillars: [],
    crimes: [],
    exploitation: [],
    modusOperandi: [],
    keywords: [],
  }),
  /** The jurisdictions the practice comes from or concerns. */
  jurisdictions: z.array(Jurisdiction).max(7).default([]),
  language: SpokenLanguage,
  /** Cases of the author's jurisdiction it draws on: shown to others anonymised (type, year, forms). */
  caseIds: z.array(z.uuid()).max(20).default([]),
});
export type PracticeInput = z.infer<typeof PracticeInput>;

export const PracticeUpdate = changesTo(PracticeInput).extend({ version: z.number().int().positive() });
export type PracticeUpdate = z.infer<typeof PracticeUpdate>;

export const VersionInput = z.object({ version: z.number().int().positive() });

export const RestoreInput = z.object({
  /** The version whose content comes back (as a new version). */
  fromVersion: z.number().int().positive(),
  version: z.number().int().positive(),
});

export const Rendered = z.object({ markdown: z.string(), html: z.string() });
export type Rendered = z.infer<typeof Rendered>;

export const PracticeTagsView = z.object({
  pillars: z.array(Pillar),
  crimes: z.array(Crime),
  exploitation: z.array(z.string()),
  modusOperandi: z.array(z.string()),
  keywords: z.array(z.string()),
});

export const Author = z.object({ name: z.string(), agency: z.string(), jurisdiction: Jurisdiction });

/** A case a practice draws on: what anyone may know of it; its id only for who may open it. */
export const CaseLinkView = z.object({
  jurisdiction: Jurisdiction,
  caseType: z.string(),
  year: z.number().int().nullable(),
  exploitationTypes: z.array(z.string()),
  modusOperandi: z.array(z.string()),
  caseId: z.uuid().nullable(),
});

export const FileView = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type FileView = z.infer<typeof FileView>;

export const Passage = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const PracticeSummary = z.object({
  id: z.uuid(),
  kind: PracticeKind,
  status: PracticeStatus,
  title: z.string(),
  summary: z.string(),
  tags: PracticeTagsView,
  jurisdictions: z.array(Jurisdiction),
  language: SpokenLanguage,
  author: Author,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Where the query's words were found; null without a query. */
  passage: Passage.nullable(),
});
export type PracticeSummary = z.infer<typeof PracticeSummary>;

export const PracticeView = PracticeSummary.extend({
  body: Rendered,
  sections: z.object({
    facts: Rendered,
    background: Rendered,
    successes: Rendered,
    challenges: Rendered,
    lessons: Rendered,
  }),
  cases: z.array(CaseLinkView),
  files: z.array(FileView),
  commentCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  allowedActions: z.array(z.string()),
});
export type PracticeView = z.infer<typeof PracticeView>;

const Csv = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const PracticeQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: PracticeKind.optional(),
  status: PracticeStatus.optional(),
  pillar: Csv(Pillar),
  crime: Csv(Crime),
  exploitation: Csv(ExploitationType),
  modusOperandi: Csv(ModusOperandi),
  keyword: z.string().trim().max(40).optional(),
  jurisdiction: Csv(Jurisdiction),
  language: SpokenLanguage.optional(),
  /** Published (or, for drafts, last changed) on or after, on or before. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Only those of the user's agency (its drafts and what it published). */
  mine: QueryFlag,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type PracticeQuery = z.infer<typeof PracticeQuery>;

export const PracticeSearchResult = z.object({
  total: z.number().int(),
  items: z.array(PracticeSummary),
});
export type PracticeSearchResult = z.infer<typeof PracticeSearchResult>;

export const PracticeVersionView = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  agency: z.string(),
  /** create, update, publish, restore */
  action: z.string(),
  /** The fields this version changed; for a restore, the version it brought back. */
  fields: z.array(z.string()),
  restoredFrom: z.number().int().nullable(),
  title: z.string(),
});
export type PracticeVersionView = z.infer<typeof PracticeVersionView>;

export const CommentInput = z.object({ body: z.string().trim().min(1).max(5_000) });
export const CommentView = z.object({
  id: z.uuid(),
  body: z.string(),
  author: Author,
  at: z.string(),
  mine: z.boolean(),
});
export type CommentView = z.infer<typeof CommentView>;

export const PreviewInput = z.object({ markdown: Markdown(100_000) });

/* ---------- Meetings ---------- */

export const ParticipantInput = z.object({
  contactPointId: z.uuid(),
  status: Participation.default('invited'),
});

export const MeetingInput = z.object({
  title: Title,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullable().default(null),
  place: z.string().trim().min(1).max(300),
  agenda: Markdown(50_000).default(''),
  /** Participating jurisdictions besides those of the participants. */
  jurisdictions: z.array(Jurisdiction).max(7).default([]),
  participants: z.array(ParticipantInput).max(300).default([]),
  planId: z.uuid().nullable().default(null),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export const MeetingUpdate = changesTo(MeetingInput.omit({ participants: true })).extend({
  status: MeetingStatus.optional(),
  version: z.number().int().positive(),
});
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;

export const ParticipantsInput = z.object({
  participants: z.array(ParticipantInput).max(300),
  version: z.number().int().positive(),
});

export const MinutesInput = z.object({ minutes: Markdown(100_000), version: z.number().int().positive() });
export const DecisionInput = z.object({ text: z.string().trim().min(1).max(5_000) });

export const ParticipantView = z.object({
  contactPointId: z.uuid(),
  name: z.string(),
  function: z.string(),
  agency: z.string(),
  jurisdiction: Jurisdiction,
  status: Participation,
  /** Whether the user may answer for this participant (their own agency's). */
  mayAnswer: z.boolean(),
});

export const DecisionView = z.object({ id: z.uuid(), position: z.number().int(), text: z.string() });

export const Owner = z.object({
  contactPointId: z.uuid().nullable(),
  name: z.string(),
  agency: z.string(),
  jurisdiction: Jurisdiction,
});

export const ActionStanding = z.enum(ACTION_STANDINGS);

export const ProgressView = z.object({
  id: z.uuid(),
  at: z.string(),
  by: z.string(),
  agency: z.string(),
  note: z.string(),
  statusFrom: ActionStatus.nullable(),
  statusTo: ActionStatus.nullable(),
});

export const ActionPointView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  owner: Owner,
  jurisdictions: z.array(Jurisdiction),
  dueOn: IsoDate,
  status: ActionStatus,
  standing: ActionStanding,
  result: z.string(),
  doneAt: z.string().nullable(),
  meeting: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  decision: z.object({ id: z.uuid(), position: z.number().int() }).nullable(),
  plan: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type ActionPointView = z.infer<typeof ActionPointView>;

export const ActionPointDetail = ActionPointView.extend({ progress: z.array(ProgressView) });
export type ActionPointDetail = z.infer<typeof ActionPointDetail>;

export const MeetingSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  place: z.string(),
  status: MeetingStatus,
  minutesStatus: MinutesStatus,
  organiser: Author,
  jurisdictions: z.array(Jurisdiction),
  participantCount: z.number().int(),
  openActionPoints: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingView = MeetingSummary.extend({
  agenda: Rendered,
  minutes: Rendered,
  minutesApprovedAt: z.string().nullable(),
  minutesApprovedBy: z.string().nullable(),
  participants: z.array(ParticipantView),
  decisions: z.array(DecisionView),
  actionPoints: z.array(ActionPointView),
  files: z.array(FileView),
  plan: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  jurisdiction: Jurisdiction.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ActionPointInput = z.object({
  title: Title,
  description: z.string().trim().max(10_000).default(''),
  ownerContactPointId: z.uuid(),
  jurisdictions: z.array(Jurisdiction).max(7).default([]),
  dueOn: IsoDate,
  meetingId: z.uuid().nullable().default(null),
  decisionId: z.uuid().nullable().default(null),
  planId: z.uuid().nullable().default(null),
});
export type ActionPointInput = z.infer<typeof ActionPointInput>;

export const ActionPointUpdate = changesTo(ActionPointInput.omit({ meetingId: true })).extend({
  version: z.number().int().positive(),
});
export type ActionPointUpdate = z.infer<typeof ActionPointUpdate>;

export const ProgressInput = z.object({
  note: z.string().trim().max(5_000).default(''),
  status: ActionStatus.optional(),
  /** What came of it: required when the point is closed as done. */
  result: z.string().trim().max(5_000).optional(),
  version: z.number().int().positive(),
});
export type ProgressInput = z.infer<typeof ProgressInput>;

export const FollowUpQuery = z.object({
  jurisdiction: Jurisdiction.optional(),
  owner: z.uuid().optional(),
  planId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
  /** Only the action points owned by the user's agency. */
  mine: QueryFlag,
  standing: ActionStanding.optional(),
});
export type FollowUpQuery = z.infer<typeof FollowUpQuery>;

export const FollowUpCountsView = z.object({
  total: z.number().int(),
  open: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  shareDone: z.number().nullable(),
});

export const FollowUpView = z.object({
  today: IsoDate,
  counts: FollowUpCountsView,
  byJurisdiction: z.array(z.object({ jurisdiction: Jurisdiction, counts: FollowUpCountsView })),
  byOwner: z.array(z.object({ owner: Owner, counts: FollowUpCountsView })),
  items: z.array(ActionPointView),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

/* ---------- Action plans ---------- */

export const PlanInput = z.object({
  title: Title,
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  theme: z.string().trim().max(200).default(''),
  leaderContactPointId: z.uuid(),
  jurisdictions: z.array(Jurisdiction).max(7).default([]),
  description: Markdown(50_000).default(''),
});
export type PlanInput = z.infer<typeof PlanInput>;
export const PlanUpdate = changesTo(PlanInput).extend({ version: z.number().int().positive() });

export const PlanSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  year: z.number().int().nullable(),
  theme: z.string(),
  leader: Owner,
  jurisdictions: z.array(Jurisdiction),
  counts: FollowUpCountsView,
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanView = PlanSummary.extend({
  description: Rendered,
  actionPoints: z.array(ActionPointView),
  meetings: z.array(z.object({ id: z.uuid(), title: z.string(), startsAt: z.string() })),
  version: z.number().int(),
  allowedActions: z.array(z.string()),
});
export type PlanView = z.infer<typeof PlanView>;

/* ---------- Calendar ---------- */

export const CalendarFeedView = z.object({
  /** The feed's address, with its secret token: anyone holding it reads the user's meetings and deadlines. */
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
});
