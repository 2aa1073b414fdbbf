/**
 * The web app under its Content-Security-Policy: a script injected into a page (as a script element
 * or as an event handler in markup, the way stored cross-site scripting arrives) does not run, and
 * no other site can frame the app. That the app itself never trips the policy is checked by every
 * browser test (launchChromium's close fails on anything refused).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium, signInAs } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let chromium: LaunchedBrowser;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the Content-Security-Policy', () => {
  it('refuses a script injected into a page, in an element or in a handler, and says so', async () => {
    const page = await chromium.browser.newPage();
    const response = await page.goto(`${server.url}/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    await signInAs(page, `${server.url}/`, 'investigator.rs');

    const outcome = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
      const flags = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/favicon.svg" onload="window.injectedHandlerRan = true">';
      const image = holder.querySelector('img')!;
      document.body.append(holder);
      await new Promise((resolve) => {
        image.addEventListener('load', resolve);
        image.addEventListener('error', resolve);
      });
      const link = document.createElement('a');
      link.href = 'javascript:window.injectedLinkRan = true';
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        script: flags.injectedScriptRan === true,
        handler: flags.injectedHandlerRan === true,
        link: flags.injectedLinkRan === true,
        imageLoaded: image.complete && image.naturalWidth > 0,
        seen,
      };
    });
    expect(outcome.imageLoaded).toBe(true);
    expect(outcome).toMatchObject({ script: false, handler: false, link: false });
    // Refused by the policy, not by chance: the browser reported each one.
    expect(outcome.seen.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
    expect(chromium.refused.length).toBeGreaterThanOrEqual(3);
    chromium.refused.splice(0);
    // The app still works after: its own scripts run.
    await page.getByRole('link', { name: /cases/i }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  it("lets the API's documentation page run its own scripts", async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/api/docs`);
    await page.getByRole('heading', { name: /Veza API/ }).waitFor();
    expect(chromium.refused).toEqual([]);
    await page.close();
  });

  it('refuses to let another page frame the app', async () => {
    const page = await chromium.browser.newPage();
    // Another site: a page of its own origin (another port) that frames Veza.
    const other = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(
        `<!doctype html><title>other</title><iframe src="${server.url}/" title="framed"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    await frame!.waitForLoadState('load');
    // The blocked frame shows the browser's error page, never the app.
    const framed = await frame!.evaluate(() => ({
      href: location.href,
      app: Boolean(document.querySelector('#root')),
    }));
    expect(framed).toEqual({ href: 'chrome-error://chromewebdata/', app: false });
    other.close();
    chromium.refused.splice(0);
    await page.close();
  });
});
