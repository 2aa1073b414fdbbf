/** Possible duplicates of a person: list with explanations, merge, reject, undo a merge. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { PurposeQuery } from '../persons/index.ts';
import { DuplicateList } from './schema.ts';
import { listDuplicates, mergeDuplicate, rejectDuplicate, undoMerge } from './service.ts';

const tags = ['persons'];
const PersonParams = z.object({ id: z.uuid() });
const DuplicateParams = z.object({ id: z.uuid(), duplicateId: z.uuid() });
const MergeParams = z.object({ id: z.uuid(), mergeId: z.uuid() });

export const duplicateRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  app.get(
    '/api/persons/:id/duplicates',
    {
      schema: {
        tags,
        summary:
          'Persons of the same jurisdiction who may be this one, with why; a purpose is required and audited',
        params: PersonParams,
        querystring: PurposeQuery,
        response: { 200: DuplicateList },
      },
    },
    async (request) => act(request, (ctx) => listDuplicates(ctx, request.params.id, request.query.purpose)),
  );

  app.post(
    '/api/persons/:id/duplicates/:duplicateId/merge',
    {
      schema: {
        tags,
        summary: 'Merge the other person into this one (undoable)',
        params: DuplicateParams,
        response: { 200: z.object({ mergeId: z.uuid() }) },
      },
    },
    async (request) => ({
      mergeId: await act(request, (ctx) =>
        mergeDuplicate(ctx, request.params.id, request.params.duplicateId),
      ),
    }),
  );

  app.post(
    '/api/persons/:id/duplicates/:duplicateId/reject',
    {
      schema: {
        tags,
        summary: 'Record that the two are not the same person',
        params: DuplicateParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => rejectDuplicate(ctx, request.params.id, request.params.duplicateId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/persons/:id/merges/:mergeId/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge into this person',
        params: MergeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => undoMerge(ctx, request.params.id, request.params.mergeId));
      return reply.status(204).send(null);
    },
  );
};
