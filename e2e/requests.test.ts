/**
 * A Montenegrin investigator sends an urgent request to the Bosnian border police's 24/7 desk. The
 * duty officer there sees it on top, acknowledges it and replies, sharing two fields of one of
 * their persons. The sender sees who acknowledged it and when, and the shared fields; a Serbian
 * investigator cannot open it.
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
/** One browser each: a persistent profile shares its cookies between pages. */
const browsers: LaunchedBrowser[] = [];
let sender: Page;
let duty: Page;
let requestUrl: string;

beforeAll(async () => {
  server = await startServer();
  const bosnia = await server.test.signIn('duty.ba');
  const person = await bosnia.post('/api/persons', {
    names: [{ givenNames: 'Dragan', familyNames: 'Simić' }],
    sex: 'male',
    birthDate: '1983-07-09',
    phones: ['+387 66 404 505'],
    notes: 'Drives for the Zvornik network',
  });
  expect(person.statusCode, person.body).toBe(201);
  sender = await newBrowserPage();
  duty = await newBrowserPage();
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
});

async function newBrowserPage(): Promise<Page> {
  const browser = await launchChromium();
  browsers.push(browser);
  return browser.browser.newPage();
}

describe('an urgent request to a 24/7 desk', () => {
  it('is written and sent from Montenegro', async () => {
    await signInAs(sender, server.url, 'investigator.me');
    await sender.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Requests' }).click();
    await sender.getByRole('link', { name: 'New request' }).click();
    // The page's code loads on first visit: wait for its form before choosing, then for the directory.
    await sender.getByRole('heading', { name: 'New request' }).waitFor();
    await Promise.all([
      sender.waitForResponse((r) => r.url().includes('/api/directory?jurisdiction=BA') && r.ok()),
      sender.getByLabel('Jurisdiction').selectOption({ label: 'Bosnia and Herzegovina' }),
    ]);
    const agency = sender.getByLabel('Agency', { exact: true });
    await expect
      .poll(async () => (await agency.locator('option').allTextContents()).join('|'))
      .toMatch(/Granična policija/);
    const borderPolice = (await agency.locator('option').allTextContents()).find((o) =>
      /Granična policija/.test(o),
    )!;
    await agency.selectOption({ label: borderPolice });
    const desk = sender.getByLabel('Contact point');
    const deskLabel = (await desk.locator('option').allTextContents()).find((o) => o.includes('24/7'))!;
    await desk.selectOption({ label: deskLabel });
    await sender.getByLabel('Priority', { exact: true }).selectOption('urgent');
    await sender.getByLabel('Subject').fill('Driver of the Zvornik van');
    await sender
      .getByLabel('Message')
      .fill('Stopped at Šćepan Polje tonight. Do you know Dragan Simić, born 1983?');
    expect(await seriousAccessibilityViolations(sender)).toEqual([]);
    await sender.getByRole('button', { name: 'Send', exact: true }).click();
    await sender.getByRole('heading', { name: 'Driver of the Zvornik van' }).waitFor();
    requestUrl = sender.url();
    expect(await sender.getByTestId('request-status').textContent()).toBe('Sent');
    expect(await sender.getByTestId('acknowledgement').textContent()).toBe('not yet');
  });

  it('reaches the desk on top, is acknowledged and answered with two shared fields', async () => {
    await signInAs(duty, server.url, 'duty.ba');
    const bell = duty.getByTestId('notifications-bell');
    await expect.poll(() => bell.textContent()).toContain('1 unread notification');
    await duty.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Requests' }).click();
    const first = duty.getByRole('row').nth(1);
    await expect.poll(() => first.textContent()).toContain('Urgent alert, not acknowledged');
    expect(await first.textContent()).toContain('Driver of the Zvornik van');
    await first.getByRole('link', { name: 'Driver of the Zvornik van' }).click();
    await duty.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => duty.getByTestId('request-status').textContent()).toBe('Acknowledged');

    await duty.getByRole('button', { name: 'Share fields of a record' }).click();
    const dialog = duty.getByRole('dialog', { name: 'Share fields of a record' });
    await dialog.getByLabel(/Find one of your persons/).fill('Dragan Simić');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByRole('button', { name: 'Choose' }).first().click();
    await dialog.getByLabel('Name', { exact: true }).check();
    await dialog.getByLabel('Birth date').check();
    expect(await seriousAccessibilityViolations(duty)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add to the reply' }).click();
    await duty
      .getByLabel('Your reply')
      .fill('We know him: he crossed at Karakaj on 2 May with two passengers.');
    await duty.getByRole('button', { name: 'Send the reply' }).click();
    await expect.poll(() => duty.getByTestId('request-status').textContent()).toBe('Answered');
  });

  it('shows the sender when and by whom it was acknowledged, and the shared fields', async () => {
    await sender.goto(requestUrl);
    await expect.poll(() => sender.getByTestId('request-status').textContent()).toBe('Answered');
    const acknowledgement = (await sender.getByTestId('acknowledgement').textContent()) ?? '';
    expect(acknowledgement).toMatch(/^by Demo Border police duty officer BA, .*\d{1,2}:\d{2}/);
    const shared = sender.getByRole('region', { name: 'Shared' });
    const text = (await shared.textContent()) ?? '';
    expect(text).toContain('Dragan Simić');
    expect(text).toContain('1983-07-09');
    expect(text).toMatch(
      /Shared by Granična policija Bosne i Hercegovine \(BA\), Demo Border police duty officer BA/,
    );
    // Only the two fields picked crossed over: not the phone, not the notes.
    expect(await sender.content()).not.toContain('404 505');
    expect(await sender.content()).not.toContain('Zvornik network');
    expect(await seriousAccessibilityViolations(sender)).toEqual([]);
  });

  it('is not there for a Serbian investigator', async () => {
    const serbian = await newBrowserPage();
    await signInAs(serbian, server.url, 'investigator.rs');
    await serbian.goto(requestUrl);
    await serbian.getByRole('alert').waitFor();
    expect(await serbian.getByRole('alert').textContent()).toMatch(/not found/i);
    expect(await serbian.content()).not.toContain('Zvornik');
    await serbian.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Requests' }).click();
    await serbian.getByText('No requests here.').waitFor();
  });
});
