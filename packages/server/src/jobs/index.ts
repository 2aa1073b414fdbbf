/**
 * The background work, in one place above the features and below the HTTP app, run from jobs
 * stored in the database (runner.ts) so that with several server processes each job runs once,
 * survives a restart and is retried with backoff:
 *
 * - imports started from the web app, one job each (features/imports/jobs.ts);
 * - follow-up, per jurisdiction: queued in the transaction that changed its persons or vehicles
 *   (access/changes.ts), it searches the jurisdiction for duplicates, then refreshes its hit/no-hit
 *   encodings and matches when a regional secret is configured;
 * - rounds that recur: the courier (urgent alerts repeated until acknowledged, the outbox's e-mails)
 *   every 2 seconds; the reflection-period alerts, the analysis facts of changed cases and the
 *   reminders of action points every half minute; the audit chain's head signed and exported
 *   (features/audit/anchor.ts) every VEZA_AUDIT_ANCHOR_MINUTES.
 */
import { randomUUID } from 'node:crypto';
import { FOLLOW_UP_QUEUE, onCommitted } from '../access/changes.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { analysisRound } from '../features/analysis/refresh.ts';
import { anchorAudit, loadAnchorKey } from '../features/audit/index.ts';
import { IMPORT_QUEUE, runImport } from '../features/imports/index.ts';
import { sendActionReminders } from '../features/knowledge/index.ts';
import { Courier } from '../features/notifications/courier.ts';
import { smtpSender } from '../features/notifications/mail.ts';
import { sendProtectionAlerts } from '../features/protection/alerts.ts';
import { Round } from '../round.ts';
import { type FollowUpReport, FollowUpThread, followUp as runFollowUp } from './follow-up.ts';
import { type Job, JobRunner, type QueueStats, type RunnerOptions } from './runner.ts';

export type { FollowUpReport } from './follow-up.ts';
export { type Job, JobRunner, type QueueStats, RUNNER_DEFAULTS } from './runner.ts';

/** The follow-up of changed persons, as the app and tests reach it. */
export interface FollowUp {
  /** Queues a jurisdiction's follow-up (start-up, tests); changes queue theirs in their transaction. */
  schedule(jurisdiction: string): Promise<void>;
  /** Resolves once no follow-up waits or runs, in any process. */
  idle(): Promise<void>;
  /** The last run of each jurisdiction in this process, for the API and for tests. */
  readonly lastRun: Map<string, FollowUpReport & { at: Date }>;
}

export interface Jobs {
  readonly followUp: FollowUp;
  /** Urgent alerts repeated until acknowledged, and e-mails from the outbox, every 2 seconds. */
  readonly courier: Courier;
  /** Alerts 7 and 2 days before reflection periods end, every half minute: how many were sent. */
  readonly protectionAlerts: Round<number>;
  /** The analysis facts of changed cases recomputed every half minute, the warnings hourly: how many cases. */
  readonly analysis: Round<number>;
  /** Reminders of action points a week before, on and after their due date, every half minute: how many were sent. */
  readonly actionReminders: Round<number>;
  /** The job runner of this process. */
  readonly runner: JobRunner;
}

declare module '../access/request.ts' {
  /** What the app and tests reach of the background work (the app puts it on Veza). */
  interface Veza extends Jobs {}
}

/** What the background work tells the log: jobs done (at info) and jobs failed (at error). */
export interface JobLog {
  failed(error: unknown, job: Job): void;
  done(job: Job, ms: number): void;
}

/** The rounds and how often each recurs. */
export const ROUND_EVERY_MS = {
  courier: 2000,
  'protection-alerts': 30_000,
  analysis: 30_000,
  'action-reminders': 30_000,
} as const;

/**
 * Prepares the background work on a database; start() starts taking jobs, close() stops, letting
 * the job that runs finish.
 */
export async function startJobs(
  database: Database,
  config: Config,
  clock: () => Date,
  log: JobLog,
  options: Partial<RunnerOptions> = {},
): Promise<Jobs & { start: () => void; close: () => Promise<void>; queues: () => Promise<QueueStats[]> }> {
  const secret = config.regionalSecret;
  // On PostgreSQL the follow-ups' seconds of CPU run beside the requests, not in their way.
  const thread =
    database.engine === 'postgres' && config.databaseUrl
      ? new FollowUpThread({ url: config.databaseUrl, secret })
      : null;
  const lastRun = new Map<string, FollowUpReport & { at: Date }>();
  const courier = new Courier(database, config, clock);
  const protectionAlerts = new Round(() => sendProtectionAlerts(database, clock()));
  const analysis = new Round(() => analysisRound(database, clock()));
  const actionReminders = new Round(() => sendActionReminders(database, clock()));
  // The audit chain's head, signed and exported every hour (when a file or an address is set).
  const anchorMail =
    config.auditAnchorEmail && config.smtpUrl ? smtpSender(config.smtpUrl, config.mailFrom) : null;
  const anchorTo = config.auditAnchorEmail;
  const auditAnchor =
    config.auditAnchorFile || anchorMail
      ? new Round(() =>
          anchorAudit(
            database,
            {
              file: config.auditAnchorFile,
              email:
                anchorMail && anchorTo
                  ? (subject, text) =>
                      anchorMail.send({
                        to: anchorTo,
                        subject,
                        text,
                        messageId: `<${randomUUID()}@veza.anchor>`,
                      })
                  : null,
              key: loadAnchorKey(config.auditAnchorKeyFile),
            },
            clock(),
          ),
        )
      : null;
  const round = (r: { closed: boolean; tick: () => Promise<unknown> }) => async (): Promise<void> => {
    if (!r.closed) await r.tick();
  };

  const runner = new JobRunner(
    database,
    {
      [FOLLOW_UP_QUEUE]: async (job: Job) => {
        const report = thread ? await thread.run(job.key) : await runFollowUp(database, job.key, secret);
        lastRun.set(job.key, { ...report, at: new Date() });
      },
      // Imports started from the web app: one job each, keyed by the import (features/imports/jobs.ts).
      [IMPORT_QUEUE]: (job: Job) => runImport(database, job.key, job.attempts),
      courier: round(courier),
      'protection-alerts': round(protectionAlerts),
      analysis: round(analysis),
      'action-reminders': round(actionReminders),
      ...(auditAnchor ? { 'audit-anchor': round(auditAnchor) } : {}),
    },
    {
      onError: (error, job) => log.failed(error, job),
      onDone: (job, ms) => log.done(job, ms),
      leaseMs: config.jobLeaseSeconds * 1000,
      concurrency: { [FOLLOW_UP_QUEUE]: config.followUpConcurrency },
      ...options,
    },
  );
  for (const [queue, every] of Object.entries(ROUND_EVERY_MS)) await runner.recur(queue, every);
  if (auditAnchor) await runner.recur('audit-anchor', config.auditAnchorMinutes * 60_000);
  // A change committed here: look for its follow-up as soon as its delay has passed.
  const stopListening = onCommitted(database, () => runner.kick(520));

  const followUp: FollowUp = {
    schedule: (jurisdiction) => runner.enqueue(FOLLOW_UP_QUEUE, jurisdiction),
    idle: () => runner.settled(FOLLOW_UP_QUEUE),
    lastRun,
  };
  return {
    followUp,
    courier,
    protectionAlerts,
    analysis,
    actionReminders,
    runner,
    queues: () => runner.stats(),
    /** Starts taking jobs: once the app is ready (a start-up's queued work must not hold up its plugins). */
    start: () => runner.start(),
    async close() {
      stopListening();
      await runner.close();
      await thread?.close();
      await courier.close();
      await protectionAlerts.close();
      await analysis.close();
      await actionReminders.close();
      await auditAnchor?.close();
      anchorMail?.close();
    },
  };
}
