/**
 * The knowledge exchange in the browser (issue 19): Montenegro's coordinator records a regional
 * meeting with participants from three jurisdictions picked in the directory, adds an action point
 * for an officer of SIPA (Bosnia and Herzegovina), writes and approves the minutes; the SIPA
 * investigator finds the action point on the follow-up page, records progress and closes it with
 * its result. A practice written in Latin script is found by a search typed in Cyrillic. On a
 * 360 px phone, in Macedonian, the pages fit.
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
import { publishedPractice } from './support/walk.ts';

let server: RunningServer;
const browsers: LaunchedBrowser[] = [];
const MEETING = 'Regionalni sastanak udarnih grupa, Budva';
const ACTION = 'Imenovati dežurni kontakt SIPA-e u imeniku';

async function browserFor(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const chromium = await launchChromium();
  browsers.push(chromium);
  const page = await chromium.browser.newPage();
  await page.setViewportSize(viewport);
  await signInAs(page, server.url, username);
  return page;
}

/** Picks a person in the directory picker labelled `label`. */
async function pick(page: Page, label: string, name: string) {
  await page.getByLabel(label).fill(name);
  await page.getByLabel(label).press('Enter');
  await page.getByRole('button', { name: `Choose ${name}` }).click();
}

beforeAll(async () => {
  server = await startServer();
  const rs = await server.test.signIn('investigator.rs');
  await publishedPractice(rs, {
    kind: 'brief',
    title: 'Kombi na Batrovcima: mreža Djordjevic',
    summary: 'Razmena brojeva telefona sa BiH u roku od 48 sati.',
    body: 'Organizator **Dragan Djordjevic** koristio je jedan telefon za tri grupe.',
    language: 'sr',
    tags: { pillars: ['partnership'], crimes: ['smuggling'] },
  });
}, 180_000);

afterAll(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
});

describe('the knowledge exchange', () => {
  it('finds a practice written in Latin script by a search typed in Cyrillic, with the passage marked', async () => {
    const page = await browserFor('caseworker.ba');
    await page.goto(`${server.url}/knowledge`);
    await page.getByLabel('Words, names or places, in any script').fill('Ђорђевић');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const card = page.locator('.practice-list li', { hasText: 'mreža Djordjevic' });
    await card.waitFor();
    expect(await card.locator('mark').first().textContent()).toBe('Djordjevic');
    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /mreža Djordjevic/ }).waitFor();
    expect(await page.locator('.markdown strong').textContent()).toBe('Dragan Djordjevic');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 60_000);

  it('a coordinator records a meeting, adds an action point for a BA officer and approves the minutes; the officer follows it up and closes it', async () => {
    const coordinator = await browserFor('coordinator.me');
    await coordinator.goto(`${server.url}/knowledge/meetings`);
    await coordinator.getByRole('button', { name: 'Plan a meeting' }).click();
    await coordinator.getByLabel('Title').fill(MEETING);
    await coordinator.getByLabel('Starts').fill('2026-11-24T09:00');
    await coordinator.getByLabel('Ends').fill('2026-11-24T17:00');
    await coordinator.getByLabel('Place').fill('Budva');
    await coordinator.getByLabel('Agenda').fill('1. Rana identifikacija\n2. Direktni kontakti');
    await coordinator.getByRole('button', { name: 'Save' }).click();
    await coordinator.getByRole('heading', { level: 1, name: MEETING }).waitFor();

    // Participants of three jurisdictions, from the directory.
    const find = 'Add a participant from the directory';
    await pick(coordinator, find, 'Немања Благојевић');
    await coordinator.locator('td', { hasText: 'Немања Благојевић' }).waitFor();
    await pick(coordinator, find, 'Arben Hoxha');
    await coordinator.locator('td', { hasText: 'Arben Hoxha' }).waitFor();
    await pick(coordinator, find, 'Јелена Петровић');
    await coordinator.locator('td', { hasText: 'Јелена Петровић' }).waitFor();
    await coordinator.getByLabel('Status of Arben Hoxha').selectOption('attended');
    await expect.poll(() => coordinator.getByLabel('Status of Arben Hoxha').inputValue()).toBe('attended');

    // A decision, and the action point that follows it, for the SIPA officer.
    await coordinator.getByLabel('New decision').fill('Svaka udarna grupa imenuje dežurni kontakt 24/7.');
    await coordinator.getByRole('button', { name: 'Record the decision' }).click();
    await coordinator.locator('ol.decisions li').first().waitFor();
    await coordinator.locator('details.add summary').click();
    await coordinator.getByLabel('What is to be done').fill(ACTION);
    await pick(coordinator, 'Owner: find them in the directory', 'Немања Благојевић');
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await coordinator.getByLabel('Due date').fill(due);
    await coordinator.getByLabel('Decision it follows').selectOption({ index: 1 });
    await coordinator
      .locator('form[aria-label="Add an action point"]')
      .getByRole('button', { name: 'Add an action point' })
      .click();
    await coordinator.locator('.action-points li', { hasText: ACTION }).waitFor();

    // Minutes drafted, then approved by the organiser.
    await coordinator.getByRole('button', { name: 'Write the minutes' }).click();
    await coordinator
      .locator('.markdown-field textarea')
      .last()
      .fill('## Zaključci\n\nDirektni kontakti **rade**.');
    await coordinator.getByRole('button', { name: 'Save draft' }).click();
    await coordinator.locator('.markdown strong', { hasText: 'rade' }).waitFor();
    coordinator.once('dialog', (dialog) => dialog.accept());
    await coordinator.getByRole('button', { name: 'Approve the minutes' }).click();
    await coordinator.getByText(/^Approved by /).waitFor();
    expect(await coordinator.getByRole('button', { name: 'Edit the minutes' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(coordinator)).toEqual([]);
    const meetingUrl = coordinator.url();

    // The SIPA investigator: the action point on the follow-up page.
    const officer = await browserFor('investigator.ba');
    await officer.goto(`${server.url}/knowledge/follow-up`);
    await officer.getByLabel("Only my agency's").check();
    const card = officer.locator('.action-points li', { hasText: ACTION });
    await card.waitFor();
    expect(await card.locator('.badge').first().textContent()).toBe('Due soon');
    await card.getByRole('button', { name: 'Progress and update' }).click();
    await card.getByLabel('Progress note').fill('Nacrt poslan direktoru.');
    await card.getByLabel('Status').selectOption('in_progress');
    await card.getByRole('button', { name: 'Record' }).click();
    await card.locator('.timeline li', { hasText: 'Nacrt poslan direktoru.' }).waitFor();
    await card.getByLabel('Status').selectOption('done');
    await card.getByLabel('Result').fill('Dežurni kontakt: operativni centar SIPA, +387 57 320 800.');
    await card.getByRole('button', { name: 'Record' }).click();
    await officer.locator('.action-points li', { hasText: ACTION }).locator('.badge.done').first().waitFor();
    await expect.poll(async () => officer.locator('.count-tiles .done dd').textContent()).toBe('1');
    expect(await seriousAccessibilityViolations(officer)).toEqual([]);

    // The organiser sees it closed, with its result, on the meeting.
    await coordinator.goto(meetingUrl);
    const closed = coordinator.locator('.action-points li', { hasText: ACTION });
    await closed.getByText('Dežurni kontakt: operativni centar SIPA').waitFor();
    const { rows } = await server.test.database.owner(
      `select status, result from action_points where title = '${ACTION}'`,
    );
    expect(rows).toEqual([
      { status: 'done', result: 'Dežurni kontakt: operativni centar SIPA, +387 57 320 800.' },
    ]);
  }, 180_000);

  it('fits a 360 px phone in Macedonian', async () => {
    const page = await browserFor('coordinator.rs', { width: 360, height: 800 });
    await page.getByTestId('menu-toggle').click();
    await page.locator('.topbar .language select').selectOption('mk');
    await page.getByTestId('menu-toggle').click();
    for (const path of ['/knowledge', '/knowledge/meetings', '/knowledge/follow-up', '/knowledge/plans']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
    expect(await page.locator('main h1').textContent()).toBe('Акциски планови');
  }, 60_000);
});
