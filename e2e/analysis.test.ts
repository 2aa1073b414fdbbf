/**
 * Trends and risks in the browser (issue 17), on the demo region's two years of history: a Serbian
 * analyst filters the dashboard to one border crossing and finds the chart, the table and the map
 * giving that crossing the same count, the one the API gives; a regional analyst sees no count
 * under 10 anywhere on the page and cannot open a record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHistory } from '../packages/server/src/demo/history.ts';
import { refreshAnalysis } from '../packages/server/src/features/analysis/refresh.ts';
import {
  type LaunchedBrowser,
  launchChromium,
  seriousAccessibilityViolations,
  signInAs,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let chromium: LaunchedBrowser;
const CROSSING = 'rs-bg-gradina-kalotina';

beforeAll(async () => {
  server = await startServer();
  await seedDemoHistory(server.test.database);
  await refreshAnalysis(server.test.database);
  chromium = await launchChromium();
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the analysis page', () => {
  it('shows one crossing’s count alike in the chart, the table and the map', async () => {
    const page = await chromium.browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await signInAs(page, server.url, 'analyst.rs');
    await page.goto(`${server.url}/analysis`);
    await page.locator('[data-testid="table-crossing"]').waitFor();
    await page.locator('select[name="crossing"]').selectOption(CROSSING);
    await page.locator('form.analysis-filters button[type="submit"]').click();
    await page.waitForURL(/crossing=rs-bg-gradina-kalotina/);
    const row = page.locator(`[data-testid="table-crossing"] tr[data-key="${CROSSING}"] td`);
    await row.waitFor();
    const shown = (await row.textContent())!.trim();
    expect(shown).toMatch(/^\d+$/);
    const count = Number(shown);
    expect(count).toBeGreaterThanOrEqual(10);
    // The API says the same.
    const analyst = await server.test.signIn('analyst.rs');
    const board = (await analyst.get(`/api/analysis/dashboard?crossing=${CROSSING}`)).json();
    const cell = board.charts
      .find((c: { key: string }) => c.key === 'crossing')
      .cells.find((c: { key: string }) => c.key === CROSSING);
    expect(cell.count).toBe(count);
    // The map's point for the crossing, and the chart's bar.
    expect(
      await page
        .locator(`[data-testid="analysis-map"] g[data-crossing="${CROSSING}"]`)
        .getAttribute('data-count'),
    ).toBe(String(count));
    const bars = await page.locator('[data-testid="chart-crossing"] svg title').allTextContents();
    expect(bars.some((b) => b.endsWith(`: ${count}`) && b.includes('Gradina'))).toBe(true);
    // Vulnerabilities are named as the instrument names them, not by their ids.
    const vulnerabilityRows = page.locator('[data-testid="table-vulnerability"] tr[data-key] th');
    let named = 0;
    for (const [key, label] of Object.entries(board.labels as Record<string, { en: { text: string } }>)) {
      const row = page.locator(`[data-testid="table-vulnerability"] tr[data-key="${key}"] th`);
      if ((await row.count()) === 0) continue;
      expect(await row.textContent()).toBe(label.en.text);
      named++;
    }
    expect(named).toBeGreaterThan(0);
    for (const name of await vulnerabilityRows.allTextContents()) expect(name).not.toMatch(/_/);
    if (process.env.VEZA_SCREENSHOTS)
      for (let i = 0; i < 4; i++)
        await page.screenshot({
          path: `${process.env.VEZA_SCREENSHOTS}/analysis-360-${i}.png`,
          fullPage: true,
          clip: { x: 0, y: i * 900, width: 360, height: 900 },
        });
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.close();
  });

  it('shows a regional analyst no count under 10, and no record', async () => {
    const other = await launchChromium();
    const page = await other.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, server.url, 'analyst.reg');
    await page.goto(`${server.url}/analysis?year=2026`);
    await page.locator('[data-testid="table-jurisdiction"]').waitFor();
    if (process.env.VEZA_SCREENSHOTS)
      await page.screenshot({
        path: `${process.env.VEZA_SCREENSHOTS}/analysis-reg.png`,
        fullPage: true,
        clip: { x: 0, y: 0, width: 1280, height: 1800 },
      });
    const cells = await page.locator('table[data-testid^="table-"] td').allTextContents();
    expect(cells.length).toBeGreaterThan(50);
    for (const text of cells) {
      const numbers = (text.match(/\d+/g) ?? []).map(Number);
      for (const n of numbers) expect(n, text).toBeGreaterThanOrEqual(10);
    }
    const mapCounts = await page
      .locator('[data-testid="analysis-map"] [data-count]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-count')).filter((v) => v));
    for (const v of mapCounts) expect(Number(v)).toBeGreaterThanOrEqual(10);
    // The choropleth by jurisdiction: Serbia shaded by the cases it recorded, as the table says;
    // then by the cases reaching each country.
    const serbia = page.locator('[data-testid="analysis-map"] path[data-country="RS"]');
    const recordedBySerbia = (
      await page.locator('[data-testid="table-jurisdiction"] tr[data-key="RS"] td').textContent()
    )?.trim();
    expect(recordedBySerbia).toMatch(/^\d+$/);
    expect(await serbia.getAttribute('data-count')).toBe(recordedBySerbia);
    await page.locator('input[name="analysis-map-shading"][value="arriving"]').check();
    const regionalBoard = (
      await (await server.test.signIn('analyst.reg')).get('/api/analysis/dashboard?year=2026')
    ).json();
    const reachingHungary = regionalBoard.charts
      .find((c: { key: string }) => c.key === 'arrival')
      .cells.find((c: { key: string }) => c.key === 'HU');
    expect(reachingHungary?.count).toBeGreaterThanOrEqual(10);
    await expect
      .poll(() =>
        page.locator('[data-testid="analysis-map"] path[data-country="HU"]').getAttribute('data-count'),
      )
      .toBe(String(reachingHungary.count));
    await page.goto(`${server.url}/cases`);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/RS-H20/);
    const regional = await server.test.signIn('analyst.reg');
    const { rows } = await server.test.database.owner(
      `select id from cases where jurisdiction = 'RS' limit 1`,
    );
    const opened = await regional.get(`/api/cases/${rows[0]!.id}?purpose=trend+analysis`);
    expect([403, 404]).toContain(opened.statusCode);
    await other.close();
  });
});
