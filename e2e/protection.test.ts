/**
 * A Serbian caseworker opens a protection case in Serbian, takes the reasonable-grounds decision and
 * sees the recovery and reflection period with its "no removal" flag; records the person's consent
 * to be counted in statistics; an investigator of the same jurisdiction cannot open the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  type Page,
  seriousAccessibilityViolations,
  signInAs,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let chromium: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a protection case in Serbian', () => {
  it('is opened by the caseworker from the list', async () => {
    await signInAs(page, server.url, 'caseworker.rs');
    await page.locator('.language select').selectOption('sr-Latn');
    await page.goto(`${server.url}/protection`);
    await page.getByText('Otvori slučaj').first().click();
    await page.getByLabel('Ime', { exact: true }).first().fill('Amina');
    await page.getByLabel('Prezime').fill('Rahimi');
    await page.getByRole('button', { name: 'Otvori slučaj' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Amina Rahimi');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('takes the reasonable-grounds decision, and shows no removal until the 30th day', async () => {
    await page.getByLabel('Obrazloženje').fill('Obmanuta o poslu, pasoš kod poslodavca, dug za put.');
    await page.getByRole('button', { name: 'Zabeleži', exact: true }).click();
    const reflection = page.getByTestId('reflection');
    await expect.poll(() => reflection.textContent()).toContain('Bez udaljenja do');
    expect(await reflection.textContent()).toContain('još 29 dana');
    expect(await page.getByTestId('history').textContent()).toContain(
      'Pretpostavljena žrtva: osnovani razlozi',
    );
  });

  it('records a consent, in the person’s language, with its witness', async () => {
    await page.getByText('Zabeleži pristanak').first().click();
    await page.getByLabel('Svedok').fill('Prevodilac M. Hosseini');
    await page.getByRole('button', { name: 'Zabeleži pristanak' }).click();
    await expect.poll(() => page.getByTestId('consents').textContent()).toContain('Statistika: Dat');
    expect(await page.getByTestId('consents').textContent()).toContain('Prevodilac M. Hosseini');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('is not for an investigator', async () => {
    const other = await launchChromium();
    try {
      const tab = await other.browser.newPage();
      await signInAs(tab, server.url, 'investigator.rs');
      await tab.goto(`${server.url}/protection`);
      await expect.poll(() => tab.getByText('Not for your role').count()).toBe(1);
      expect(await tab.getByTestId('protection-cases').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
