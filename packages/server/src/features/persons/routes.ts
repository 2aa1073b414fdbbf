/** Persons in investigation records, and the one search box over names, phones, documents and plates. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { PersonCreate, PersonUpdate, PersonView, PurposeQuery, SearchQuery, SearchResult } from './schema.ts';
import { searchRecords } from './search.ts';
import { createPerson, getPerson, updatePerson } from './service.ts';

const tags = ['persons'];
const IdParams = z.object({ id: z.uuid() });

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  app.get(
    '/api/search',
    {
      schema: {
        tags,
        summary:
          'Find persons by name in any script or spelling, phone, document number, and vehicles by plate',
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (request) => ({
      hits: await act(request, (ctx) =>
        searchRecords(ctx, request.query.q, request.query.purpose, request.query.limit),
      ),
    }),
  );

  app.post(
    '/api/persons',
    { schema: { tags, summary: 'Record a person', body: PersonCreate, response: { 201: PersonView } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await act(request, async (ctx) =>
            getPerson(ctx, await createPerson(ctx, request.body), 'recorded by the author'),
          ),
        ),
  );

  app.get(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'A person and every case they appear in; a purpose is required and audited',
        params: IdParams,
        querystring: PurposeQuery,
        response: { 200: PersonView },
      },
    },
    async (request) => act(request, (ctx) => getPerson(ctx, request.params.id, request.query.purpose)),
  );

  app.put(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'Change a person (the whole record)',
        params: IdParams,
        body: PersonUpdate,
        response: { 200: PersonView },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        await updatePerson(ctx, request.params.id, request.body);
        return getPerson(ctx, request.params.id, 'changed by the author');
      }),
  );
};
