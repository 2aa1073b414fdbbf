/**
 * The knowledge exchange's URLs and query keys: practices (search, versions, comments, files),
 * meetings (participants, minutes, decisions), action points and the follow-up, action plans and
 * the calendar feed. Every change returns the record as it now is, which replaces the cached one.
 */
import type {
  ActionPointDetail,
  CommentView,
  FollowUpView,
  MeetingSummary,
  MeetingView,
  PlanSummary,
  PlanView,
  PracticeSearchResult,
  PracticeVersionView,
  PracticeView,
} from '@veza/core/api/knowledge';
import { del, get, patch, post, put, queryString } from '../../api.ts';

/** Every query of the knowledge exchange starts with this key: refreshing it refreshes them all. */
export const KNOWLEDGE = ['knowledge'] as const;

export const knowledgeKeys = {
  practices: (query: object) => [...KNOWLEDGE, 'practices', query] as const,
  practice: (id: string) => [...KNOWLEDGE, 'practice', id] as const,
  versions: (id: string) => [...KNOWLEDGE, 'practice', id, 'versions'] as const,
  comments: (id: string) => [...KNOWLEDGE, 'practice', id, 'comments'] as const,
  meetings: [...KNOWLEDGE, 'meetings'] as const,
  meeting: (id: string) => [...KNOWLEDGE, 'meeting', id] as const,
  followUp: (query: object) => [...KNOWLEDGE, 'follow-up', query] as const,
  actionPoint: (id: string) => [...KNOWLEDGE, 'action-point', id] as const,
  plans: [...KNOWLEDGE, 'plans'] as const,
  plan: (id: string) => [...KNOWLEDGE, 'plan', id] as const,
  calendar: [...KNOWLEDGE, 'calendar'] as const,
};

type Query = Record<string, string | number | undefined>;

/** The search's query string, with a filter of several values (jurisdictions) repeated. */
function searchString(query: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value) search.append(key, v);
    else if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const searchPractices = (query: Record<string, string | number | string[] | undefined>) =>
  get<PracticeSearchResult>(`/api/knowledge/practices${searchString(query)}`);
export const getPractice = (id: string) => get<PracticeView>(`/api/knowledge/practices/${id}`);
export const createPractice = (body: object) => post<PracticeView>('/api/knowledge/practices', body);
export const updatePractice = (id: string, body: object) =>
  patch<PracticeView>(`/api/knowledge/practices/${id}`, body);
export const publishPractice = (p: PracticeView) =>
  post<PracticeView>(`/api/knowledge/practices/${p.id}/publish`, { version: p.version });
export const deletePractice = (p: PracticeView) =>
  del(`/api/knowledge/practices/${p.id}?version=${p.version}`);
export const practiceVersions = (id: string) =>
  get<PracticeVersionView[]>(`/api/knowledge/practices/${id}/versions`);
export const restoreVersion = (p: PracticeView, fromVersion: number) =>
  post<PracticeView>(`/api/knowledge/practices/${p.id}/restore`, { fromVersion, version: p.version });
export const practiceComments = (id: string) => get<CommentView[]>(`/api/knowledge/practices/${id}/comments`);
export const addComment = (id: string, body: string) =>
  post<CommentView[]>(`/api/knowledge/practices/${id}/comments`, { body });
export const deleteComment = (id: string, commentId: string) =>
  del(`/api/knowledge/practices/${id}/comments/${commentId}`);
export const previewMarkdown = (markdown: string) =>
  post<{ html: string }>('/api/knowledge/preview', { markdown });

export type FileOwnerKind = 'practices' | 'meetings';
export const uploadKnowledgeFile = (kind: FileOwnerKind, id: string, file: File) =>
  post(`/api/knowledge/${kind}/${id}/files?${new URLSearchParams({ filename: file.name })}`, file);
export const knowledgeFileUrl = (kind: FileOwnerKind, id: string, fileId: string) =>
  `/api/knowledge/${kind}/${id}/files/${fileId}`;
export const removeKnowledgeFile = (kind: FileOwnerKind, id: string, fileId: string) =>
  del(`/api/knowledge/${kind}/${id}/files/${fileId}`);

export const listMeetings = (query: Query = {}) =>
  get<MeetingSummary[]>(`/api/knowledge/meetings${queryString(query)}`);
export const getMeeting = (id: string) => get<MeetingView>(`/api/knowledge/meetings/${id}`);
export const createMeeting = (body: object) => post<MeetingView>('/api/knowledge/meetings', body);
export const updateMeeting = (m: MeetingView, body: object) =>
  patch<MeetingView>(`/api/knowledge/meetings/${m.id}`, { ...body, version: m.version });
export const setParticipants = (m: MeetingView, participants: { contactPointId: string; status: string }[]) =>
  put<MeetingView>(`/api/knowledge/meetings/${m.id}/participants`, { participants, version: m.version });
export const answerInvitation = (meetingId: string, contactPointId: string, status: string) =>
  post<MeetingView>(`/api/knowledge/meetings/${meetingId}/participants/${contactPointId}`, { status });
export const saveMinutes = (m: MeetingView, minutes: string) =>
  put<MeetingView>(`/api/knowledge/meetings/${m.id}/minutes`, { minutes, version: m.version });
export const approveMinutes = (m: MeetingView) =>
  post<MeetingView>(`/api/knowledge/meetings/${m.id}/minutes/approve`, { version: m.version });
export const minutesPdfUrl = (id: string) => `/api/knowledge/meetings/${id}/minutes.pdf`;
export const addDecision = (meetingId: string, text: string) =>
  post<MeetingView>(`/api/knowledge/meetings/${meetingId}/decisions`, { text });
export const removeDecision = (meetingId: string, decisionId: string) =>
  del<MeetingView>(`/api/knowledge/meetings/${meetingId}/decisions/${decisionId}`);

export const createActionPoint = (body: object) =>
  post<ActionPointDetail>('/api/knowledge/action-points', body);
export const getActionPoint = (id: string) => get<ActionPointDetail>(`/api/knowledge/action-points/${id}`);
export const recordProgress = (id: string, body: object) =>
  post<ActionPointDetail>(`/api/knowledge/action-points/${id}/progress`, body);
export const followUp = (query: Query) => get<FollowUpView>(`/api/knowledge/follow-up${queryString(query)}`);

export const listPlans = () => get<PlanSummary[]>('/api/knowledge/plans');
export const getPlan = (id: string) => get<PlanView>(`/api/knowledge/plans/${id}`);
export const createPlan = (body: object) => post<PlanView>('/api/knowledge/plans', body);

export const calendarFeed = () =>
  get<{ url: string | null; createdAt: string | null }>('/api/knowledge/calendar');
export const issueCalendarFeed = () =>
  post<{ url: string | null; createdAt: string | null }>('/api/knowledge/calendar');
export const stopCalendarFeed = () => del('/api/knowledge/calendar');
