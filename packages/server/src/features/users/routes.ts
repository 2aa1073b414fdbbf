/** User administration for a jurisdiction's admins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { UserCreate, UserList, UserListQuery, UserUpdate, UserView } from './schema.ts';
import { createUser, getUser, listUsers, updateUser } from './service.ts';

const tags = ['users'];
const IdParams = z.object({ id: z.uuid() });
const PurposeQuery = z.object({ purpose: z.string().trim().min(3).max(200).default('user administration') });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'users');
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: "List your jurisdiction's users (admins)",
        querystring: UserListQuery,
        response: { 200: UserList },
      },
    },
    async (request) => ({
      users: await act(request, (ctx) =>
        listUsers(ctx, { q: request.query.q, includeDisabled: request.query.includeDisabled === 'true' }),
      ),
    }),
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'One user; the read is audited with its purpose',
        params: IdParams,
        querystring: PurposeQuery,
        response: { 200: UserView },
      },
    },
    async (request) => act(request, (ctx) => getUser(ctx, request.params.id, request.query.purpose)),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user in your jurisdiction',
        body: UserCreate,
        response: { 201: UserView },
      },
    },
    async (request, reply) => {
      const user = await act(request, (ctx) => createUser(ctx, request.body));
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change, disable or re-enable a user',
        params: IdParams,
        body: UserUpdate,
        response: { 200: UserView },
      },
    },
    async (request) => act(request, (ctx) => updateUser(ctx, request.params.id, request.body)),
  );
};
