/**
 * The matching model learns from the investigators: one marks a suggested pair "not the same
 * person" and merges another; the coordinator sees a new version of the model with what changed,
 * and brings the earlier one back.
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
const ids: Record<string, string> = {};
const purpose = `?purpose=${encodeURIComponent('checking for duplicates')}`;

beforeAll(async () => {
  server = await startServer();
  const investigator = await server.test.signIn('investigator.rs');
  for (const [key, body] of [
    // Two men with the region's most common names, guessed dates of birth, and no other link.
    [
      'ali',
      {
        names: [{ givenNames: 'Ali', familyNames: 'Rezai' }],
        sex: 'male',
        birthDate: '1996-01-01',
        nationalities: ['AF'],
        phones: ['+93 70 555 0101'],
      },
    ],
    ['ali2', { names: [{ givenNames: 'Ali', familyNames: 'Rezaei' }], sex: 'male', birthDate: '1996' }],
    // One man registered twice.
    [
      'omar',
      {
        names: [{ givenNames: 'Omar', familyNames: 'Haddad' }],
        sex: 'male',
        birthDate: '1988-07-12',
        nationalities: ['SY'],
        phones: ['+963 93 111 2222'],
      },
    ],
    [
      'omar2',
      {
        names: [{ givenNames: 'OMAR', familyNames: 'HADDAD' }],
        sex: 'male',
        birthDate: '1988-07-12',
        nationalities: ['SY'],
        documents: [{ type: 'passport', number: 'N0123456' }],
      },
    ],
  ] as const) {
    const response = await investigator.post('/api/persons', body);
    expect(response.statusCode, response.body).toBe(201);
    ids[key] = response.json().id;
  }
  await server.test.app.veza.followUp.idle();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the matching model', () => {
  it('takes the investigator’s decisions: not the same person, and a merge', async () => {
    await signInAs(page, server.url, 'investigator.rs');
    await page.goto(`${server.url}/persons/${ids.ali}${purpose}`);
    const section = page.getByRole('region', { name: 'Possibly the same person' });
    await expect.poll(() => section.getByRole('article').count()).toBe(1);
    await section.getByRole('button', { name: 'Not the same person' }).click();
    await expect
      .poll(() => section.textContent())
      .toContain('No other record of this jurisdiction looks like the same person.');
    // Each decision makes a version of its own: the next waits for this one's search (on a loaded
    // machine, two decisions queued within the follow-up's half second make one run and one version).
    await server.test.app.veza.followUp.idle();

    await page.goto(`${server.url}/persons/${ids.omar}${purpose}`);
    await expect.poll(() => section.getByRole('article').count()).toBe(1);
    await section.getByRole('button', { name: 'Merge into this record' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain('Merged into this record');
    await server.test.app.veza.followUp.idle();
    // Investigators do not see the model.
    await page.goto(`${server.url}/cases`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cases');
    expect(await page.getByRole('link', { name: 'Matching model of the duplicate search' }).count()).toBe(0);
  });

  it('shows the coordinator the new version, what changed, and brings the earlier one back', async () => {
    const second = await launchChromium();
    const coordinator = await second.browser.newPage();
    await coordinator.setViewportSize({ width: 360, height: 740 });
    await signInAs(coordinator, server.url, 'coordinator.rs');
    await coordinator.goto(`${server.url}/cases`);
    await coordinator.getByRole('link', { name: 'Matching model of the duplicate search' }).click();
    const inUse = coordinator.getByTestId('model-in-use');
    // A version after each decision: the first search's, then one per decision.
    await expect.poll(() => inUse.textContent()).toContain('In use: version 3');
    await expect
      .poll(() => inUse.textContent())
      .toContain('Decisions learnt from: same person 1, not the same person 1.');
    await expect.poll(() => inUse.textContent()).toContain('Scores calibrated on 2 decisions');
    const weights = coordinator.getByTestId('model-weights');
    await expect
      .poll(() => weights.locator('thead th', { hasText: 'Change since version 2' }).count())
      .toBe(1);
    // The merged pair agreed on its birth date: since the merge, that level weighs differently.
    const exactDate = weights.locator('tr[data-field="birth_date"][data-level="exact"]');
    await expect.poll(() => exactDate.getByTestId('weight-change').textContent()).toMatch(/^[+−]/);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousAccessibilityViolations(coordinator)).toEqual([]);
    // The regional matcher's model, which every side sees.
    await expect
      .poll(() => coordinator.getByTestId('region-model').textContent())
      .toMatch(/^Version \d+, estimated on .* not relevant \d+\./);

    await coordinator.getByRole('button', { name: 'Bring back version 1' }).click();
    await expect.poll(() => inUse.textContent()).toContain('In use: version 4');
    await expect.poll(() => inUse.textContent()).toContain('Version 1 brought back by coordinator.rs.');
    await expect
      .poll(() => coordinator.getByRole('status').first().textContent())
      .toContain('Learning is paused');
    await expect
      .poll(() => coordinator.getByTestId('model-versions').locator('[data-version="4"]').textContent())
      .toContain('In use');
    await coordinator.getByRole('button', { name: 'Resume learning' }).click();
    await expect
      .poll(() => coordinator.getByRole('status').first().textContent())
      .toContain('Learning from new decisions is on.');

    // In another language.
    await coordinator.goto(`${server.url}/cases/matching-model`);
    await coordinator.getByTestId('menu-toggle').click();
    await coordinator.locator('.topbar .language select').selectOption('sr-Latn');
    await expect
      .poll(() => coordinator.getByRole('heading', { level: 1 }).textContent())
      .toBe('Model poređenja');
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await second.close();
  });
});
