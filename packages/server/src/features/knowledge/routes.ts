/**
 * Knowledge exchange: practices and case briefs (search, versions, comments, files), meetings
 * (participants, minutes, decisions, the minutes as PDF), action points and their follow-up,
 * action plans, and the calendar feed.
 */

import { Participation } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { AppError } from '../../errors.ts';
import {
  createActionPoint,
  deleteActionPoint,
  followUp,
  getActionPoint,
  recordProgress,
  updateActionPoint,
} from './action-points.ts';
import { calendarFeed, calendarFeedOf, issueCalendarFeed, revokeCalendarFeed } from './calendar.ts';
import { attachKnowledgeFile, downloadKnowledgeFile, type FileOwner, removeKnowledgeFile } from './files.ts';
import { renderMarkdown } from './markdown.ts';
import {
  addDecision,
  answerInvitation,
  approveMinutes,
  createMeeting,
  getMeeting,
  listMeetings,
  removeDecision,
  saveMinutes,
  setParticipants,
  updateMeeting,
} from './meetings.ts';
import { minutesPdf } from './minutes-pdf.ts';
import { createPlan, getPlan, listPlans, updatePlan } from './plans.ts';
import {
  addComment,
  commentsOf,
  createPractice,
  deleteComment,
  deletePractice,
  getPractice,
  practiceVersionList,
  publishPractice,
  restorePractice,
  searchPractices,
  updatePractice,
} from './practices.ts';
import {
  ActionPointDetail,
  ActionPointInput,
  ActionPointUpdate,
  CalendarFeedView,
  CommentInput,
  CommentView,
  DecisionInput,
  FollowUpQuery,
  FollowUpView,
  MeetingInput,
  MeetingQuery,
  MeetingSummary,
  MeetingUpdate,
  MeetingView,
  MinutesInput,
  ParticipantsInput,
  PlanInput,
  PlanSummary,
  PlanUpdate,
  PlanView,
  PracticeInput,
  PracticeQuery,
  PracticeSearchResult,
  PracticeUpdate,
  PracticeVersionView,
  PracticeView,
  PreviewInput,
  ProgressInput,
  RestoreInput,
  VersionInput,
} from './schema.ts';

const tags = ['knowledge'];
const Id = z.object({ id: z.uuid() });
const IdFile = z.object({ id: z.uuid(), fileId: z.uuid() });
const VersionQuery = z.object({ version: z.coerce.number().int().positive() });
const Filename = z.object({ filename: z.string().trim().min(1).max(200) });

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'knowledge');
  const maxBytes = app.veza.config.attachmentMaxBytes;
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );

  /* ---------- Practices ---------- */

  app.get(
    '/api/knowledge/practices',
    {
      schema: {
        tags,
        summary:
          'Search practices, case briefs and lessons across scripts (Cyrillic and Latin, BCMS and Albanian letters fold together), with filters; ranked, each with the matched passage',
        querystring: PracticeQuery,
        response: { 200: PracticeSearchResult },
      },
    },
    async (request) => act(request, (ctx) => searchPractices(ctx, request.query)),
  );

  app.post(
    '/api/knowledge/practices',
    {
      schema: {
        tags,
        summary: "Write a practice, case brief or lesson: a draft only the author's agency sees",
        body: PracticeInput,
        response: { 201: PracticeView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await act(request, (ctx) => createPractice(ctx, request.body))),
  );

  app.get(
    '/api/knowledge/practices/:id',
    {
      schema: {
        tags,
        summary: 'A practice, its Markdown rendered and sanitised',
        params: Id,
        response: { 200: PracticeView },
      },
    },
    async (request) => act(request, (ctx) => getPractice(ctx, request.params.id)),
  );

  app.patch(
    '/api/knowledge/practices/:id',
    {
      schema: {
        tags,
        summary: 'Change a practice (a new version, naming the fields changed)',
        params: Id,
        body: PracticeUpdate,
        response: { 200: PracticeView },
      },
    },
    async (request) => act(request, (ctx) => updatePractice(ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/knowledge/practices/:id',
    {
      schema: {
        tags,
        summary: 'Delete a draft',
        params: Id,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deletePractice(ctx, request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/knowledge/practices/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft to the whole region',
        params: Id,
        body: VersionInput,
        response: { 200: PracticeView },
      },
    },
    async (request) => act(request, (ctx) => publishPractice(ctx, request.params.id, request.body.version)),
  );

  app.get(
    '/api/knowledge/practices/:id/versions',
    {
      schema: {
        tags,
        summary: "A practice's versions: who changed what, when",
        params: Id,
        response: { 200: z.array(PracticeVersionView) },
      },
    },
    async (request) => act(request, (ctx) => practiceVersionList(ctx, request.params.id)),
  );

  app.post(
    '/api/knowledge/practices/:id/restore',
    {
      schema: {
        tags,
        summary: "Bring back an earlier version's content, as a new version",
        params: Id,
        body: RestoreInput,
        response: { 200: PracticeView },
      },
    },
    async (request) =>
      act(request, (ctx) =>
        restorePractice(ctx, request.params.id, request.body.fromVersion, request.body.version),
      ),
  );

  app.get(
    '/api/knowledge/practices/:id/comments',
    {
      schema: { tags, summary: "A practice's comments", params: Id, response: { 200: z.array(CommentView) } },
    },
    async (request) => act(request, (ctx) => commentsOf(ctx, request.params.id)),
  );

  app.post(
    '/api/knowledge/practices/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a practice',
        params: Id,
        body: CommentInput,
        response: { 201: z.array(CommentView) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await act(request, (ctx) => addComment(ctx, request.params.id, request.body.body))),
  );

  app.delete(
    '/api/knowledge/practices/:id/comments/:commentId',
    {
      schema: {
        tags,
        summary: 'Delete one of your comments',
        params: z.object({ id: z.uuid(), commentId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deleteComment(ctx, request.params.id, request.params.commentId));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/knowledge/preview',
    {
      schema: {
        tags,
        summary: 'Markdown rendered and sanitised as it will be shown',
        body: PreviewInput,
        response: { 200: z.object({ html: z.string() }) },
      },
    },
    async (request) => act(request, async () => ({ html: renderMarkdown(request.body.markdown) })),
  );

  /* ---------- Files of practices and meetings ---------- */

  for (const kind of ['practices', 'meetings'] as const) {
    const ownerOf = (id: string): FileOwner =>
      kind === 'practices' ? { practiceId: id } : { meetingId: id };
    const reload = (ctx: Parameters<typeof getPractice>[0], id: string) =>
      kind === 'practices' ? getPractice(ctx, id) : getMeeting(ctx, id);
    app.post(
      `/api/knowledge/${kind}/:id/files`,
      {
        bodyLimit: maxBytes,
        schema: {
          tags,
          summary: `Attach a file to a ${kind === 'practices' ? 'practice' : 'meeting'} (raw bytes as application/octet-stream; ?filename=)`,
          params: Id,
          querystring: Filename,
          response: { 201: kind === 'practices' ? PracticeView : MeetingView },
        },
      },
      async (request, reply) => {
        const bytes = request.body;
        if (!(bytes instanceof Uint8Array))
          throw new AppError('unsupported_media_type', 'send the file as application/octet-stream', {
            field: 'file',
          });
        const view = await act(request, async (ctx) => {
          await attachKnowledgeFile(ctx, ownerOf(request.params.id), request.query.filename, bytes);
          return reload(ctx, request.params.id);
        });
        return reply.code(201).send(view);
      },
    );
    app.get(
      `/api/knowledge/${kind}/:id/files/:fileId`,
      { schema: { tags, summary: 'Download a file', params: IdFile } },
      async (request, reply) => {
        const file = await act(request, (ctx) =>
          downloadKnowledgeFile(ctx, ownerOf(request.params.id), request.params.fileId),
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content);
      },
    );
    app.delete(
      `/api/knowledge/${kind}/:id/files/:fileId`,
      { schema: { tags, summary: 'Remove a file', params: IdFile, response: { 204: z.null() } } },
      async (request, reply) => {
        await act(request, (ctx) =>
          removeKnowledgeFile(ctx, ownerOf(request.params.id), request.params.fileId),
        );
        return reply.code(204).send(null);
      },
    );
  }

  /* ---------- Meetings ---------- */

  app.get(
    '/api/knowledge/meetings',
    {
      schema: {
        tags,
        summary: "Meetings the user's jurisdiction takes part in, newest first",
        querystring: MeetingQuery,
        response: { 200: z.array(MeetingSummary) },
      },
    },
    async (request) => act(request, (ctx) => listMeetings(ctx, request.query)),
  );

  app.post(
    '/api/knowledge/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting: date, place, agenda, participants from the directory',
        body: MeetingInput,
        response: { 201: MeetingView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await act(request, (ctx) => createMeeting(ctx, request.body))),
  );

  app.get(
    '/api/knowledge/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with participants, minutes, decisions, action points',
        params: Id,
        response: { 200: MeetingView },
      },
    },
    async (request) => act(request, (ctx) => getMeeting(ctx, request.params.id)),
  );

  app.patch(
    '/api/knowledge/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Change a meeting',
        params: Id,
        body: MeetingUpdate,
        response: { 200: MeetingView },
      },
    },
    async (request) => act(request, (ctx) => updateMeeting(ctx, request.params.id, request.body)),
  );

  app.put(
    '/api/knowledge/meetings/:id/participants',
    {
      schema: {
        tags,
        summary: "The meeting's participants and their status (invited, confirmed, declined, attended)",
        params: Id,
        body: ParticipantsInput,
        response: { 200: MeetingView },
      },
    },
    async (request) =>
      act(request, (ctx) =>
        setParticipants(ctx, request.params.id, request.body.participants, request.body.version),
      ),
  );

  app.post(
    '/api/knowledge/meetings/:id/participants/:contactPointId',
    {
      schema: {
        tags,
        summary:
          "A participant's answer (their agency confirms or declines; the organisers also record attendance)",
        params: z.object({ id: z.uuid(), contactPointId: z.uuid() }),
        body: z.object({ status: Participation }),
        response: { 200: MeetingView },
      },
    },
    async (request) =>
      act(request, (ctx) =>
        answerInvitation(ctx, request.params.id, request.params.contactPointId, request.body.status),
      ),
  );

  app.put(
    '/api/knowledge/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Draft the minutes (until the organiser approves them)',
        params: Id,
        body: MinutesInput,
        response: { 200: MeetingView },
      },
    },
    async (request) =>
      act(request, (ctx) => saveMinutes(ctx, request.params.id, request.body.minutes, request.body.version)),
  );

  app.post(
    '/api/knowledge/meetings/:id/minutes/approve',
    {
      schema: {
        tags,
        summary: 'The organiser approves the minutes: they and the decisions are final',
        params: Id,
        body: VersionInput,
        response: { 200: MeetingView },
      },
    },
    async (request) => act(request, (ctx) => approveMinutes(ctx, request.params.id, request.body.version)),
  );

  app.get(
    '/api/knowledge/meetings/:id/minutes.pdf',
    { schema: { tags, summary: 'The minutes as PDF (marked as draft until approved)', params: Id } },
    async (request, reply) => {
      const meeting = await act(request, (ctx) => getMeeting(ctx, request.params.id));
      const pdf = await minutesPdf(meeting);
      const name = `minutes-${meeting.startsAt.slice(0, 10)}${meeting.minutesStatus === 'approved' ? '' : '-draft'}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/knowledge/meetings/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision',
        params: Id,
        body: DecisionInput,
        response: { 201: MeetingView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await act(request, (ctx) => addDecision(ctx, request.params.id, request.body.text))),
  );

  app.delete(
    '/api/knowledge/meetings/:id/decisions/:decisionId',
    {
      schema: {
        tags,
        summary: 'Remove a decision (before the minutes are approved)',
        params: z.object({ id: z.uuid(), decisionId: z.uuid() }),
        response: { 200: MeetingView },
      },
    },
    async (request) =>
      act(request, (ctx) => removeDecision(ctx, request.params.id, request.params.decisionId)),
  );

  /* ---------- Action points and follow-up ---------- */

  app.post(
    '/api/knowledge/action-points',
    {
      schema: {
        tags,
        summary:
          'Set an action point (at a meeting or in a plan) with an owner from the directory and a due date',
        body: ActionPointInput,
        response: { 201: ActionPointDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await act(request, (ctx) => createActionPoint(ctx, request.body))),
  );

  app.get(
    '/api/knowledge/action-points/:id',
    {
      schema: {
        tags,
        summary: 'An action point with its progress',
        params: Id,
        response: { 200: ActionPointDetail },
      },
    },
    async (request) => act(request, (ctx) => getActionPoint(ctx, request.params.id)),
  );

  app.patch(
    '/api/knowledge/action-points/:id',
    {
      schema: {
        tags,
        summary: 'Change an action point (who set it)',
        params: Id,
        body: ActionPointUpdate,
        response: { 200: ActionPointDetail },
      },
    },
    async (request) => act(request, (ctx) => updateActionPoint(ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/knowledge/action-points/:id',
    {
      schema: {
        tags,
        summary: 'Remove an action point',
        params: Id,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deleteActionPoint(ctx, request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/knowledge/action-points/:id/progress',
    {
      schema: {
        tags,
        summary: 'Record progress: a note, a change of status, the result (needed to close it as done)',
        params: Id,
        body: ProgressInput,
        response: { 200: ActionPointDetail },
      },
    },
    async (request) => act(request, (ctx) => recordProgress(ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/knowledge/follow-up',
    {
      schema: {
        tags,
        summary:
          'Action points: open, due soon, overdue, done, with the share done, per jurisdiction and per owner',
        querystring: FollowUpQuery,
        response: { 200: FollowUpView },
      },
    },
    async (request) => act(request, (ctx) => followUp(ctx, request.query)),
  );

  /* ---------- Action plans ---------- */

  app.get(
    '/api/knowledge/plans',
    {
      schema: { tags, summary: 'Action plans with their progress', response: { 200: z.array(PlanSummary) } },
    },
    async (request) => act(request, listPlans),
  );

  app.post(
    '/api/knowledge/plans',
    {
      schema: {
        tags,
        summary: 'Set an action plan (per year or theme) with a leader',
        body: PlanInput,
        response: { 201: PlanView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await act(request, (ctx) => createPlan(ctx, request.body))),
  );

  app.get(
    '/api/knowledge/plans/:id',
    {
      schema: {
        tags,
        summary: 'An action plan with its action points and meetings',
        params: Id,
        response: { 200: PlanView },
      },
    },
    async (request) => act(request, (ctx) => getPlan(ctx, request.params.id)),
  );

  app.patch(
    '/api/knowledge/plans/:id',
    {
      schema: {
        tags,
        summary: 'Change an action plan',
        params: Id,
        body: PlanUpdate,
        response: { 200: PlanView },
      },
    },
    async (request) => act(request, (ctx) => updatePlan(ctx, request.params.id, request.body)),
  );

  /* ---------- Calendar feed ---------- */

  app.get(
    '/api/knowledge/calendar',
    {
      schema: {
        tags,
        summary: "Whether the user's calendar feed exists (its address is shown once, when issued)",
        response: { 200: CalendarFeedView },
      },
    },
    async (request) => act(request, calendarFeedOf),
  );

  app.post(
    '/api/knowledge/calendar',
    {
      schema: {
        tags,
        summary:
          "Issue a new secret address for the user's iCalendar feed of meetings and deadlines (the old one stops working)",
        response: { 201: CalendarFeedView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await act(request, (ctx) => issueCalendarFeed(ctx, app.veza.config.publicUrl))),
  );

  app.delete(
    '/api/knowledge/calendar',
    { schema: { tags, summary: 'Stop the calendar feed', response: { 204: z.null() } } },
    async (request, reply) => {
      await act(request, revokeCalendarFeed);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/knowledge/calendar/:file',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The iCalendar feed (the address holds its secret token; no session)',
        params: z.object({
          file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'not a calendar feed address'),
        }),
      },
    },
    async (request, reply) => {
      const ics = await calendarFeed(app.veza.database, request.params.file.slice(0, -4), {
        now: app.veza.clock(),
        origin: app.veza.config.publicUrl,
        address: request.ip,
      });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(ics);
    },
  );
};
