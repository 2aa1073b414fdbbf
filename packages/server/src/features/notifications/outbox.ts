/**
 * Delivering the outbox. Rows are written in the transaction of the event they announce (see
 * veza_notify), so an e-mail exists exactly when its event does, once per idempotency key. The
 * deliverer leases a batch (locked_until: another process, or this one after a restart, leaves
 * it alone until the lease runs out), sends each e-mail and marks it delivered in its own
 * transaction; a failure backs off exponentially. Delivery is at least once: only a crash between
 * the SMTP server's acceptance and the mark could send one twice, and then with the same
 * Message-ID, by which mail systems drop the copy.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import { type Database, rowsOf } from '../../db/connection.ts';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Stable for the event and recipient: a copy sent again carries the same one. */
  readonly messageId: string;
}
export type SendMail = (mail: Mail) => Promise<void>;

export interface OutboxOptions {
  /** How long a leased row is left to its deliverer. */
  readonly leaseMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Older undelivered e-mails are given up: "something is waiting" a day later helps nobody. */
  readonly maxAgeMs: number;
  readonly batch: number;
  /** Where recipients sign in, for the link in the e-mail. */
  readonly publicUrl: string;
}

export const OUTBOX_DEFAULTS: Omit<OutboxOptions, 'publicUrl'> = {
  leaseMs: 60_000,
  baseDelayMs: 5_000,
  maxDelayMs: 30 * 60_000,
  maxAgeMs: 24 * 3_600_000,
  batch: 50,
};

const SUBJECTS: Record<string, string> = {
  urgent_alert: 'Veza: an URGENT request is waiting for you',
  request_received: 'Veza: a request is waiting for you',
  request_acknowledged: 'Veza: your request was acknowledged',
  request_answered: 'Veza: your request was answered',
  reply: 'Veza: a new reply is waiting for you',
};

/** The e-mail for an outbox row: that something is waiting and where to sign in; never its content. */
export function composeMail(
  row: { idempotencyKey: string; recipient: string; kind: string },
  publicUrl: string,
): Mail {
  const digest = createHash('sha256').update(row.idempotencyKey).digest('hex').slice(0, 32);
  return {
    to: row.recipient,
    subject: SUBJECTS[row.kind] ?? 'Veza: something is waiting for you',
    text: [
      'Something is waiting for you in Veza.',
      '',
      `Sign in to see it: ${publicUrl.replace(/\/$/, '')}/requests`,
      '',
      'This message says nothing about what is waiting, by design. Do not reply to it.',
    ].join('\n'),
    messageId: `<${digest}@veza.outbox>`,
  };
}

export interface OutboxReport {
  delivered: number;
  failed: number;
  expired: number;
}

interface OutboxRow {
  id: string;
  idempotency_key: string;
  recipient: string;
  kind: string;
  attempts: number;
}

export async function deliverOutbox(
  database: Database,
  send: SendMail,
  now: Date,
  options: OutboxOptions,
): Promise<OutboxReport> {
  const report: OutboxReport = { delivered: 0, failed: 0, expired: 0 };
  const at = now.toISOString();
  const claimed = await asSystem(database, async (tx) => {
    const expired = rowsOf<{ id: string }>(
      await tx.execute(sql`update outbox set last_error = 'given up: too old', delivered_at = null,
        next_attempt_at = 'infinity' where delivered_at is null and next_attempt_at <> 'infinity'
        and created_at < ${at}::timestamptz - ${`${options.maxAgeMs} milliseconds`}::interval returning id`),
    );
    report.expired = expired.length;
    return rowsOf<OutboxRow>(
      await tx.execute(sql`update outbox set locked_until = ${at}::timestamptz + ${`${options.leaseMs} milliseconds`}::interval
        where id in (select id from outbox where delivered_at is null and next_attempt_at <= ${at}::timestamptz
          and (locked_until is null or locked_until < ${at}::timestamptz)
          order by created_at limit ${options.batch} for update skip locked)
        returning id, idempotency_key, recipient, kind, attempts`),
    );
  });
  for (const row of claimed) {
    const mail = composeMail(
      { idempotencyKey: row.idempotency_key, recipient: row.recipient, kind: row.kind },
      options.publicUrl,
    );
    try {
      await send(mail);
    } catch (error) {
      const attempts = Number(row.attempts) + 1;
      const delay = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempts - 1));
      await asSystem(database, (tx) =>
        tx.execute(sql`update outbox set attempts = ${attempts}, locked_until = null,
          next_attempt_at = ${new Date(now.getTime() + delay).toISOString()}::timestamptz,
          last_error = ${String((error as Error).message ?? error).slice(0, 500)} where id = ${row.id}`),
      );
      report.failed += 1;
      continue;
    }
    await asSystem(database, (tx) =>
      tx.execute(sql`update outbox set attempts = attempts + 1, locked_until = null, last_error = null,
        delivered_at = ${new Date().toISOString()}::timestamptz where id = ${row.id}`),
    );
    report.delivered += 1;
  }
  return report;
}

export interface OutboxBacklog {
  /** E-mails waiting to be delivered (given-up ones apart). */
  waiting: number;
  /** How long the oldest of them has waited, in seconds (0 when none waits). */
  oldestSeconds: number;
  /** E-mails given up after a day of failures. */
  givenUp: number;
}

/** What the outbox still holds, for the metrics (ages by the database's clock, as the rows' are). */
export async function outboxBacklog(database: Database): Promise<OutboxBacklog> {
  const [row] = await asSystem(database, async (tx) =>
    rowsOf<{ waiting: number; oldest: number | null; given_up: number }>(
      await tx.execute(sql`select
          count(*) filter (where delivered_at is null and next_attempt_at <> 'infinity')::int as waiting,
          extract(epoch from now() - min(created_at) filter (where delivered_at is null
            and next_attempt_at <> 'infinity'))::float8 as oldest,
          count(*) filter (where delivered_at is null and next_attempt_at = 'infinity')::int as given_up
        from outbox`),
    ),
  );
  return {
    waiting: Number(row?.waiting ?? 0),
    oldestSeconds: Math.max(0, Number(row?.oldest ?? 0)),
    givenUp: Number(row?.given_up ?? 0),
  };
}
