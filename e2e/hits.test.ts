/**
 * A man in a Bosnian case is recorded in Serbia too, in another script. The Bosnian investigator
 * sees the hit on the navigation badge and on the hits page: the Serbian agency and whom to ask
 * there, the band and what matched, nothing of the Serbian record; marks it not relevant, and finds
 * it under that tab and by its strength.
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
  const bosnia = await server.test.signIn('investigator.ba');
  const person = await bosnia.post('/api/persons', {
    names: [{ givenNames: 'Zoran', familyNames: 'Miletić' }],
    sex: 'male',
    birthDate: '1979-08-21',
    phones: ['+387 65 221 334'],
  });
  expect(person.statusCode, person.body).toBe(201);
  const opened = await bosnia.post('/api/cases', {
    type: 'smuggling',
    openedOn: '2026-02-01',
    title: 'Kombi kod Gradiške',
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const role = await bosnia.post(`/api/cases/${opened.json().id}/roles`, {
    personId: person.json().id,
    role: 'suspect',
  });
  expect(role.statusCode, role.body).toBe(201);
  const serbia = await server.test.signIn('investigator.rs');
  const recorded = await serbia.post('/api/persons', {
    names: [{ givenNames: 'Зоран', familyNames: 'Милетић' }],
    sex: 'male',
    birthDate: '1979-08-21',
    phones: ['+387 65 221 334'],
    notes: 'Seen at Batrovci with a van of nine people',
  });
  expect(recorded.statusCode, recorded.body).toBe(201);
  await server.test.app.veza.followUp.idle();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a hit in another jurisdiction', () => {
  it('shows on the badge and the hits page, with whom to ask and no Serbian data', async () => {
    await signInAs(page, server.url, 'investigator.ba');
    await expect
      .poll(() => page.getByTestId('notifications-bell').textContent())
      .toContain('1 unread notification');
    const nav = page.getByRole('navigation', { name: /main/i });
    await expect.poll(() => nav.getByRole('link', { name: /Hits/ }).textContent()).toContain('1 new hit');
    await nav.getByRole('link', { name: /Hits/ }).click();
    const hit = page.getByRole('article', { name: 'Hit on Zoran Miletić' });
    await expect.poll(() => hit.isVisible()).toBe(true);
    const text = (await hit.textContent()) ?? '';
    expect(text).toMatch(/Strong hit · Serbia/);
    expect(text).toContain('name, birth date, phone');
    expect(await hit.getByRole('listitem').count()).toBeGreaterThan(0);
    for (const serbian of ['Зоран', 'Милетић', 'Batrovci'])
      expect(await page.content()).not.toContain(serbian);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('is marked not relevant by this side', async () => {
    const hit = page.getByRole('article', { name: 'Hit on Zoran Miletić' });
    const tabs = page.getByRole('tablist', { name: 'Your decision' });
    expect(await tabs.getByRole('tab', { selected: true }).textContent()).toBe('not looked at yet (1)');
    await hit.getByRole('button', { name: 'Not relevant' }).click();
    // Decided, it leaves the tab of those not looked at, and is under "not relevant".
    await expect.poll(() => hit.count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('No hits here.');
    await tabs.getByRole('tab', { name: 'not relevant (1)' }).click();
    await expect.poll(() => hit.textContent()).toContain('not relevant');
    await tabs.getByRole('tab', { name: 'All (1)' }).click();
    await expect.poll(() => hit.count()).toBe(1);
    await page.getByLabel('Strength').selectOption('possible');
    await expect.poll(() => hit.count()).toBe(0);
    await page.getByLabel('Strength').selectOption('strong');
    await expect.poll(() => hit.count()).toBe(1);
    const nav = page.getByRole('navigation', { name: /main/i });
    await expect.poll(() => nav.getByRole('link', { name: /Hits/ }).textContent()).not.toContain('new hit');
  });

  it('opens a request to the other agency, linked to the hit, from "Request details"', async () => {
    const hit = page.getByRole('article', { name: 'Hit on Zoran Miletić' });
    await hit.getByRole('link', { name: 'Request details' }).click();
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('This request follows up a hit');
    await expect.poll(() => page.getByLabel('Jurisdiction').inputValue()).toBe('RS');
    await expect.poll(() => page.getByLabel('Agency', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByLabel('Kind').inputValue()).toBe('hit_follow_up');
    await page.getByLabel('Subject').fill('Zoran Miletić: what do you hold?');
    await page
      .getByLabel('Message')
      .fill('Our hit on him is strong. Please share what you can about his van.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('heading', { name: 'Zoran Miletić: what do you hold?' }).waitFor();
    expect(await page.getByTestId('request-status').textContent()).toBe('Sent');
    expect(await page.locator('main').textContent()).toContain('Hit: hit (strong)');

    const serbia = await server.test.signIn('investigator.rs');
    const inbox = (await serbia.get('/api/requests?box=inbox')).json();
    expect(inbox.requests).toEqual([
      expect.objectContaining({ type: 'hit_follow_up', subject: 'Zoran Miletić: what do you hold?' }),
    ]);
  });
});
