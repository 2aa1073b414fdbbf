/** Protection cases: open, list, read (audited), decide, move, consent, close and reopen. */

import { NrmPathway } from '@veza/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy } from '../../access/request.ts';
import { decideApproval } from './approvals.ts';
import { decideRetention, personalDataExport, retentionDue } from './retention.ts';
import {
  AgeAssessmentCreate,
  ApprovalDecision,
  AssessmentCreate,
  BestInterestsDetermination,
  CaseClosure,
  ConsentCreate,
  ConsentOverrideCreate,
  GuardianAppointment,
  PlanCreate,
  ProtectionCaseList,
  ProtectionCaseListQuery,
  ProtectionCaseOpen,
  ProtectionCaseView,
  ReasonableGroundsDecision,
  ReflectionExtend,
  RetentionDecision,
  RetentionDue,
  ServiceReferralCreate,
  ServiceReferralUpdate,
  ServiceReferralView,
  ShareCreate,
  ShareView,
  StageMove,
  TransferAnswer,
  TransferCreate,
  TransferView,
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
  pathwayOf,
  possibleSupervisors,
  recordConsent,
  reopenProtectionCase,
  setPathway,
} from './service.ts';
import {
  answerTransfer,
  incomingTransfers,
  overrideConsent,
  proposeTransfer,
  revokeShare,
  shareCase,
  sharedWithMyAgency,
} from './sharing.ts';
import {
  appointGuardian,
  incomingServiceReferrals,
  recordAgeAssessment,
  recordAssessment,
  referToService,
  submitPlan,
  updateServiceReferral,
} from './work.ts';

const tags = ['protection'];
const IdParams = z.object({ id: z.uuid() });
const Case = { 200: ProtectionCaseView };
const Created = { 201: ProtectionCaseView };
const Version = z.object({ version: z.number().int().positive() });

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
    '/api/protection-pathway',
    {
      schema: {
        tags,
        summary:
          "The jurisdiction's NRM pathway: reflection days, retention years, stages and who is responsible",
        response: { 200: NrmPathway },
      },
    },
    async (request) => act(request, (ctx) => pathwayOf(ctx)),
  );

  app.put(
    '/api/protection-pathway',
    {
      schema: {
        tags,
        summary: "Set the jurisdiction's NRM pathway (coordinators; never fewer than 30 days of reflection)",
        body: NrmPathway,
        response: { 200: NrmPathway },
      },
    },
    async (request) => act(request, (ctx) => setPathway(ctx, request.body)),
  );

  app.get(
    '/api/protection-supervisors',
    {
      schema: {
        tags,
        summary: "Who may supervise the actor's cases: the other caseworkers of their agency",
        response: { 200: z.object({ supervisors: z.array(z.object({ id: z.uuid(), name: z.string() })) }) },
      },
    },
    async (request) => act(request, async (ctx) => ({ supervisors: await possibleSupervisors(ctx) })),
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

  app.post(
    '/api/protection-cases/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Record a needs assessment: the adult form, or the child form for a child',
        params: IdParams,
        body: AssessmentCreate,
        response: Created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await act(request, (ctx) => recordAssessment(ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/protection-cases/:id/plans',
    {
      schema: {
        tags,
        summary: "Submit a case plan (goals for the assessment's needs) for the supervisor's approval",
        params: IdParams,
        body: PlanCreate.extend(Version.shape),
        response: Created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => submitPlan(ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/protection-cases/:id/guardian',
    {
      schema: {
        tags,
        summary: "Record the appointment of a child's guardian",
        params: IdParams,
        body: GuardianAppointment,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => appointGuardian(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/age-assessments',
    {
      schema: {
        tags,
        summary: 'Record an age assessment; the person is presumed a child while any doubt remains',
        params: IdParams,
        body: AgeAssessmentCreate,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => recordAgeAssessment(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/approvals/:approvalId',
    {
      schema: {
        tags,
        summary: "Approve or reject a caseworker's decision waiting for approval (supervisor or coordinator)",
        params: z.object({ id: z.uuid(), approvalId: z.uuid() }),
        body: ApprovalDecision,
        response: Case,
      },
    },
    async (request) =>
      act(request, (ctx) => decideApproval(ctx, request.params.id, request.params.approvalId, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/service-referrals',
    {
      schema: {
        tags,
        summary:
          'Refer the person to a service at a provider, under their consent; the provider sees what the service needs',
        params: IdParams,
        body: ServiceReferralCreate,
        response: Created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await act(request, (ctx) => referToService(ctx, request.params.id, request.body))),
  );

  app.get(
    '/api/protection-service-referrals',
    {
      schema: {
        tags,
        summary:
          "The service referrals to the actor's agency as a provider, with the fields each service needs",
        querystring: z.object({ status: ServiceReferralUpdate.shape.status.optional() }),
        response: { 200: z.object({ referrals: z.array(ServiceReferralView) }) },
      },
    },
    async (request) =>
      act(request, async (ctx) => ({ referrals: await incomingServiceReferrals(ctx, request.query.status) })),
  );

  app.patch(
    '/api/protection-service-referrals/:referralId',
    {
      schema: {
        tags,
        summary: 'What became of a service referral: accepted, declined, delivered or not (with the reason)',
        params: z.object({ referralId: z.uuid() }),
        body: ServiceReferralUpdate,
        response: { 200: ServiceReferralView },
      },
    },
    async (request) =>
      act(request, (ctx) => updateServiceReferral(ctx, request.params.referralId, request.body)),
  );

  app.post(
    '/api/protection-cases/:id/consent-overrides',
    {
      schema: {
        tags,
        summary:
          'Override a missing consent where the law allows (a child at risk of serious harm); audited and notified',
        params: IdParams,
        body: ConsentOverrideCreate,
        response: Created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await act(request, (ctx) => overrideConsent(ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/protection-cases/:id/shares',
    {
      schema: {
        tags,
        summary:
          'Share chosen fields with an agency of the jurisdiction (investigators only under consent to cooperate)',
        params: IdParams,
        body: ShareCreate.extend({ overrideId: z.uuid().optional() }),
        response: Created,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await act(request, (ctx) => shareCase(ctx, request.params.id, request.body))),
  );

  app.delete(
    '/api/protection-cases/:id/shares/:shareId',
    {
      schema: {
        tags,
        summary: 'Stop sharing the case with an agency',
        params: z.object({ id: z.uuid(), shareId: z.uuid() }),
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => revokeShare(ctx, request.params.id, request.params.shareId)),
  );

  app.get(
    '/api/protection-shares',
    {
      schema: {
        tags,
        summary:
          "What protection cases shared with the actor's agency (the chosen fields only; the read is audited)",
        response: { 200: z.object({ shares: z.array(ShareView) }) },
      },
    },
    async (request) => act(request, async (ctx) => ({ shares: await sharedWithMyAgency(ctx) })),
  );

  app.post(
    '/api/protection-cases/:id/transfers',
    {
      schema: {
        tags,
        summary:
          "Propose transferring the case to another jurisdiction's protection agency (a victim-referral request), under consent",
        params: IdParams,
        body: TransferCreate,
        response: Created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await act(request, (ctx) => proposeTransfer(ctx, request.params.id, request.body))),
  );

  app.get(
    '/api/protection-transfers',
    {
      schema: {
        tags,
        summary:
          "Transfers to the actor's agency (coordinators: to the jurisdiction), with the consented fields",
        response: { 200: z.object({ transfers: z.array(TransferView) }) },
      },
    },
    async (request) => act(request, async (ctx) => ({ transfers: await incomingTransfers(ctx) })),
  );

  app.post(
    '/api/protection-transfers/:transferId/answer',
    {
      schema: {
        tags,
        summary:
          'Accept a transfer (a case opens here with the consented fields) or decline it with the reason',
        params: z.object({ transferId: z.uuid() }),
        body: TransferAnswer,
        response: { 200: z.object({ transfer: TransferView, caseId: z.uuid().nullable() }) },
      },
    },
    async (request) => act(request, (ctx) => answerTransfer(ctx, request.params.transferId, request.body)),
  );

  app.get(
    '/api/protection-retention',
    {
      schema: {
        tags,
        summary: 'Closed cases whose retention period is over, for review (coordinators)',
        response: { 200: RetentionDue },
      },
    },
    async (request) => act(request, (ctx) => retentionDue(ctx)),
  );

  app.post(
    '/api/protection-cases/:id/retention',
    {
      schema: {
        tags,
        summary:
          "Erase the person's identity from a case due for it (statistics kept), or keep it until a date, with the reason",
        params: IdParams,
        body: RetentionDecision,
        response: Case,
      },
    },
    async (request) => act(request, (ctx) => decideRetention(ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/protection-cases/:id/export',
    {
      schema: {
        tags,
        summary:
          "Everything the case holds on the person, for the person's own request (the export is audited)",
        params: IdParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const data = await act(request, (ctx) => personalDataExport(ctx, request.params.id));
      return reply
        .header('content-disposition', `attachment; filename="protection-case-${request.params.id}.json"`)
        .send(data);
    },
  );
};
