import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('readiness', () => {
  it('is ready when the database answers and holds every migration', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ready',
      database: { status: 'up', ms: expect.any(Number) },
      migrations: { status: 'current', latest: expect.stringMatching(/^\d{4}_/) },
    });
  });

  it('is not ready, with a reason and when to ask again, when the database lacks the newest migration', async () => {
    const newest = await t.database.owner(
      'select id, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
    );
    const { id } = newest.rows[0] as { id: number };
    await t.database.owner(
      `update drizzle.__drizzle_migrations set created_at = created_at - 1000 where id = ${id}`,
    );
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('30');
      expect(response.json()).toMatchObject({
        status: 'not_ready',
        migrations: { status: 'behind' },
        reason: expect.stringContaining('veza migrate'),
      });
    } finally {
      await t.database.owner(
        `update drizzle.__drizzle_migrations set created_at = created_at + 1000 where id = ${id}`,
      );
    }
  });
});
