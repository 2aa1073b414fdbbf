/**
 * The server's log: one JSON line per event (pino, through Fastify), each request under its id,
 * and no personal data. What a line may say about a request is its method, its route's pattern
 * (`/api/persons/:id`, never the address typed, whose query may hold a name), its status and its
 * time; about an error, its kind, its code and where it happened, never the values it was about.
 *
 * An id comes from the proxy (X-Request-Id, when it looks like one) or is made here, and is sent
 * back in the answer's X-Request-Id: an operator finds a user's failed request by it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import pino, { type DestinationStream, type LoggerOptions } from 'pino';
import { AppError, withoutQuotes } from '../errors.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** The request's id: the proxy's when it gave a plausible one, else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * What an error may tell the log: its kind, its codes (PostgreSQL's, Fastify's, Veza's) and its stack
 * frames. Messages are left out where they may quote input (Veza's own say what was wrong with the
 * user's input; a database's name the value it refused; Drizzle's carry the query's parameters), and
 * any other message loses what it quotes.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & { code?: unknown; statusCode?: unknown; field?: unknown; cause?: unknown };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .join('\n');
  const out: Record<string, unknown> = { type: error.constructor?.name ?? 'Error' };
  if (typeof fields.code === 'string' || typeof fields.code === 'number') out.code = fields.code;
  if (typeof fields.statusCode === 'number') out.statusCode = fields.statusCode;
  if (error instanceof AppError) {
    if (error.field) out.field = error.field;
  } else if (!('query' in error) && !('params' in error)) {
    out.message = withoutQuotes(error.message);
  }
  out.stack = frames;
  if (fields.cause !== undefined && depth < 3) out.cause = loggableError(fields.cause, depth + 1);
  return out;
}

const serializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      route: request.routeOptions?.url ?? 'no route',
    };
  },
  res(reply: FastifyReply) {
    return { statusCode: reply.statusCode };
  },
  err: loggableError,
};

/** The logger's options: the level, the serializers above, nothing from headers or bodies. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: serializers as unknown as LoggerOptions['serializers'],
    // Whatever a caller passes by mistake under these names is never written.
    redact: {
      paths: ['headers', 'body', 'query', 'params', 'cookie', 'password', 'req.headers', 'req.url'],
      remove: true,
    },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

/** Fastify's logging options: to standard output, or to the stream given (tests, a file). */
export function serverLogging(
  level: string,
  destination?: DestinationStream,
): Pick<FastifyServerOptions, 'genReqId' | 'logController'> & { loggerInstance: FastifyBaseLogger } {
  return {
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    loggerInstance: pino(loggerOptions(level), destination ?? pino.destination(1)) as FastifyBaseLogger,
  };
}
