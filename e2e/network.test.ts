/**
 * The network in the browser (issue 18): a Serbian investigator starts from a phone a group of
 * migrants shared, expands to its persons and their case, finds the path to the driver of another
 * case (through the van both cases recorded), saves the chart, shares it with a prosecutor, and
 * exports it as GraphML, which the audit log records with its purpose. On a 360 px phone and in
 * Albanian, the page fits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  seriousAccessibilityViolations,
  signInAs,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let chromium: LaunchedBrowser;
const id: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  const rs = await server.test.signIn('investigator.rs');
  const person = async (key: string, given: string, family: string, extra: Record<string, unknown> = {}) => {
    const r = await rs.post('/api/persons', {
      names: [{ givenNames: given, familyNames: family }],
      ...extra,
    });
    expect(r.statusCode, r.body).toBe(201);
    id[key] = r.json().id;
  };
  const openCase = async (key: string, title: string, openedOn: string) => {
    const r = await rs.post('/api/cases', { type: 'smuggling', openedOn, title });
    expect(r.statusCode, r.body).toBe(201);
    id[key] = r.json().id;
  };
  for (const [k, given] of [
    ['m1', 'Ahmad'],
    ['m2', 'Farid'],
    ['m3', 'Samir'],
  ] as const)
    await person(k, given, 'Rahimi', { phones: ['+93 70 555 0101'] });
  await person('driver', 'Dragan', 'Nikolić', { birthDate: '1983-07-19' });
  await openCase('c1', 'Grupa u kombiju kod Šida', '2026-02-10');
  await openCase('c3', 'Kombi zaustavljen na Batrovcima', '2026-06-18');
  for (const m of ['m1', 'm2', 'm3'])
    await rs.post(`/api/cases/${id.c1}/roles`, { personId: id[m], role: 'smuggled_migrant' });
  await rs.post(`/api/cases/${id.c3}/roles`, { personId: id.driver, role: 'suspect' });
  for (const c of ['c1', 'c3'])
    expect((await rs.post(`/api/cases/${id[c]}/vehicles`, { plate: 'BG 456-KL' })).statusCode).toBe(201);
  chromium = await launchChromium();
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the network page', () => {
  it('starts from a phone, expands, finds the path to the driver of another case, saves and exports the chart', async () => {
    const page = await chromium.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, server.url, 'investigator.rs');
    await page.goto(`${server.url}/network`);
    await page.locator('input[name="start"]').fill('+93 70 555 0101');
    await page.locator('.network-start button[type="submit"]').click();
    await page
      .locator('[data-testid="network-start-results"] button[data-node="phone:+93705550101"]')
      .click();
    await page.waitForURL(/start=phone/);
    // The phone and the three persons who used it.
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-nodes')).toBe('4');
    // WebGL drew it.
    expect(await page.locator('.network-canvas canvas').count()).toBeGreaterThan(0);

    // Expand the first migrant to his case, then the case to its vehicle.
    await page.getByTestId('network-nodes').locator('summary').click();
    await page.locator(`[data-testid="network-nodes"] tr[data-node="person:${id.m1}"] button`).click();
    await page.locator('[data-testid="network-selection"] button[data-expand="case"]').click();
    await expect.poll(() => canvas.getAttribute('data-nodes')).toBe('5');
    await page.locator(`[data-testid="network-nodes"] tr[data-node="case:${id.c1}"] button`).click();
    await page.locator('[data-testid="network-selection"] button[data-expand="vehicle"]').click();
    await expect.poll(() => canvas.getAttribute('data-nodes')).toBe('6');

    // Select the phone and the van, then add the driver by the start form, and find the path.
    await page.locator('input[name="start"]').fill('Dragan Nikolić');
    await page.locator('.network-start button[type="submit"]').click();
    const add = page
      .locator('[data-testid="network-start-results"] li', { hasText: 'Dragan' })
      .locator('button.secondary');
    await add.click();
    await expect.poll(() => canvas.getAttribute('data-nodes')).not.toBe('6');
    await page.locator('[data-testid="network-selection"] button.link').last().click();
    await page
      .locator('[data-testid="network-nodes"] tr[data-node="phone:+93705550101"] input[type="checkbox"]')
      .check();
    await page
      .locator(`[data-testid="network-nodes"] tr[data-node="person:${id.driver}"] input[type="checkbox"]`)
      .check();
    await page.locator('.network-path button[type="submit"]').click();
    const steps = page.locator('[data-testid="network-path"] li');
    await expect.poll(() => steps.count()).toBe(6);
    expect(await steps.last().getAttribute('data-node')).toBe(`person:${id.driver}`);
    expect(await steps.nth(3).getAttribute('data-node')).toBe('vehicle:BG456KL');
    await page.locator('[data-testid="network-path"] button').click();

    // Save the chart and share it with the prosecutor.
    await page.locator('input[name="chartName"]').fill('Kombi BG 456-KL');
    await page.locator('section[aria-labelledby="network-save-title"] button[type="submit"]').click();
    await page.waitForURL(/chart=/);
    await page
      .getByTestId('network-share')
      .locator('label', { hasText: 'prosecutor.rs' })
      .locator('input')
      .check();
    await page.getByTestId('network-share').locator('button[type="submit"]').click();
    await page.getByTestId('network-share').locator('[role="status"]').waitFor();
    const prosecutor = await server.test.signIn('prosecutor.rs');
    const theirs = (await prosecutor.get('/api/network/charts')).json() as {
      name: string;
      definition: { seeds: string[] };
    }[];
    expect(theirs.map((c) => c.name)).toEqual(['Kombi BG 456-KL']);
    expect(theirs[0]!.definition.seeds).toContain(`person:${id.driver}`);

    // Export GraphML with a purpose.
    await page.locator('input[name="purpose"]').fill('Analysis for the prosecutor, case 12/2026');
    await page.locator('select[name="format"]').selectOption('graphml');
    const download = page.waitForEvent('download');
    await page.locator('section[aria-labelledby="network-export-title"] button[type="submit"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^veza-network-H0-\d{4}-\d{2}-\d{2}\.graphml$/);
    const { rows } = await server.test.database.owner(
      `select purpose, details->>'format' as format from audit_log where record_type = 'network_export'`,
    );
    expect(rows).toEqual([{ purpose: 'Analysis for the prosecutor, case 12/2026', format: 'graphml' }]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits a 360 px phone in Albanian, the chart and its panels one above the other', async () => {
    const page = await chromium.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    // The browser's pages share one profile: still signed in from the test before, or not.
    await page.goto(server.url);
    await page
      .locator('[data-testid="identity"], #username, input[name="username"]')
      .first()
      .waitFor({ state: 'attached' });
    if ((await page.getByTestId('identity').count()) === 0)
      await signInAs(page, server.url, 'investigator.rs');
    await page.getByTestId('menu-toggle').click();
    await page.locator('.topbar .language select').selectOption('sq');
    await page.goto(`${server.url}/network?start=case:${id.c1}`);
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-nodes')).toBe('5');
    expect(await page.locator('h1').textContent()).toBe('Rrjeti');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const canvas = await page.getByTestId('network-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);
    await page.close();
  }, 60_000);
});
