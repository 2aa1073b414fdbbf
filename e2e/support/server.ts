/** The real server, on a test database and a free loopback port, serving the built web app. */
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '@veza/server/testing';

export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  test: TestApp;
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const test = await startTestApp({}, { webDistDir: WEB_DIST, realTime: true });
  const address = await test.app.listen({ port: 0, host: '127.0.0.1' });
  return { url: address, test, close: () => test.close() };
}
