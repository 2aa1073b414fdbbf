/**
 * An API under test: the real server on a test database, driven through Fastify's inject, with a
 * clock the test can move forward, and helpers to act as any demo account.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { SESSION_COOKIE } from '../access/sessions.ts';
import { loadConfig } from '../config.ts';
import { totpCodeAt } from '../features/accounts/totp.ts';
import { buildApp } from '../http/app.ts';
import { openTestDatabase, TEST_DEMO_PASSWORD, type TestDatabase } from './database.ts';
import { testLogDestination } from './log-check.ts';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface SignedIn {
  readonly username: string;
  readonly cookie: string;
  readonly csrfToken: string;
  readonly me: Record<string, unknown> & { id: string; jurisdiction: string; agency: { id: string } };
  request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly clock: TestClock;
  signIn(username: string, password?: string, extra?: Record<string, unknown>): Promise<SignedIn>;
  close(): Promise<void>;
}

export async function startTestApp(
  env: NodeJS.ProcessEnv = {},
  options: { webDistDir?: string; realTime?: boolean; log?: DestinationStream } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock: TestClock = {
    now: new Date(),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  // Each test app seals TOTP secrets with its own key, given rather than written to a key file.
  // Within a test run every request and error is logged (at "info"), and the logs are searched
  // for the demo's personal data when the run ends (log-check.ts).
  const log = options.log ?? testLogDestination();
  const config = {
    ...loadConfig({
      VEZA_SECRET_KEY: randomBytes(32).toString('base64'),
      // Test apps anchor the audit chain only where a test asks (not into the repository's secrets/).
      VEZA_AUDIT_ANCHOR_FILE: 'off',
      ...(log ? { VEZA_LOG_LEVEL: 'info' } : {}),
      ...env,
    }),
    webDistDir: options.webDistDir ?? null,
  };
  const app = await buildApp({
    database,
    config,
    logger: log ?? false,
    clock: options.realTime ? () => new Date() : () => clock.now,
  });
  await app.ready();

  const signIn = async (
    username: string,
    password = TEST_DEMO_PASSWORD,
    extra: Record<string, unknown> = {},
  ) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, ...extra },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error('no session cookie');
    const me = response.json();
    const request = (options: InjectOptions & { url: string }) =>
      app.inject({
        ...options,
        headers: {
          cookie: `${SESSION_COOKIE}=${cookie.value}`,
          'x-csrf-token': me.csrfToken,
          ...(options.headers ?? {}),
        },
      });
    return {
      username,
      cookie: cookie.value,
      csrfToken: me.csrfToken,
      me,
      request,
      get: (url: string) => request({ method: 'GET', url }),
      post: (url: string, payload?: unknown) => request({ method: 'POST', url, payload: payload as never }),
      patch: (url: string, payload?: unknown) => request({ method: 'PATCH', url, payload: payload as never }),
      delete: (url: string) => request({ method: 'DELETE', url }),
    } satisfies SignedIn;
  };

  return {
    app,
    database,
    clock,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Sets up the second factor of a signed-in account through the API, as a user would with an
 * authenticator app (the code computed from the secret shown at enrolment), and returns the
 * recovery codes: each signs the account in once more, in place of a code from the app.
 */
export async function enrolSecondFactor(t: TestApp, who: SignedIn): Promise<string[]> {
  const started = await who.post('/api/me/totp/enrol');
  if (started.statusCode !== 200) throw new Error(`enrolment of ${who.username}: ${started.body}`);
  const code = totpCodeAt(who.username, started.json().secret, t.clock.now);
  const confirmed = await who.post('/api/me/totp/confirm', { code });
  if (confirmed.statusCode !== 200) throw new Error(`confirmation of ${who.username}: ${confirmed.body}`);
  return confirmed.json().recoveryCodes;
}
