/** Hit/no-hit: the hits of the actor's jurisdiction, the badge count, decisions, participation. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { HitList, HitQuery } from './schema.ts';
import {
  countNewHits,
  decideHit,
  listHits,
  ownHits,
  setParticipation,
  withdrawEncodings,
} from './service.ts';

const tags = ['hits'];
const IdParams = z.object({ id: z.uuid() });

export const hitRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  app.get(
    '/api/hits',
    {
      schema: {
        tags,
        summary: "Hits on the jurisdiction's persons in other jurisdictions",
        querystring: HitQuery,
        response: { 200: HitList },
      },
    },
    async (request) => listHits(app.veza.database, await act(request, (ctx) => ownHits(ctx, request.query))),
  );
  app.get(
    '/api/hits/count',
    {
      schema: {
        tags,
        summary: 'How many hits this jurisdiction has not looked at',
        response: { 200: z.object({ new: z.number().int() }) },
      },
    },
    async (request) => ({ new: await act(request, (ctx) => countNewHits(ctx)) }),
  );
  for (const [path, status] of [
    ['not-relevant', 'not_relevant'],
    ['confirm', 'confirmed'],
  ] as const) {
    app.post(
      `/api/hits/:id/${path}`,
      {
        schema: {
          tags,
          summary: `Mark a hit ${status.replace('_', ' ')} (this side only)`,
          params: IdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await act(request, (ctx) => decideHit(ctx, request.params.id, status));
        return reply.status(204).send(null);
      },
    );
  }
  app.put(
    '/api/hit-participation',
    {
      schema: {
        tags,
        summary: "Pause or resume the jurisdiction's part in hit/no-hit (admins)",
        body: z.object({ paused: z.boolean() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const jurisdiction = await act(request, (ctx) => setParticipation(ctx, request.body.paused));
      if (request.body.paused) await withdrawEncodings(app.veza.database, jurisdiction);
      return reply.status(204).send(null);
    },
  );
};
