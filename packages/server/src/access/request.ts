/**
 * The actor of an HTTP request: what every route reaches through the Fastify instance (the database,
 * the clock, the configuration) and act(), which runs a business operation for the request's
 * session in one transaction under row-level security. Here, below the features, so that a
 * feature's routes need nothing of the HTTP layer above them; jobs/index.ts adds to Veza what
 * the app wires on top (the background work).
 */

import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import type { SecretBox } from '../secret-box.ts';
import type { ActorContext } from './actor.ts';
import type { PolicyName } from './policies/index.ts';
import { type ActiveSession, CSRF_HEADER, SESSION_COOKIE, withSession } from './sessions.ts';

export interface Veza {
  readonly database: Database;
  readonly config: Config;
  /** Now, as the server sees it; tests move it forward to expire sessions. */
  readonly clock: () => Date;
  readonly version: string;
  /** Seals the secrets the database must not read by itself (TOTP), with the key kept outside it. */
  readonly secrets: SecretBox;
}

declare module 'fastify' {
  interface FastifyInstance {
    veza: Veza;
  }
  interface FastifyRequest {
    /** The live session, once act() has opened the request's transaction on it. */
    session: ActiveSession | null;
    /** A session created during this request (sign-in), before the browser holds its cookie. */
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable while the account still has to set up its second factor (core secondFactorRequired). */
    secondFactorSetup?: boolean;
    /** Reachable without signing in (sign-in itself, health, the API description). */
    public?: boolean;
    /** The access rule that guards the route (access/policies/index.ts); set by guardedBy. */
    policy?: PolicyName;
  }
}

/**
 * Declares the access rule that guards every route a feature's plugin registers after this call
 * (a route may name another in its own config). http/app.ts refuses to start with an API route
 * that declares none and is not public.
 */
export function guardedBy(app: FastifyInstance, policy: PolicyName): void {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, policy: route.config?.policy ?? policy };
  });
}

export function sessionOf(request: FastifyRequest): ActiveSession {
  if (!request.session) throw new AppError('unauthenticated', 'sign in first');
  return request.session;
}

/** Methods that change nothing: the ones that need no CSRF token. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Runs a business operation for the request's actor, in one transaction under row-level security,
 * opened on the request's session. A request that changes something must carry the session's CSRF
 * token, which another site cannot read.
 */
export function act<T>(request: FastifyRequest, work: (ctx: ActorContext) => Promise<T>): Promise<T> {
  const { database, clock, config } = request.server.veza;
  const token = request.sessionToken ?? request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('unauthenticated', 'sign in first');
  const limits = {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
  };
  return withSession(database, token, { now: clock(), limits, address: request.ip }, async (ctx, session) => {
    request.session = session;
    // The sign-in that just created this session is the one request that needs no token yet.
    if (!SAFE_METHODS.has(request.method) && !request.sessionToken) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new AppError('csrf', `missing or wrong ${CSRF_HEADER} header; reload the page and try again`);
      }
    }
    if (session.secondFactorRequired && !request.routeOptions.config?.secondFactorSetup)
      throw new AppError(
        'second_factor_required',
        'your role sees victims: set up a second factor (an authenticator app) on your account page first',
      );
    return work(ctx);
  });
}
