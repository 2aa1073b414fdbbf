/**
 * An investigator records a case with two people, a phone, a vehicle and a two-leg route, sees the
 * route on the map, finds one person by typing the name in the other script; an investigator of
 * another jurisdiction can neither find nor open it.
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
let caseUrl = '';

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const signIn = (p: Page, username: string) => signInAs(p, server.url, username);

async function addPerson(
  given: string,
  family: string,
  extra: { birthDate?: string; nationality?: string; phone?: string; role: string },
) {
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Given names').fill(given);
  await form.getByLabel('Family names').fill(family);
  if (extra.birthDate) await form.getByLabel(/^Birth date/).fill(extra.birthDate);
  if (extra.nationality) await form.getByLabel(/^Nationality/).fill(extra.nationality);
  if (extra.phone) await form.getByLabel('Phone').fill(extra.phone);
  await form.getByLabel('Role', { exact: true }).selectOption(extra.role);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByTestId('case-people').textContent()).toContain(`${given} ${family}`);
}

describe('an investigator records a case', () => {
  it('opens a case, with messages in their language for what is wrong', async () => {
    await signIn(page, 'investigator.rs');
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('button', { name: 'Open a case' }).click();
    const form = page.getByRole('form', { name: 'Open a case' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.textContent()).toContain('Fill in this field.');
    // The first wrong field has the focus, so its message is in view.
    await expect
      .poll(() => form.getByLabel('Title').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await form.getByLabel('Title').fill('Van with twelve migrants near Šid');
    await form.getByLabel('Concealment in a vehicle').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/RS-\d{4}-\d{4} · Van with twelve migrants/);
    caseUrl = page.url();
  });

  it('adds two people, one with a phone, and a vehicle', async () => {
    await addPerson('Марко', 'Ђорђевић', {
      birthDate: '1984-05-02',
      nationality: 'RS',
      phone: '064 123 4567',
      role: 'suspect',
    });
    await addPerson('Mohammad Reza', 'Ahmadi', {
      birthDate: '2007',
      nationality: 'AF',
      role: 'smuggled_migrant',
    });
    expect(await page.getByTestId('case-people').textContent()).toContain('+381 64 1234567');
    await page.getByRole('button', { name: 'Add a vehicle' }).click();
    const form = page.getByRole('form', { name: 'Add a vehicle' });
    await form.getByLabel('Plate').fill('NS 123-EK');
    await form.getByLabel('Make').fill('Mercedes');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('case-vehicles').textContent()).toContain('NS 123-EK');
  });

  it('records a two-leg route and sees it on the map', async () => {
    await page.getByRole('button', { name: 'Edit the route' }).click();
    const form = page.getByRole('form', { name: 'Edit the route' });
    const leg1 = form.getByRole('group', { name: 'Leg 1' });
    await leg1.getByLabel('From (place)').fill('Gevgelija');
    await leg1.getByLabel('From (country)').fill('MK');
    await leg1.getByLabel('To (place)').fill('Preševo');
    await leg1.getByLabel('To (country)').fill('RS');
    await leg1.getByLabel('Border crossing').selectOption('mk-rs-tabanovce-presevo');
    await leg1.getByLabel('Fee paid').fill('500');
    await form.getByRole('button', { name: 'Add a leg' }).click();
    const leg2 = form.getByRole('group', { name: 'Leg 2' });
    await leg2.getByLabel('From (place)').fill('Šid');
    await leg2.getByLabel('From (country)').fill('RS');
    await leg2.getByLabel('To (country)').fill('HR');
    await leg2.getByLabel('Border crossing').selectOption('rs-hr-sid-tovarnik');
    await leg2.getByLabel('Facilitated by').selectOption({ label: 'Марко Ђорђевић' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('route-timeline').locator('li').count()).toBe(2);
    const map = page.getByTestId('route-map');
    await expect.poll(() => map.locator('[data-crossing]').count()).toBe(2);
    expect(await map.locator('[data-crossing="rs-hr-sid-tovarnik"]').textContent()).toContain('Šid');
    await expect.poll(() => map.locator('path').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  });

  it('changes the case’s status and attaches a file', async () => {
    await page.getByRole('button', { name: 'Edit case' }).click();
    const form = page.getByRole('form', { name: 'Edit case' });
    await form.getByLabel('Status', { exact: true }).selectOption('under_investigation');
    await form.getByLabel('Under investigation since').fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.lead').first().textContent()).toContain('Under investigation');
    await page.getByLabel('Attach a file', { exact: true }).setInputFiles({
      name: 'statement.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await expect.poll(() => page.getByTestId('case-attachments').textContent()).toContain('statement.pdf');
    expect(await page.getByTestId('case-attachments').textContent()).toContain('application/pdf');
  });

  it('records a recruitment event and exports the case in HTCDS', async () => {
    await page.getByRole('button', { name: 'Add an event' }).click();
    const form = page.getByRole('form', { name: 'Add an event' });
    await form.getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)').fill('2025-12');
    await form.getByLabel('Place').fill('Herat');
    await form.getByLabel('Country', { exact: true }).fill('AF');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('case-events').textContent()).toContain('Herat');
    const href = await page.getByRole('link', { name: 'Export (HTCDS) JSON' }).getAttribute('href');
    const exported = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(exported.standard).toBe('HTCDS');
    expect(exported.cases[0].historicTraffickingEvents[0]).toMatchObject({
      hte_Type: 'Recruitment',
      hte_City: 'Herat',
    });
  });

  it('finds a person by typing the name in the other script, and opens the record with a purpose', async () => {
    await page
      .getByRole('searchbox', { name: 'Search people, phones, documents and plates' })
      .fill('Djordjevic');
    await page.getByRole('button', { name: 'Search' }).click();
    const hits = page.getByTestId('search-hits');
    await expect.poll(() => hits.textContent()).toContain('Марко Ђорђевић');
    expect(await hits.textContent()).toContain('name');
    await hits.getByRole('link', { name: 'Марко Ђорђевић' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Марко Ђорђевић');
    expect(await page.locator('main').textContent()).toContain('Van with twelve migrants');
  });

  it('adds an alias to the person, checked like the rest', async () => {
    await page.getByRole('button', { name: 'Edit the record' }).click();
    const form = page.getByRole('form', { name: 'Edit the record' });
    await form.getByRole('button', { name: 'Add a name' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.textContent()).toContain('Fill in this field.');
    await form.getByLabel('Given names', { exact: true }).nth(1).fill('Marko');
    await form.getByLabel('Family names', { exact: true }).nth(1).fill('Djordjevic');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('Marko Djordjevic');
    expect(await page.locator('.facts').textContent()).toContain('alias');
  });
});

describe('importing a unit’s spreadsheet', () => {
  it('previews the file, maps its columns, checks every row, reports the bad one, and imports the rest', async () => {
    await page.goto(`${server.url}/cases`);
    await page.getByRole('link', { name: 'Import persons from a spreadsheet' }).click();
    const csv =
      'Ref,Ime,Prezime,Rođen,Telefon\nU1,Jovana,Ilić,12.03.1991,064 555 1234\nU2,,,1990,\nU3,Ahmad,Karimi,2004,\n';
    await page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('Jovana');
    // The region's usual headers are mapped by themselves; the identifier is chosen by the user.
    expect(await page.getByLabel('Given names', { exact: true }).inputValue()).toBe('Ime');
    expect(await page.getByLabel('Family names', { exact: true }).inputValue()).toBe('Prezime');
    expect(await page.getByLabel('Birth date', { exact: true }).inputValue()).toBe('Rođen');
    expect(await page.getByLabel('Phone', { exact: true }).inputValue()).toBe('Telefon');
    await page.getByLabel(/^Row identifier/).selectOption('Ref');
    await page.getByLabel('Dates are written').selectOption('day_first');
    await page.getByRole('button', { name: 'Check every row' }).click();
    // A check is worded as a check, not as a failed import.
    await expect
      .poll(() => page.getByTestId('import-checked').textContent())
      .toBe('Check only: of 3 rows, 2 can be imported (0 of them already were), 1 would be refused.');
    expect(await page.getByTestId('import-status').locator('.error').count()).toBe(0);
    expect(await page.getByTestId('import-rejected').textContent()).toContain('Line 3');
    await page.getByLabel('Import the good rows even if some are rejected').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('3 rows: 2 imported');
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
  });
});

describe('another jurisdiction', () => {
  it('cannot find or open the case or its people', async () => {
    const other = await launchChromium();
    try {
      const albanian = await other.browser.newPage();
      await signIn(albanian, 'investigator.al');
      await albanian.goto(`${server.url}/search?q=Djordjevic`);
      await expect.poll(() => albanian.locator('main').textContent()).toContain('Nothing found.');
      await albanian.goto(caseUrl.replace(/^https?:\/\/[^/]+/, server.url));
      await expect.poll(() => albanian.getByRole('alert').textContent()).toContain('Not found');
    } finally {
      await other.close();
    }
  });
});
