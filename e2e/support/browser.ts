/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser. The flags keep it off a
 * network this machine does not have; each launch gets an empty profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.VEZA_CHROMIUM || '/usr/bin/chromium';

export interface LaunchedBrowser {
  browser: BrowserContext;
  /**
   * What the Content-Security-Policy refused so far, on any page: the app must never trip it, so
   * close() fails when anything is left here (a test that injects on purpose empties it).
   */
  refused: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), or run npm test, which does`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'veza-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A step that cannot happen fails in seconds and names its locator, instead of running into the test's timeout.
  context.setDefaultTimeout(10_000);
  const refused: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        refused.push(`${page.url()}: ${message.text()}`);
    });
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return {
    browser: context,
    refused,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (refused.length > 0)
        throw new Error(`the Content-Security-Policy refused what the app did:\n${refused.join('\n')}`);
    },
  };
}

export type { Browser, Page };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the browser's devtools protocol: an inline script tag would be refused by the CSP.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs a demo account in on the sign-in page at url, and waits for the navigation. */
export async function signInAs(page: Page, url: string, username: string, password = 'veza-demo-2026') {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Attached, not visible: on a phone it waits in the menu; and in any language the account keeps.
  await page.getByTestId('identity').waitFor({ state: 'attached' });
}
