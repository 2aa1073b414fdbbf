import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { freePort } from '../../testing/processes.ts';
import { type Received, smtpOn } from '../../testing/smtp.ts';
import { type AuditAnchor, anchorSigned, checkAnchors } from './anchor.ts';

let dir: string;
let t: TestApp;
let smtp: SMTPServer;
const received: Received[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veza-anchor-job-'));
  const port = await freePort();
  smtp = await smtpOn(port, received);
  t = await startTestApp(
    {
      VEZA_AUDIT_ANCHOR_FILE: join(dir, 'anchors.jsonl'),
      VEZA_AUDIT_ANCHOR_KEY_FILE: join(dir, 'keys', 'anchor.key'),
      VEZA_AUDIT_ANCHOR_EMAIL: 'audit-anchors@example.test',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
    },
    { realTime: true },
  );
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the audit anchor job', () => {
  it('signs the head when the server starts, to the file and by e-mail, and the chain matches it', async () => {
    const file = join(dir, 'anchors.jsonl');
    const deadline = Date.now() + 20_000;
    while (received.length === 0 || !statSync(file, { throwIfNoEntry: false })) {
      if (Date.now() > deadline)
        throw new Error(
          `no anchor within 20 s of the start: ${JSON.stringify(await t.database.owner('select queue, state, attempts, last_error, run_at from jobs'))} ${received.length}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const anchor = JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[0]!) as AuditAnchor;
    expect(anchorSigned(anchor)).toBe(true);
    expect(statSync(join(dir, 'keys', 'anchor.key')).mode & 0o777).toBe(0o600);
    expect(received[0]!.to).toEqual(['audit-anchors@example.test']);
    expect(received[0]!.raw).toContain(anchor.signature.slice(0, 40));
    expect(await checkAnchors(t.database, [anchor])).toMatchObject({ ok: true, anchors: 1 });
    // A changed anchor no longer verifies.
    expect(anchorSigned({ ...anchor, seq: anchor.seq + 1 })).toBe(false);
  });
});
