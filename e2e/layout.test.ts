/**
 * Every page of every role, on a 360 px phone, in the interface's languages: nothing wider than the
 * screen (no horizontal scrolling), the navigation in a menu, pages a role may use open without an
 * error, the others say they are not for the role. And the interview's answer buttons fit their
 * words in each of the instrument's 16 languages.
 */
import { INTERFACE_LOCALES, ROLES } from '@veza/core';
import { RAPID_SCREENING_V2 } from '@veza/core/rapid-screening-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../packages/web/src/i18n/index.ts';
import { type LaunchedBrowser, launchChromium, type Page, signInAs } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { makeRecords, pages, type WalkRecords } from './support/walk.ts';

let server: RunningServer;
let records: WalkRecords;

beforeAll(async () => {
  server = await startServer();
  records = await makeRecords(server);
});
afterAll(async () => {
  await server?.close();
});

const PHONE = { width: 360, height: 740 };

const notFound = (locale: string) =>
  (MESSAGES[locale as keyof typeof MESSAGES].errors.notFound as string).slice(0, 12);

/** What is wider than the screen: the page's own width, and the elements that stick out. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // A drawing clips what it draws (the map's countries reach past its frame).
        if (el.parentElement?.closest('svg')) return false;
        // Inside a container that scrolls by itself (a wide table), sticking out is by design.
        for (let p = el.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflowX === 'auto' || style.overflowX === 'scroll') return false;
        }
        return box.right > width + 1;
      })
      .slice(0, 5)
      .map(
        (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // On a loaded machine the network can fall quiet before the page has drawn its heading.
  await page
    .locator('main h1')
    .first()
    .waitFor({ state: 'attached', timeout: 5_000 })
    .catch(() => undefined);
  await expect.poll(() => page.locator('main .loading').count()).toBe(0);
}

describe.each(
  ROLES.map((role, i) => [role, INTERFACE_LOCALES[(i + 1) % INTERFACE_LOCALES.length]!] as const),
)('every page for the %s of Serbia, at 360 px, in %s', (role, locale) => {
  let page: Page;
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    // A browser of its own: a profile shares its cookies and remembered language between tabs.
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
    await page.setViewportSize(PHONE);
    await signInAs(page, server.url, `${role}.rs`);
    await page.getByTestId('menu-toggle').click();
    await page.locator('.topbar .language select').selectOption(locale);
  });
  afterAll(() => chromium?.close());

  it('shows the header in one compact row, with the navigation in a menu', async () => {
    await page.goto(`${server.url}/directory`);
    const header = await page.locator('header.topbar').boundingBox();
    expect(header!.height).toBeLessThan(80);
    expect(await page.locator('nav.sidenav').isVisible()).toBe(false);
    await page.getByTestId('menu-toggle').click();
    await expect.poll(() => page.locator('nav.sidenav').isVisible()).toBe(true);
    expect((await overflow(page)).culprits).toEqual([]);
    await page.getByTestId('menu-toggle').click();
  });

  it('opens every page without horizontal scrolling, and without an error', async () => {
    const problems: string[] = [];
    for (const p of pages(records)) {
      await page.goto(`${server.url}${p.path}`);
      await settle(page);
      const allowed = p.allows([role]);
      if (allowed) {
        // A record the role may not see (another agency's) is "not found", as the server says.
        const failure = (await page.locator('main .error[role="alert"]').allTextContents()).filter(
          (text) => !(p.record && text.startsWith(notFound(locale))),
        );
        if (failure.length) problems.push(`${p.path}: error ${failure.join(' | ')}`);
        if (await page.getByTestId('not-for-role').count()) problems.push(`${p.path}: said not for the role`);
      } else if (
        !(await page
          .getByTestId('not-for-role')
          .waitFor({ state: 'attached', timeout: 5_000 })
          .then(() => true)
          .catch(() => false))
      ) {
        problems.push(`${p.path}: should say it is not for the role`);
      }
      const o = await overflow(page);
      if (o.scrollWidth > o.clientWidth || o.culprits.length)
        problems.push(`${p.path}: ${o.scrollWidth} px wide (${o.culprits.join(', ')})`);
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

describe('the interview on a phone', () => {
  it('fits every answer in its button, in each of the 16 languages', async () => {
    const chromium = await launchChromium();
    const page = await chromium.browser.newPage();
    await page.setViewportSize(PHONE);
    await signInAs(page, server.url, 'screener.rs');
    await page.getByTestId('menu-toggle').click();
    await page.locator('.topbar .language select').selectOption('mk');
    const clipped: string[] = [];
    const sections = RAPID_SCREENING_V2.sections.length;
    for (const language of RAPID_SCREENING_V2.languages) {
      await page.goto(`${server.url}/screening/new`);
      await page.locator('.interview select').first().selectOption(language);
      await page.locator('.interview .actions button').first().click();
      await page.locator('.interview .actions button').first().click();
      for (let section = 0; section < sections; section++) {
        const found = await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              '.interview label, .interview button, .interview legend',
            ),
          ]
            .filter(
              (el) =>
                el.scrollWidth > el.clientWidth + 1 ||
                el.getBoundingClientRect().right > window.innerWidth + 1,
            )
            .map((el) => (el.textContent ?? '').slice(0, 40)),
        );
        clipped.push(...found.map((text) => `${language} §${section + 1}: ${text}`));
        const o = await overflow(page);
        if (o.scrollWidth > o.clientWidth)
          clipped.push(`${language} §${section + 1}: page ${o.scrollWidth} px`);
        const next = page.locator('.interview .actions button').last();
        if (section < sections - 1) await next.click();
      }
    }
    expect(clipped).toEqual([]);
    await chromium.close();
  }, 240_000);
});

describe.each([
  ['coordinator', 'en'],
  ['investigator', 'sq'],
] as const)('every page for the %s of Serbia on a desktop (1280 px), in %s', (role, locale) => {
  it('has nothing wider than the window, e-mail addresses in the directory included', async () => {
    const chromium = await launchChromium();
    const page = await chromium.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, server.url, `${role}.rs`);
    await page.locator('.topbar .language select').selectOption(locale);
    const problems: string[] = [];
    for (const p of pages(records)) {
      await page.goto(`${server.url}${p.path}`);
      await settle(page);
      const o = await overflow(page);
      if (o.scrollWidth > o.clientWidth || o.culprits.length)
        problems.push(`${p.path}: ${o.scrollWidth} px wide (${o.culprits.join(', ')})`);
      // Nothing sticks out of the directory's cards (long e-mail addresses).
      const sticking = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.card')].filter(
            (c) => c.scrollWidth > c.clientWidth + 1,
          ).length,
      );
      if (sticking) problems.push(`${p.path}: ${sticking} cards with content wider than themselves`);
    }
    expect(problems).toEqual([]);
    await chromium.close();
  }, 240_000);
});
