/** What every route reaches through the Fastify instance and the request: the database, the clock, the actor. */
import type { FastifyRequest } from 'fastify';
import type { ActorContext } from '../access/actor.ts';
import { withActor } from '../access/transaction.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import type { ActiveSession } from '../features/accounts/sessions.ts';
import { AppError } from './errors.ts';

export interface Veza {
  readonly database: Database;
  readonly config: Config;
  /** Now, as the server sees it; tests move it forward to expire sessions. */
  readonly clock: () => Date;
  readonly version: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    veza: Veza;
  }
  interface FastifyRequest {
    session: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in itself, health, the API description). */
    public?: boolean;
  }
}

export function sessionOf(request: FastifyRequest): ActiveSession {
  if (!request.session) throw new AppError('unauthenticated', 'sign in first');
  return request.session;
}

/** Runs a business operation for the request's actor, in one transaction under row-level security. */
export function act<T>(request: FastifyRequest, work: (ctx: ActorContext) => Promise<T>): Promise<T> {
  const { database, clock } = request.server.veza;
  return withActor(database, sessionOf(request).actor, work, { now: clock(), address: request.ip });
}
