/** Screening: the instruments (and publishing new versions), recording screenings and declines, reading them, counts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import {
  currentInstruments,
  instrumentById,
  instrumentVersions,
  publishInstrument,
  reviewInstrument,
} from './instruments.ts';
import { listPathways, PathwayInput, PathwayView, removePathway, setPathway } from './pathways.ts';
import {
  DeclineSubmit,
  ScreeningListQuery,
  ScreeningSubmit,
  ScreeningSummary,
  ScreeningView,
} from './schema.ts';
import {
  getScreening,
  linkPerson,
  listScreenings,
  recordDecline,
  screeningCounts,
  submitScreening,
} from './service.ts';

const tags = ['screening'];
const IdParams = z.object({ id: z.uuid() });
const InstrumentRow = z.object({
  id: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  definition: z.record(z.string(), z.unknown()),
});
const present = (row: {
  id: string;
  key: string;
  version: number;
  publishedAt: Date;
  definition: unknown;
}) => ({
  id: row.id,
  key: row.key,
  version: row.version,
  publishedAt: row.publishedAt.toISOString(),
  definition: row.definition as Record<string, unknown>,
});
const Change = z.object({
  change: z.enum(['added', 'removed', 'changed']),
  what: z.string(),
  id: z.string(),
  fields: z.array(z.string()).optional(),
});
const Review = z.object({
  previous: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
  changes: z.array(Change),
});

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'screening');
  app.get(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: "The newest version of each of the jurisdiction's screening instruments",
        response: { 200: z.object({ instruments: z.array(InstrumentRow) }) },
      },
    },
    async (request) => ({
      instruments: (await act(request, (ctx) => currentInstruments(ctx))).map(present),
    }),
  );
  app.get(
    '/api/instruments/:id',
    {
      schema: { tags, summary: 'One published version', params: IdParams, response: { 200: InstrumentRow } },
    },
    async (request) => present(await act(request, (ctx) => instrumentById(ctx, request.params.id))),
  );
  app.get(
    '/api/instrument-versions/:key',
    {
      schema: {
        tags,
        summary: "The published versions of one of the jurisdiction's instruments",
        params: z.object({ key: z.string().max(64) }),
        response: {
          200: z.object({
            versions: z.array(
              z.object({ id: z.uuid(), key: z.string(), version: z.number().int(), publishedAt: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      versions: (await act(request, (ctx) => instrumentVersions(ctx, request.params.key))).map((v) => ({
        ...v,
        publishedAt: v.publishedAt.toISOString(),
      })),
    }),
  );
  app.post(
    '/api/instruments/review',
    {
      schema: {
        tags,
        summary: 'Check an instrument and show what changes against the published version (coordinators)',
        body: z.object({ definition: z.unknown() }),
        response: { 200: Review },
      },
    },
    async (request) => {
      const review = await act(request, (ctx) => reviewInstrument(ctx, request.body.definition));
      return { previous: review.previous, changes: review.changes };
    },
  );
  app.post(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Publish a new version of an instrument (coordinators); it never changes afterwards',
        body: z.object({ definition: z.unknown() }),
        response: { 201: Review.extend({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const published = await act(request, (ctx) => publishInstrument(ctx, request.body.definition));
      return reply
        .status(201)
        .send({ id: published.id, previous: published.previous, changes: published.changes });
    },
  );

  app.get(
    '/api/referral-pathways',
    {
      schema: {
        tags,
        summary: "The jurisdiction's referral pathways: which agency provides each recommended action",
        response: { 200: z.object({ pathways: z.array(PathwayView) }) },
      },
    },
    async (request) => ({ pathways: await act(request, (ctx) => listPathways(ctx)) }),
  );
  app.put(
    '/api/referral-pathways/:action',
    {
      schema: {
        tags,
        summary: 'Set the agency (and contact point) that provides an action (coordinators and admins)',
        params: z.object({ action: z.string().max(64) }),
        body: PathwayInput,
        response: { 200: z.object({ pathways: z.array(PathwayView) }) },
      },
    },
    async (request) => ({
      pathways: await act(request, async (ctx) => {
        await setPathway(ctx, request.params.action, request.body);
        return listPathways(ctx);
      }),
    }),
  );
  app.delete(
    '/api/referral-pathways/:action',
    {
      schema: {
        tags,
        summary: 'Remove the pathway of an action',
        params: z.object({ action: z.string().max(64) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => removePathway(ctx, request.params.action));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/screenings',
    {
      schema: {
        tags,
        summary: 'Record a screening; sending the same id again records nothing more (200)',
        body: ScreeningSubmit,
        response: {
          200: z.object({ id: z.uuid(), outcome: z.string() }),
          201: z.object({ id: z.uuid(), outcome: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const saved = await act(request, (ctx) => submitScreening(ctx, request.body));
      return reply.status(saved.created ? 201 : 200).send({ id: saved.id, outcome: saved.result.outcome });
    },
  );
  app.post(
    '/api/screenings/declines',
    {
      schema: {
        tags,
        summary: 'Count a person who declined to be screened (nothing else about them); idempotent',
        body: DeclineSubmit,
        response: { 200: z.object({ counted: z.boolean() }), 201: z.object({ counted: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const counted = await act(request, (ctx) =>
        recordDecline(ctx, request.body.id, request.body.conductedAt),
      );
      return reply.status(counted ? 201 : 200).send({ counted });
    },
  );
  app.get(
    '/api/screenings',
    {
      schema: {
        tags,
        summary:
          "Screenings the actor may see: their agency's, the jurisdiction's for coordinators, referred ones",
        querystring: ScreeningListQuery,
        response: { 200: z.object({ screenings: z.array(ScreeningSummary) }) },
      },
    },
    async (request) => ({ screenings: await act(request, (ctx) => listScreenings(ctx, request.query)) }),
  );
  app.get(
    '/api/screenings/counts',
    {
      schema: {
        tags,
        summary: 'Screenings per month, agency and outcome, and declines; counts under 10 suppressed',
        response: {
          200: z.object({
            counts: z.array(
              z.object({
                month: z.string(),
                agencyId: z.uuid(),
                outcome: z.string(),
                count: z.number().int().nullable(),
                suppressed: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ counts: await act(request, (ctx) => screeningCounts(ctx)) }),
  );
  app.put(
    '/api/screenings/:id/person',
    {
      schema: {
        tags,
        summary: 'Link the screening to the person record it is about (null: unlink)',
        params: IdParams,
        body: z.object({ personId: z.uuid().nullable() }),
        response: { 200: ScreeningView },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        await linkPerson(ctx, request.params.id, request.body.personId);
        return getScreening(ctx, request.params.id);
      }),
  );
  app.get(
    '/api/screenings/:id',
    {
      schema: {
        tags,
        summary: 'One screening with its answers and explained result (audited)',
        params: IdParams,
        response: { 200: ScreeningView },
      },
    },
    async (request) => act(request, (ctx) => getScreening(ctx, request.params.id)),
  );
};
