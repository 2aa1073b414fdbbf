/**
 * Prometheus metrics (prom-client), at GET /api/metrics: requests by route (rate and latency), the
 * background jobs waiting and how long the oldest has waited, the e-mail outbox's backlog, the
 * database pool, and the process's own (memory, event loop, CPU). Nothing in them names a person or
 * a record: the labels are route patterns, methods, statuses and queue names.
 *
 * Who may read them: with VEZA_METRICS_TOKEN set, a scraper that sends it as a bearer token; without
 * one, only a scraper on this machine that came through no proxy (a request the proxy forwarded
 * carries X-Forwarded-For and is refused).
 *
 * With VEZA_WORKERS, each worker process keeps its own; the one that answers asks the primary
 * process, which gathers all workers' (prom-client's AggregatorRegistry): counters are summed, and
 * what every process reads from the database (jobs, outbox) is taken once.
 */
import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/connection.ts';
import { dataDiskOf } from '../db/storage.ts';
import { outboxBacklog } from '../features/notifications/index.ts';
import type { QueueStats } from '../jobs/index.ts';
import { sendError } from './error-handler.ts';

export interface MetricsSources {
  readonly database: Database;
  /** The background jobs by queue: waiting, running, failed for good, and the oldest waiting's age. */
  readonly queues: () => Promise<QueueStats[]>;
  /** Scrapers must send this as a bearer token; null: only from this machine, not through a proxy. */
  readonly token: string | null;
}

const METRICS_REQUEST = 'veza:metrics-request';
const METRICS_RESPONSE = 'veza:metrics-response';

export function registerMetrics(app: FastifyInstance, sources: MetricsSources): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'veza_' });

  const duration = new Histogram({
    name: 'veza_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status; its _count is the request rate',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: routeLabel(request),
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  // Read from the database at each scrape, the same for every process: gathered once across workers.
  new Gauge({
    name: 'veza_jobs',
    help: 'Background jobs by queue and state (waiting, running, failed for good)',
    labelNames: ['queue', 'state'],
    aggregator: 'first',
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await sources.queues()) {
        this.set({ queue: q.queue, state: 'waiting' }, q.waiting);
        this.set({ queue: q.queue, state: 'running' }, q.running);
        this.set({ queue: q.queue, state: 'failed' }, q.failed);
      }
    },
  });
  new Gauge({
    name: 'veza_jobs_oldest_waiting_seconds',
    help: 'How long the oldest job of each queue has been waiting to run',
    labelNames: ['queue'],
    aggregator: 'first',
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await sources.queues()) this.set({ queue: q.queue }, q.oldestWaitingSeconds);
    },
  });
  new Gauge({
    name: 'veza_outbox_oldest_waiting_seconds',
    help: 'How long the oldest undelivered e-mail has waited',
    aggregator: 'first',
    registers: [registry],
    async collect() {
      this.set((await outboxBacklog(sources.database)).oldestSeconds);
    },
  });
  new Gauge({
    name: 'veza_outbox_emails',
    help: 'E-mails in the outbox not yet delivered (waiting) and given up after a day (given_up)',
    labelNames: ['state'],
    aggregator: 'first',
    registers: [registry],
    async collect() {
      const backlog = await outboxBacklog(sources.database);
      this.set({ state: 'waiting' }, backlog.waiting);
      this.set({ state: 'given_up' }, backlog.givenUp);
    },
  });
  new Gauge({
    name: 'veza_db_pool_connections',
    help: 'Database connections of the pool: open, idle, the most it may open, and requests waiting for one (PostgreSQL)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = sources.database.poolStats?.();
      if (!stats) return;
      this.set({ state: 'open' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'max' }, stats.max);
      this.set({ state: 'waiting_requests' }, stats.waiting);
    },
  });
  new Gauge({
    name: 'veza_data_disk_bytes',
    help: "The embedded database's data folder's disk: free (to this process) and total bytes (PGlite on disk)",
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const disk = await dataDiskOf(sources.database).catch(() => null);
      if (!disk) return;
      this.set({ state: 'free' }, disk.freeBytes);
      this.set({ state: 'total' }, disk.totalBytes);
    },
  });
  if (cluster.isWorker) AggregatorRegistry.setRegistries([registry]);

  app.get('/api/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, sources.token))
      return sendError(
        reply,
        403,
        'forbidden',
        sources.token
          ? 'send the metrics token as "Authorization: Bearer <VEZA_METRICS_TOKEN>"'
          : 'metrics are read from this machine only, not through a proxy; set VEZA_METRICS_TOKEN to read them from elsewhere',
      );
    const text = cluster.isWorker ? await fromPrimary() : await registry.metrics();
    return reply.header('content-type', registry.contentType).send(text);
  });
  return registry;
}

/** The route's pattern: a label of bounded number, never an address typed (which may hold a name). */
function routeLabel(request: FastifyRequest): string {
  const route = request.routeOptions?.url;
  if (route) return route;
  return request.url.startsWith('/api/') ? 'unknown API route' : 'web app';
}

function mayScrape(request: FastifyRequest, token: string | null): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  return loopback && request.headers['x-forwarded-for'] === undefined;
}

/** A worker asks the primary for all workers' metrics (answered by answerMetricsRequests). */
function fromPrimary(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = `${process.pid}-${Math.random()}`;
    const timer = setTimeout(() => {
      process.off('message', listen);
      reject(new Error('the primary process did not send the metrics within 10 s'));
    }, 10_000);
    const listen = (message: { type?: string; id?: string; text?: string; error?: string }) => {
      if (message?.type !== METRICS_RESPONSE || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', listen);
      if (message.error) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    process.on('message', listen);
    process.send?.({ type: METRICS_REQUEST, id });
  });
}

/** In the primary process of VEZA_WORKERS: gathers the workers' metrics for the one that asks. */
export function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== METRICS_REQUEST) return;
    aggregator
      .clusterMetrics()
      .then((text) => worker.send({ type: METRICS_RESPONSE, id: message.id, text }))
      .catch((error: Error) => worker.send({ type: METRICS_RESPONSE, id: message.id, error: error.message }));
  });
}
