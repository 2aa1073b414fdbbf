/**
 * The HTTP server: JSON API under /api, described by OpenAPI generated from the Zod schemas, and
 * the web app's files. Every /api route needs a session unless it says it is public; every request
 * that changes something carries the session's CSRF token.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { SAFE_METHODS, type Veza } from '../access/request.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../access/sessions.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { sealTotpSecrets } from '../features/accounts/index.ts';
import { accountRoutes } from '../features/accounts/routes.ts';
import { analysisRoutes } from '../features/analysis/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { attachmentRoutes } from '../features/cases/attachment-routes.ts';
import { htcdsRoutes } from '../features/cases/htcds-routes.ts';
import { caseRoutes } from '../features/cases/routes.ts';
import { directoryRoutes } from '../features/directory/routes.ts';
import { duplicateRoutes } from '../features/duplicates/routes.ts';
import { healthRoutes } from '../features/health/routes.ts';
import { hitRoutes } from '../features/hits/routes.ts';
import { importRoutes } from '../features/imports/routes.ts';
import { knowledgeRoutes } from '../features/knowledge/routes.ts';
import { matchingModelRoutes } from '../features/matching/routes.ts';
import { networkRoutes } from '../features/network/routes.ts';
import { notificationRoutes } from '../features/notifications/routes.ts';
import { personRoutes } from '../features/persons/routes.ts';
import { protectionRoutes } from '../features/protection/routes.ts';
import { requestRoutes } from '../features/requests/routes.ts';
import { screeningRoutes } from '../features/screening/routes.ts';
import { userRoutes } from '../features/users/routes.ts';
import { ROUND_EVERY_MS, startJobs } from '../jobs/index.ts';
import { loadSecretBox } from '../secret-box.ts';
import { errorHandler, sendError } from './error-handler.ts';
import { REQUEST_ID_HEADER, requestIdOf, serverLogging } from './logging.ts';
import { registerMetrics } from './metrics.ts';
import { setSecurityHeaders } from './security-headers.ts';

export const VEZA_VERSION = '0.1.0';

export interface AppOptions {
  readonly database: Database;
  readonly config: Config;
  readonly clock?: () => Date;
  /** Log to standard output (the server), to the stream given (tests), or not at all (default). */
  readonly logger?: boolean | DestinationStream;
}

/** The host of an Origin header; null for "null" (sandboxed frames, files) or anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Every API route declares the access rule that guards it (guardedBy in access/request.ts) or is
 * public: checked once all are registered, so that the app refuses to start with one that forgot
 * (the features' own onRoute hooks fill the config after this one has seen the route).
 */
export function requireAccessRules(app: FastifyInstance): void {
  const apiRoutes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs')) apiRoutes.push(route);
  });
  app.addHook('onReady', async () => {
    const unguarded = apiRoutes.filter((r) => !r.config?.public && !r.config?.policy);
    if (unguarded.length > 0)
      throw new Error(
        `API routes that declare no access rule (guardedBy in access/request.ts) and are not public: ${unguarded
          .map((r) => `${[r.method].flat().join('/')} ${r.url}`)
          .join(', ')}`,
      );
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const logging = options.logger
    ? serverLogging(config.logLevel, options.logger === true ? undefined : options.logger)
    : { genReqId: requestIdOf };
  const app = Fastify({
    ...logging,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Validation errors reach the error handler whole, so it can name the field.
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  const clock = options.clock ?? (() => new Date());
  // Persons or vehicles recorded, changed or imported are followed up in the background, and the
  // courier delivers alerts and e-mails (jobs/index.ts).
  const jobs = await startJobs(database, config, clock, {
    failed: (error, job) =>
      app.log.error(
        { err: error, job: { queue: job.queue, key: job.key, attempt: job.attempts } },
        'job failed',
      ),
    // The rounds every 2 and 30 seconds are not worth a line each: debug.
    done: (job, ms) =>
      app.log[job.queue in ROUND_EVERY_MS || job.queue === 'audit-anchor' ? 'debug' : 'info'](
        { job: { queue: job.queue, key: job.key, id: job.id, attempt: job.attempts }, ms },
        'job done',
      ),
  });
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', () => jobs.close());
  const secrets = loadSecretBox(config);
  await sealTotpSecrets(database, secrets);
  const veza: Veza = {
    database,
    config,
    secrets,
    clock,
    version: VEZA_VERSION,
    followUp: jobs.followUp,
    courier: jobs.courier,
    protectionAlerts: jobs.protectionAlerts,
    analysis: jobs.analysis,
    actionReminders: jobs.actionReminders,
    runner: jobs.runner,
  };
  app.decorate('veza', veza);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Veza API',
        version: VEZA_VERSION,
        description:
          'Cooperation against migrant smuggling and trafficking in human beings in the Western Balkans. ' +
          `Sign in with POST /api/auth/login; send the csrfToken it returns in the ${CSRF_HEADER} header of every request that changes something.`,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    reply.header('cache-control', 'no-store');
    if (!request.routeOptions.url) return;
    const isPublic = request.routeOptions.config?.public === true || request.url.startsWith('/api/docs');
    // The session itself is checked where the request's transaction opens (act): one statement, no extra trip.
    if (!isPublic && !request.cookies[SESSION_COOKIE]) {
      return sendError(reply, 401, 'unauthenticated', 'sign in first; your session may have expired');
    }
    const origin = request.headers.origin;
    if (!SAFE_METHODS.has(request.method) && origin && originHost(origin) !== request.headers.host) {
      return sendError(reply, 403, 'csrf', 'requests from another site are refused');
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    reply.header(REQUEST_ID_HEADER, request.id);
    return payload;
  });

  requireAccessRules(app);
  registerMetrics(app, { database, queues: jobs.queues, token: config.metricsToken });

  await app.register(healthRoutes);
  await app.register(accountRoutes);
  await app.register(userRoutes);
  await app.register(directoryRoutes);
  await app.register(knowledgeRoutes);
  await app.register(auditRoutes);
  await app.register(analysisRoutes);
  await app.register(networkRoutes);
  await app.register(caseRoutes);
  await app.register(protectionRoutes);
  await app.register(htcdsRoutes);
  await app.register(attachmentRoutes);
  await app.register(importRoutes);
  await app.register(personRoutes);
  await app.register(duplicateRoutes);
  await app.register(matchingModelRoutes);
  await app.register(hitRoutes);
  await app.register(requestRoutes);
  await app.register(notificationRoutes);
  await app.register(screeningRoutes);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webDist = config.webDistDir;
  const hasWeb = webDist !== null && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || !hasWeb || request.method !== 'GET') {
      return sendError(reply, 404, 'not_found', `nothing at ${request.method} ${request.url.split('?')[0]}`);
    }
    // The web app routes on the client: every other page is its index.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
