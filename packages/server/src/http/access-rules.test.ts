/**
 * Every API route declares the access rule that guards it or is public: the real app starts with
 * all of them declared, and an app with a route that declares none refuses to start, naming it.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedBy } from '../access/request.ts';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { requireAccessRules } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('access rules of the routes', () => {
  it('are declared by every API route of the app, which therefore starts', async () => {
    await t.app.ready();
    const signedIn = await t.signIn('investigator.rs');
    expect((await signedIn.get('/api/cases')).statusCode).toBe(200);
  });

  it('stop an app whose route declares none from starting, and name the route', async () => {
    const app = Fastify();
    requireAccessRules(app);
    await app.register(async (feature) => {
      guardedBy(feature, 'investigation');
      feature.get('/api/guarded', async () => 'ok');
    });
    await app.register(async (feature) => {
      feature.get('/api/open', { config: { public: true } }, async () => 'ok');
      feature.post('/api/forgotten', async () => 'ok');
    });
    await expect(app.ready()).rejects.toThrow(/not public: POST \/api\/forgotten$/);
  });

  it('let an app start whose routes all declare one or are public', async () => {
    const app = Fastify();
    requireAccessRules(app);
    await app.register(async (feature) => {
      guardedBy(feature, 'requests');
      feature.get('/api/requests-like', async () => 'ok');
      feature.get('/api/self-like', { config: { policy: 'self' } }, async () => 'ok');
    });
    await expect(app.ready()).resolves.toBeDefined();
    await app.close();
  });
});
