/**
 * The background work that follows changes, in one place above the features and below the HTTP
 * app: once a change has committed, the persons' jurisdiction is searched for duplicates and its
 * hit/no-hit encodings refreshed (one queue, so that the two never run at once: PGlite has one
 * connection; duplicates first, then hit/no-hit when a regional secret is configured); and the
 * courier repeats urgent alerts until acknowledged and delivers the outbox's e-mails; every half
 * minute, the caseworkers whose cases' reflection periods end in 7 or 2 days are told, and the owners
 * of action points falling due or overdue reminded.
 */
import { onCommitted } from '../access/changes.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connection.ts';
import { analysisRound } from '../features/analysis/refresh.ts';
import { type FindReport, findDuplicates, loadLinkRecords } from '../features/duplicates/find.ts';
import { type HitReport, refreshHits } from '../features/hits/refresh.ts';
import { sendActionReminders } from '../features/knowledge/index.ts';
import { Courier } from '../features/notifications/courier.ts';
import { sendProtectionAlerts } from '../features/protection/alerts.ts';
import { Round } from '../round.ts';
import { JurisdictionQueue } from './queue.ts';

export { JurisdictionQueue } from './queue.ts';

export interface Jobs {
  /**
   * What runs in the background after persons change: the search for duplicates, then hit/no-hit's
   * encoding and matching (null when no regional secret is configured).
   */
  readonly followUp: JurisdictionQueue<{ duplicates: FindReport; hits: HitReport | null }>;
  /** Urgent alerts repeated until acknowledged, and e-mails from the outbox, every few seconds. */
  readonly courier: Courier;
  /** Alerts 7 and 2 days before reflection periods end, every half minute: how many were sent. */
  readonly protectionAlerts: Round<number>;
  /** The analysis facts of changed cases recomputed every half minute, the warnings hourly: how many cases. */
  readonly analysis: Round<number>;
  /** Reminders of action points a week before, on and after their due date, every half minute: how many were sent. */
  readonly actionReminders: Round<number>;
}

/** A queue of background work, for the metrics. */
export interface QueueStats {
  readonly queue: string;
  readonly waiting: number;
  readonly running: number;
  /** Given up after their last retry. */
  readonly failed: number;
  readonly oldestWaitingSeconds: number;
}

declare module '../access/request.ts' {
  /** What the app and tests reach of the background work (the app puts it on Veza). */
  interface Veza extends Jobs {}
}

/** Starts the background work on a database; close() stops it, letting what runs finish. */
export function startJobs(
  database: Database,
  config: Config,
  clock: () => Date,
  onError: (error: unknown, what: string) => void,
): Jobs & { close: () => Promise<void>; queues: () => Promise<QueueStats[]> } {
  const secret = config.regionalSecret;
  const followUp = new JurisdictionQueue(
    async (jurisdiction) => {
      // The jurisdiction's persons are read once for both.
      const loaded = await loadLinkRecords(database, jurisdiction);
      return {
        duplicates: await findDuplicates(database, jurisdiction, { loaded }),
        hits: secret ? await refreshHits(database, jurisdiction, secret, loaded) : null,
      };
    },
    { onError: (error) => onError(error, 'the background work on persons failed') },
  );
  const stopListening = onCommitted(database, (changes) => {
    for (const jurisdiction of changes.records) followUp.schedule(jurisdiction);
  });
  const courier = new Courier(database, config, clock, {
    onError: (error) => onError(error, 'the notifications round failed'),
  });
  courier.start();
  const protectionAlerts = new Round(() => sendProtectionAlerts(database, clock()), {
    onError: (error) => onError(error, 'the protection alerts round failed'),
  });
  protectionAlerts.start(30_000);
  const analysis = new Round(() => analysisRound(database, clock()), {
    onError: (error) => onError(error, 'the analysis round failed'),
  });
  analysis.start(30_000);
  const actionReminders = new Round(() => sendActionReminders(database, clock()), {
    onError: (error) => onError(error, 'the action point reminders round failed'),
  });
  actionReminders.start(30_000);
  return {
    followUp,
    courier,
    protectionAlerts,
    analysis,
    actionReminders,
    async queues() {
      return [{ queue: 'follow-up', failed: 0, ...followUp.stats(clock()) }];
    },
    async close() {
      stopListening();
      await followUp.close();
      await courier.close();
      await protectionAlerts.close();
      await analysis.close();
      await actionReminders.close();
    },
  };
}
