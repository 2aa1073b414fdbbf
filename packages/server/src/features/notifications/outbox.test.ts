import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, contactPoints, users } from '../../db/schema.ts';
import { type SignedIn, startTestApp, type TestApp } from '../../testing/app.ts';
import { freePort } from '../../testing/processes.ts';
import { type Received, smtpOn } from '../../testing/smtp.ts';
import { smtpSender } from './mail.ts';
import { deliverOutbox, OUTBOX_DEFAULTS, type OutboxOptions, type SendMail } from './outbox.ts';

let t: TestApp;
let me: SignedIn;
let port: number;
let options: OutboxOptions;
let toDesk: Record<string, unknown>;
const SECRET_SUBJECT = 'Convoy leaves Trebinje at dawn';

async function pending() {
  const { rows } = await t.database.owner(
    `select idempotency_key, recipient, attempts, next_attempt_at, delivered_at from outbox order by created_at, idempotency_key`,
  );
  return rows as { idempotency_key: string; recipient: string; attempts: number; delivered_at: unknown }[];
}

beforeAll(async () => {
  t = await startTestApp();
  me = await t.signIn('investigator.me');
  // The duty officer gave an address for notifications; the desk has its own.
  await t.database.db
    .update(users)
    .set({ email: 'duty.ba@example.test' })
    .where(eq(users.username, 'duty.ba'));
  const [agency] = await t.database.db
    .select()
    .from(agencies)
    .where(sql`${agencies.jurisdiction} = 'BA' and ${agencies.type} = 'border_police'`);
  const [desk] = (
    await t.database.db.select().from(contactPoints).where(eq(contactPoints.agencyId, agency!.id))
  ).filter((p) => (p.availability as { kind: string }).kind === 'always');
  await t.database.db
    .update(contactPoints)
    .set({ email: 'desk.ba@example.test' })
    .where(eq(contactPoints.id, desk!.id));
  toDesk = {
    type: 'urgent_alert',
    subject: SECRET_SUBJECT,
    body: 'Two vans, twelve people, one of them a child.',
    priority: 'urgent',
    language: 'en',
    toAgencyId: agency!.id,
    toContactPointId: desk!.id,
  };
  port = await freePort();
  options = { ...OUTBOX_DEFAULTS, publicUrl: 'https://veza.example.test' };
});
afterAll(() => t.close());

describe('the outbox', () => {
  it('is written with the request, once per recipient and event', async () => {
    const sent = await me.post('/api/requests', toDesk);
    expect(sent.statusCode, sent.body).toBe(201);
    const rows = await pending();
    expect(rows.map((r) => r.recipient).sort()).toEqual(['desk.ba@example.test', 'duty.ba@example.test']);
    // The same event notified again (a retried transaction, a second process) adds nothing.
    const id = sent.json().id;
    await t.database.owner(
      `select veza_notify('${id}', 'to', array['investigator'], 'urgent_alert', '${id}:sent', true)`,
    );
    expect(await pending()).toHaveLength(2);
  });

  it('survives an SMTP outage: retried with backoff, delivered when the server is back', async () => {
    const received: Received[] = [];
    const mailer = smtpSender(`smtp://127.0.0.1:${port}`, 'Veza <no-reply@veza.example.test>');
    try {
      // The rows were stamped by the database's clock: deliver as of a moment after it.
      const now = new Date(Date.now() + 1000);
      const down = await deliverOutbox(t.database, mailer.send, now, options);
      expect(down).toMatchObject({ delivered: 0, failed: 2 });
      expect((await pending()).every((r) => r.attempts === 1 && r.delivered_at === null)).toBe(true);

      const server = await smtpOn(port, received);
      try {
        // Back up, but the rows wait for their backoff; a second failure would double it.
        expect(await deliverOutbox(t.database, mailer.send, now, options)).toMatchObject({ delivered: 0 });
        const later = new Date(now.getTime() + options.baseDelayMs + 1);
        expect(await deliverOutbox(t.database, mailer.send, later, options)).toMatchObject({
          delivered: 2,
          failed: 0,
        });
        expect(await deliverOutbox(t.database, mailer.send, later, options)).toMatchObject({ delivered: 0 });
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    } finally {
      mailer.close();
    }
    expect(received.map((m) => m.to[0]).sort()).toEqual(['desk.ba@example.test', 'duty.ba@example.test']);
    for (const mail of received) {
      expect(mail.raw).toMatch(/URGENT request is waiting/);
      expect(mail.raw).toContain('https://veza.example.test/requests');
      // Never the content.
      expect(mail.raw).not.toContain('Trebinje');
      expect(mail.raw).not.toContain('child');
    }
  });

  it('sends no e-mail twice after a restart in the middle of a delivery', async () => {
    const sent = await me.post('/api/requests', { ...toDesk, subject: 'Second convoy' });
    expect(sent.statusCode, sent.body).toBe(201);
    const received: Received[] = [];
    const server = await smtpOn(port, received);
    const mailer = smtpSender(`smtp://127.0.0.1:${port}`, 'Veza <no-reply@veza.example.test>');
    try {
      const now = new Date(Date.now() + 1000);
      // The first process sends one e-mail, then hangs on the second, as if it died there.
      let calls = 0;
      const dying: SendMail = async (mail) => {
        calls += 1;
        if (calls === 1) return mailer.send(mail);
        return new Promise<void>(() => undefined);
      };
      void deliverOutbox(t.database, dying, now, options);
      await expect.poll(() => received.length).toBe(1);
      await expect.poll(async () => (await pending()).filter((r) => r.delivered_at === null).length).toBe(1);

      // The restarted process leaves the leased row alone until the lease runs out, then sends it once.
      expect(await deliverOutbox(t.database, mailer.send, now, options)).toMatchObject({ delivered: 0 });
      const afterLease = new Date(now.getTime() + options.leaseMs + 1);
      expect(await deliverOutbox(t.database, mailer.send, afterLease, options)).toMatchObject({
        delivered: 1,
      });
      expect(await deliverOutbox(t.database, mailer.send, afterLease, options)).toMatchObject({
        delivered: 0,
      });
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(received).toHaveLength(2);
    expect(received.map((m) => m.to[0]).sort()).toEqual(['desk.ba@example.test', 'duty.ba@example.test']);
    const ids = received.map((m) => /^Message-ID: (.*)$/im.exec(m.raw)?.[1]);
    expect(new Set(ids).size).toBe(2);
  });
});
