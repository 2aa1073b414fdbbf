import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, startTestApp, type TestApp } from '../testing/app.ts';

let t: TestApp;
let investigator: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ VEZA_METRICS_TOKEN: 'scrape-7Qx2-secret-token' });
  investigator = await t.signIn('investigator.rs');
});
afterAll(() => t.close());

const scrape = (headers: Record<string, string> = { authorization: 'Bearer scrape-7Qx2-secret-token' }) =>
  t.app.inject({ method: 'GET', url: '/api/metrics', headers });

/** The value of one series in Prometheus's text format, by its name and labels as written. */
function seriesValue(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('metrics', () => {
  it('count requests by route pattern, never by the address typed', async () => {
    const before = seriesValue(
      (await scrape()).body,
      'veza_http_request_duration_seconds_count{method="GET",route="/api/search",status="200"}',
    );
    for (const q of ['Testovska', 'Ђорђевић', '+38164123'])
      expect((await investigator.get(`/api/search?q=${encodeURIComponent(q)}`)).statusCode).toBe(200);
    const response = await scrape();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const after = seriesValue(
      response.body,
      'veza_http_request_duration_seconds_count{method="GET",route="/api/search",status="200"}',
    );
    expect(after).toBe((before ?? 0) + 3);
    expect(response.body).toMatch(
      /veza_http_request_duration_seconds_bucket\{le="0\.2",method="GET",route="\/api\/search"/,
    );
    expect(response.body).not.toMatch(/Testovska|Ђорђевић|38164123|q=/);
    expect(response.body).toContain('veza_process_resident_memory_bytes');
  });

  it('show the outbox backlog and the job queues', async () => {
    await t.database.owner(`insert into outbox (idempotency_key, recipient, kind, created_at)
      values ('metrics-test-1', 'duty@example.org', 'request_received', now() - interval '90 seconds')`);
    const text = (await scrape()).body;
    expect(seriesValue(text, 'veza_outbox_emails{state="waiting"}')).toBeGreaterThanOrEqual(1);
    expect(seriesValue(text, 'veza_outbox_oldest_waiting_seconds')).toBeGreaterThanOrEqual(89);
    expect(seriesValue(text, 'veza_jobs{queue="follow-up",state="waiting"}')).not.toBeNull();
    expect(seriesValue(text, 'veza_jobs_oldest_waiting_seconds{queue="follow-up"}')).not.toBeNull();
    if (t.database.engine === 'postgres')
      expect(seriesValue(text, 'veza_db_pool_connections{state="max"}')).toBe(10);
  });

  it('are refused without the token, or with a wrong one', async () => {
    expect((await scrape({})).statusCode).toBe(403);
    expect((await scrape({ authorization: 'Bearer scrape-7Qx2-secret-tokeX' })).statusCode).toBe(403);
    expect((await scrape({ authorization: 'Bearer short' })).json().error.message).toContain(
      'VEZA_METRICS_TOKEN',
    );
  });
});

describe('metrics without a token', () => {
  it('are read from this machine only, never through a proxy', async () => {
    const local = await startTestApp();
    try {
      const direct = await local.app.inject({ method: 'GET', url: '/api/metrics' });
      expect(direct.statusCode).toBe(200);
      const proxied = await local.app.inject({
        method: 'GET',
        url: '/api/metrics',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(proxied.statusCode).toBe(403);
      const remote = await local.app.inject({
        method: 'GET',
        url: '/api/metrics',
        remoteAddress: '203.0.113.9',
      });
      expect(remote.statusCode).toBe(403);
    } finally {
      await local.close();
    }
  });
});
