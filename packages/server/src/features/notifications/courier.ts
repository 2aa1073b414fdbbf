/**
 * The background round of notifications: repeat unacknowledged urgent alerts, then deliver the
 * outbox's e-mails (when SMTP_URL is set). A job runs it every few seconds in one process at a
 * time (jobs/index.ts); the outbox's leases keep deliveries apart even so.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { Round } from '../../round.ts';
import { repeatUrgentAlerts } from './alerts.ts';
import { smtpSender } from './mail.ts';
import { deliverOutbox, OUTBOX_DEFAULTS, type OutboxReport, type SendMail } from './outbox.ts';

export interface CourierReport {
  alerts: number;
  outbox: OutboxReport | null;
}

export class Courier {
  private readonly round: Round<CourierReport>;
  private readonly sender: { send: SendMail; close: () => void } | null;

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly clock: () => Date,
  ) {
    this.sender = config.smtpUrl ? smtpSender(config.smtpUrl, config.mailFrom) : null;
    this.round = new Round(() => this.deliver());
  }

  /** One round now; a round already under way is waited for instead. */
  tick(): Promise<CourierReport> {
    return this.round.tick();
  }

  private async deliver(): Promise<CourierReport> {
    const now = this.clock();
    const alerts = await repeatUrgentAlerts(this.database, now, this.config.urgentRepeatMinutes * 60_000);
    const outbox = this.sender
      ? await deliverOutbox(this.database, this.sender.send, now, {
          ...OUTBOX_DEFAULTS,
          // An e-mail is left to its process twice as long as a job (60 s by default): longer than
          // a send may take, so that only a process that died gives its e-mails up to another.
          leaseMs: this.config.jobLeaseSeconds * 2000,
          publicUrl: this.config.publicUrl,
        })
      : null;
    return { alerts, outbox };
  }

  /** Whether close() was called. */
  get closed(): boolean {
    return this.round.closed;
  }

  async close(): Promise<void> {
    await this.round.close();
    this.sender?.close();
  }
}
