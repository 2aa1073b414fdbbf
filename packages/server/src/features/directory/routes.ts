/** The regional directory: search for everyone signed in, edits for the owning jurisdiction's admins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { createContactPoint, deleteContactPoint, updateContactPoint } from './contact-points.ts';
import {
  AgencyCreate,
  AgencyDetail,
  AgencyUpdate,
  AgencyView,
  ContactPointCreate,
  ContactPointUpdate,
  ContactPointView,
  DirectoryQuery,
  DirectoryResult,
  VersionQuery,
} from './schema.ts';
import { createAgency, deleteAgency, getAgency, searchDirectory, updateAgency } from './service.ts';

const tags = ['directory'];
const IdParams = z.object({ id: z.uuid() });

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'directory');
  app.get(
    '/api/directory',
    {
      schema: {
        tags,
        summary: 'Search agencies and contact points of the whole region',
        querystring: DirectoryQuery,
        response: { 200: DirectoryResult },
      },
    },
    async (request) => act(request, (ctx) => searchDirectory(ctx, request.query)),
  );

  app.get(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'An agency and its contact points',
        params: IdParams,
        response: { 200: AgencyDetail },
      },
    },
    async (request) => act(request, (ctx) => getAgency(ctx, request.params.id)),
  );

  app.post(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: 'Add an agency of your jurisdiction (admins)',
        body: AgencyCreate,
        response: { 201: AgencyView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => createAgency(ctx, request.body))),
  );

  app.patch(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Change an agency (admins of its jurisdiction)',
        params: IdParams,
        body: AgencyUpdate,
        response: { 200: AgencyView },
      },
    },
    async (request) => act(request, (ctx) => updateAgency(ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Remove an agency without contact points',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deleteAgency(ctx, request.params.id, request.query.version));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/contact-points',
    {
      schema: {
        tags,
        summary: 'Add a contact point (admins)',
        body: ContactPointCreate,
        response: { 201: ContactPointView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => createContactPoint(ctx, request.body))),
  );

  app.patch(
    '/api/contact-points/:id',
    {
      schema: {
        tags,
        summary: 'Change a contact point',
        params: IdParams,
        body: ContactPointUpdate,
        response: { 200: ContactPointView },
      },
    },
    async (request) => act(request, (ctx) => updateContactPoint(ctx, request.params.id, request.body)),
  );

  app.delete(
    '/api/contact-points/:id',
    {
      schema: {
        tags,
        summary: 'Remove a contact point',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) => deleteContactPoint(ctx, request.params.id, request.query.version));
      return reply.status(204).send(null);
    },
  );
};
