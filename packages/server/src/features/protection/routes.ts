/** Protection cases: open, list, read (audited), decide, move, consent, close and reopen. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import {
  BestInterestsDetermination,
  CaseClosure,
  ConsentCreate,
  ProtectionCaseList,
  ProtectionCaseListQuery,
  ProtectionCaseOpen,
  ProtectionCaseView,
  ReasonableGroundsDecision,
  ReflectionExtend,
  StageMove,
} from './schema.ts';
import {
  closeProtectionCase,
  decideReasonableGrounds,
  determineBestInterests,
  extendReflection,
  getProtectionCase,
  listProtectionCases,
  moveStage,
  openProtectionCase,
  recordConsent,
  reopenProtectionCase,
} from './service.ts';

const tags = ['protection'];
const IdParams = z.object({ id: z.uuid() });
const Case = { 200: ProtectionCaseView };

export const protectionRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'protection');

  app.get(
    '/api/protection-cases',
    {
      schema: {
        tags,
        summary:
          'The protection cases the actor works or oversees, filtered (reflection periods ending soon first when asked)',
        querystring: ProtectionCaseListQuery,
        response: { 200: ProtectionCaseList },
      },
    },
    async (request) => act(request, (ctx) => listProtectionCases(ctx, request.query)),
  );

  app.post(
    '/api/protection-cases',
    {
      schema: {
        tags,
        summary: 'Open a protection case, from a screening, a victim referral or directly',
        body: ProtectionCaseOpen,
        response: { 201: ProtectionCaseView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => openProtectionCase(ctx, request.body))),
  );

  app.get(
    '/api/protection-cases/:id',
    {
      schema: {
        tags,
        summary: 'One protection case, its decisions and consents (the read is audited)',
        params: IdParams,
        querystring: z.object({ purpose: z.string().trim().max(500).optional() }),
        response: Case,
      },
    },
    async (request) =>
      act(request, (ctx) => getProtectionCase(ctx, request.params.id, request.query.purpose)),
  );

  app.post(
    '/api/protection-cases/:id/reasonable-grounds',
    {
      schema: {
        tags,
        summary:
          'The reasonable-grounds decision; a presumed victim enters the recovery and reflection period',
        params: IdParams,
        body: ReasonableGroundsDecision,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => decideReasonableGrounds(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/stage',
    {
      schema: {
        tags,
        summary: "Move the case to the next stage of the jurisdiction's NRM pathway, with the decision taken",
        params: IdParams,
        body: StageMove,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => moveStage(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/reflection-extensions',
    {
      schema: {
        tags,
        summary: 'Extend the reflection period, with the reason',
        params: IdParams,
        body: ReflectionExtend,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => extendReflection(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/best-interests',
    {
      schema: {
        tags,
        summary: "Record a child's best-interests determination",
        params: IdParams,
        body: BestInterestsDetermination,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => determineBestInterests(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a consent given, refused or withdrawn, for a purpose and recipient',
        params: IdParams,
        body: ConsentCreate,
        response: { 201: ProtectionCaseView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await act(request, (ctx) => recordConsent(ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/protection-cases/:id/close',
    {
      schema: {
        tags,
        summary:
          "Close the case with its outcome and reason (a child's needs a best-interests determination)",
        params: IdParams,
        body: CaseClosure,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => closeProtectionCase(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a closed case at assistance, with the reason',
        params: IdParams,
        body: z.object({ reason: z.string().trim().min(3).max(4000), version: z.number().int().positive() }),
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => reopenProtectionCase(ctx, request.params.id, request.body)),
  );
};
