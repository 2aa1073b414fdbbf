/** Investigation cases: list, open, create, change; people's roles and vehicles in a case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { addEvent, listCrossings, removeEvent, replaceRoute } from './journey.ts';
import { addRole, addVehicle, linkCases, removeRole, removeVehicle, unlinkCases } from './parts.ts';
import {
  CaseCreate,
  CaseList,
  CaseListQuery,
  CaseUpdate,
  CaseView,
  CrossingList,
  EventCreate,
  RoleCreate,
  RouteReplace,
  VehicleCreate,
} from './schema.ts';
import { createCase, getCase, listCases, updateCase } from './service.ts';

const tags = ['cases'];
const IdParams = z.object({ id: z.uuid() });
const PartParams = z.object({ id: z.uuid(), partId: z.uuid() });
const Purpose = z.object({ purpose: z.string().trim().min(3).max(200).default('case work') });

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'investigation');
  app.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: "Your jurisdiction's cases, filtered",
        querystring: CaseListQuery,
        response: { 200: CaseList },
      },
    },
    async (request) => act(request, (ctx) => listCases(ctx, request.query)),
  );

  app.post(
    '/api/cases',
    { schema: { tags, summary: 'Open a case', body: CaseCreate, response: { 201: CaseView } } },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => createCase(ctx, request.body))),
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case with its people and vehicles; the read is audited with its purpose',
        params: IdParams,
        querystring: Purpose,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => getCase(ctx, request.params.id, request.query.purpose)),
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change a case',
        params: IdParams,
        body: CaseUpdate,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => updateCase(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/cases/:id/roles',
    {
      schema: {
        tags,
        summary: "Record a person's role in the case",
        params: IdParams,
        body: RoleCreate,
        response: { 201: CaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => addRole(ctx, request.params.id, request.body))),
  );

  app.delete(
    '/api/cases/:id/roles/:partId',
    {
      schema: {
        tags,
        summary: "Remove a person's role from the case",
        params: PartParams,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => removeRole(ctx, request.params.id, request.params.partId)),
  );

  app.post(
    '/api/cases/:id/vehicles',
    {
      schema: {
        tags,
        summary: 'Record a vehicle in the case',
        params: IdParams,
        body: VehicleCreate,
        response: { 201: CaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => addVehicle(ctx, request.params.id, request.body))),
  );

  app.delete(
    '/api/cases/:id/vehicles/:partId',
    {
      schema: {
        tags,
        summary: 'Remove a vehicle from the case',
        params: PartParams,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => removeVehicle(ctx, request.params.id, request.params.partId)),
  );

  app.put(
    '/api/cases/:id/route',
    {
      schema: {
        tags,
        summary: "Replace the case's route with these legs, in order",
        params: IdParams,
        body: RouteReplace,
        response: { 200: CaseView },
      },
    },
    async (request) =>
      act(request, async (ctx) => {
        await replaceRoute(ctx, request.params.id, request.body);
        return getCase(ctx, request.params.id, null);
      }),
  );

  app.post(
    '/api/cases/:id/events',
    {
      schema: {
        tags,
        summary: 'Record a recruitment, transit or exploitation event',
        params: IdParams,
        body: EventCreate,
        response: { 201: CaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await act(request, async (ctx) => {
          await addEvent(ctx, request.params.id, request.body);
          return getCase(ctx, request.params.id, null);
        }),
      ),
  );

  app.delete(
    '/api/cases/:id/events/:partId',
    { schema: { tags, summary: 'Remove an event', params: PartParams, response: { 200: CaseView } } },
    async (request) =>
      act(request, async (ctx) => {
        await removeEvent(ctx, request.params.id, request.params.partId);
        return getCase(ctx, request.params.id, null);
      }),
  );

  app.get(
    '/api/border-crossings',
    { schema: { tags, summary: "The region's border crossing points", response: { 200: CrossingList } } },
    async (request) => ({ crossings: await act(request, listCrossings) }),
  );

  app.put(
    '/api/cases/:id/links/:partId',
    {
      schema: {
        tags,
        summary: 'Link another case of your jurisdiction',
        params: PartParams,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => linkCases(ctx, request.params.id, request.params.partId)),
  );

  app.delete(
    '/api/cases/:id/links/:partId',
    {
      schema: {
        tags,
        summary: 'Remove a link between cases',
        params: PartParams,
        response: { 200: CaseView },
      },
    },
    async (request) => act(request, (ctx) => unlinkCases(ctx, request.params.id, request.params.partId)),
  );
};
