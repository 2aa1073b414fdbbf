/** The matching model of the duplicate search: read it, bring an earlier version back, pause learning. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { LearningInput, MatchingModelView } from './schema.ts';
import { getMatchingModel, restoreVersion, setLearning } from './service.ts';

const tags = ['persons'];

export const matchingModelRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'capabilities');
  app.get(
    '/api/matching-model',
    {
      schema: {
        tags,
        summary:
          "The jurisdiction's matching model: the version in use with its weights, what changed, every version (coordinators)",
        response: { 200: MatchingModelView },
      },
    },
    async (request) => act(request, (ctx) => getMatchingModel(ctx)),
  );

  app.post(
    '/api/matching-model/versions/:id/restore',
    {
      schema: {
        tags,
        summary: 'Bring an earlier version back into use; learning pauses until resumed (coordinators)',
        params: z.object({ id: z.uuid() }),
        response: { 200: MatchingModelView },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        await restoreVersion(ctx, request.params.id);
        return getMatchingModel(ctx);
      }),
  );

  app.put(
    '/api/matching-model/learning',
    {
      schema: {
        tags,
        summary: 'Pause or resume learning from decisions (coordinators)',
        body: LearningInput,
        response: { 200: MatchingModelView },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        await setLearning(ctx, request.body.paused);
        return getMatchingModel(ctx);
      }),
  );
};
