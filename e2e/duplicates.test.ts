/**
 * Two records of one man in a Serbian register, one in Latin and one in Cyrillic script: the
 * investigator sees the other on the person's page with why the engine thinks they are one, merges
 * them, and undoes the merge.
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

beforeAll(async () => {
  server = await startServer();
  const investigator = await server.test.signIn('investigator.rs');
  for (const [key, body] of [
    [
      'latin',
      {
        names: [{ givenNames: 'Dragan', familyNames: 'Stojanović' }],
        sex: 'male',
        birthDate: '1979-08-21',
        nationalities: ['RS'],
        phones: ['065 221 3344'],
      },
    ],
    [
      'cyrillic',
      {
        names: [{ givenNames: 'Драган', familyNames: 'Стојановић' }],
        sex: 'male',
        birthDate: '1979-08-21',
        nationalities: ['RS'],
        documents: [{ type: 'id_card', number: '007123456' }],
      },
    ],
    ['other', { names: [{ givenNames: 'Vesna', familyNames: 'Marić' }], sex: 'female', birthDate: '1990' }],
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

describe('possible duplicates on a person’s page', () => {
  it('shows the other record with its explanation, field by field', async () => {
    await signInAs(page, server.url, 'investigator.rs');
    await page.goto(
      `${server.url}/persons/${ids.latin}?purpose=${encodeURIComponent('checking for duplicates')}`,
    );
    const section = page.getByRole('region', { name: 'Possibly the same person' });
    const candidate = section.getByRole('article', { name: 'Драган Стојановић' });
    await expect.poll(() => candidate.isVisible()).toBe(true);
    await expect.poll(() => candidate.textContent()).toMatch(/\d+(\.\d)?% likely the same person/);
    await expect
      .poll(() => candidate.getByTestId('band').textContent())
      .toMatch(/^(Strong|Probable|Possible) match$/);
    const why = candidate.getByRole('table', { name: 'Why: what each field adds or takes away' });
    const row = (field: string) => why.getByRole('row', { name: new RegExp(`^${field}`) });
    await expect.poll(() => row('Given names').textContent()).toMatch(/the same\s*\+/);
    await expect.poll(() => row('Birth date').textContent()).toContain('the same');
    await expect.poll(() => row('Document').textContent()).toContain('missing on one side');
    // Each field has its bar: weights for in green, against in red.
    expect(await why.locator('.bar.for').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('merges the other record into this one, and undoes the merge', async () => {
    const section = page.getByRole('region', { name: 'Possibly the same person' });
    await section.getByRole('button', { name: 'Merge into this record' }).click();
    const merged = section.getByRole('status');
    await expect.poll(() => merged.textContent()).toContain('Merged into this record: Драган Стојановић');
    await expect.poll(() => page.locator('.facts').textContent()).toContain('Драган Стојановић');
    await expect.poll(() => page.locator('.facts').textContent()).toContain('007123456');
    await expect
      .poll(() => section.textContent())
      .toContain('No other record of this jurisdiction looks like the same person.');

    // The merged record points to the one kept.
    const other = await chromium.browser.newPage();
    await other.goto(
      `${server.url}/persons/${ids.cyrillic}?purpose=${encodeURIComponent('checking the merge')}`,
    );
    await expect
      .poll(() => other.getByRole('status').first().textContent())
      .toContain('This record was merged into another one');
    await other.close();

    await section.getByRole('button', { name: 'Undo the merge' }).click();
    await expect
      .poll(() => section.getByRole('article', { name: 'Драган Стојановић' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.locator('.facts').textContent()).not.toContain('007123456');
  });

  it('sets the other record aside as not the same person', async () => {
    const section = page.getByRole('region', { name: 'Possibly the same person' });
    await section.getByRole('button', { name: 'Not the same person' }).click();
    await expect
      .poll(() => section.textContent())
      .toContain('No other record of this jurisdiction looks like the same person.');
  });
});
