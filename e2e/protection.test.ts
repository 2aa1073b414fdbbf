/**
 * Victim protection across a border, in four languages (issue 16): a screening in North Macedonia
 * refers a presumed victim to social welfare; the MK caseworker (in Macedonian) opens the case from
 * the referral, records the person's consents and the reasonable-grounds decision; the supervisor
 * (in English) approves it; the caseworker sees the reflection period's last day and refers the
 * person to a shelter, whose caseworker (in Albanian) sees only what a shelter needs and accepts;
 * the person moves on to Serbia: with consent for the transfer, the Serbian caseworker (in Serbian)
 * accepts it and sees the consented fields only; an MK investigator cannot open the case.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIGNETTES } from '../packages/core/src/screening/rapid-v2/vignettes.ts';
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
let caseworker: Page;
let requestId: string;
let caseId: string;
let ngoId: string;
let rsSocialId: string;

/** The control of the form whose label's own words are exactly these (not its options' words). */
const field = (scope: Locator, words: string) =>
  scope
    .locator('label')
    .filter({ has: scope.page().locator(`span:text-is("${words}")`) })
    .locator('select, input, textarea')
    .first();

/** Another user, in their own browser (their own session), in their own language. */
async function asOther<T>(username: string, language: string, work: (page: Page) => Promise<T>): Promise<T> {
  const other = await launchChromium();
  try {
    const page = await other.browser.newPage();
    await signInAs(page, server.url, username);
    await page.locator('.language select').first().selectOption(language);
    return await work(page);
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
  caseworker = await chromium.browser.newPage();
  // The screening in MK: a man deceived about work abroad, passport kept, unpaid.
  const vignette = VIGNETTES.find((v) => v.id === 'workers-deceived-passports-kept-factory-site')!;
  const screener = await server.test.signIn('screener.mk');
  const { instruments } = (await screener.get('/api/instruments')).json();
  const v2 = instruments.find((i: { version: number }) => i.version === 2) ?? instruments[0];
  const screeningId = crypto.randomUUID();
  const screening = await screener.post('/api/screenings', {
    id: screeningId,
    instrumentId: v2.id,
    interviewLanguage: 'fa',
    screenerLanguage: 'mk',
    conductedAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: 'Транзитен центар Винојуг',
    consent: true,
    answers: vignette.answers,
  });
  expect(screening.statusCode, screening.body).toBe(201);
  expect(screening.json().outcome).toBe('presumed_victim');
  const mkCaseworker = await server.test.signIn('caseworker.mk');
  const referral = await screener.post('/api/requests', {
    type: 'victim_referral',
    toAgencyId: mkCaseworker.me.agency.id,
    subject: 'Упатување: претпоставена жртва, Винојуг',
    body: 'Ве молиме за формална идентификација; скринингот е поврзан.',
    priority: 'high',
    handlingCode: 'H2',
    language: 'mk',
    links: [{ kind: 'screening', id: screeningId }],
  });
  expect(referral.statusCode, referral.body).toBe(201);
  requestId = referral.json().id;
  ngoId = (await mkCaseworker.get('/api/directory?jurisdiction=MK&agencyType=ngo')).json().agencies[0].id;
  rsSocialId = (await server.test.signIn('caseworker.rs')).me.agency.id;
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a presumed victim referred in North Macedonia', () => {
  it('gets a protection case, opened by the MK caseworker from the referral, with a supervisor', async () => {
    await signInAs(caseworker, server.url, 'caseworker.mk');
    await caseworker.locator('.language select').first().selectOption('mk');
    await caseworker.goto(`${server.url}/requests/${requestId}`);
    const open = caseworker.getByTestId('open-protection-case');
    await open.getByText('Отвори случај за заштита за ова лице').click();
    await open.getByLabel('Име', { exact: true }).fill('Tuan');
    await open.getByLabel('Презиме', { exact: true }).fill('Nguyen Van');
    await open.getByLabel('Супервизор').selectOption({ label: 'Demo Caseworker supervisor MK' });
    await open.getByRole('button', { name: 'Отвори случај' }).click();
    await expect.poll(() => caseworker.locator('h1').textContent()).toBe('Tuan Nguyen Van');
    caseId = caseworker.url().split('/').at(-1)!;
    const view = (
      await (await server.test.signIn('caseworker.mk')).get(`/api/protection-cases/${caseId}`)
    ).json();
    expect(view).toMatchObject({ referralRequestId: requestId, screeningId: expect.any(String) });
    expect(view.supervisor.name).toBe('Demo Caseworker supervisor MK');
    expect(await seriousAccessibilityViolations(caseworker)).toEqual([]);
  });

  it('records the consents to a shelter and to a transfer to Serbia, in the person’s language, witnessed', async () => {
    const form = caseworker.getByTestId('consent-form');
    for (const consent of [
      { purpose: 'service_referral', agency: ngoId },
      { purpose: 'cross_border_transfer', jurisdiction: 'RS' },
    ]) {
      if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
      await field(form, 'Цел').selectOption(consent.purpose);
      if (consent.agency) await field(form, 'Агенција').selectOption(consent.agency);
      if (consent.jurisdiction) await field(form, 'Јурисдикција').selectOption(consent.jurisdiction);
      await form.getByLabel('Сведок').fill('Преведувач, Транзитен центар Винојуг');
      await form.getByRole('button', { name: 'Запиши согласност' }).click();
      await expect
        .poll(async () => (await caseworker.getByTestId('consents').textContent()) ?? '')
        .toContain(consent.jurisdiction ? 'Србија' : 'Отворена порта');
    }
  });

  it('takes the reasonable-grounds decision, which waits for the supervisor, the person not to be removed meanwhile', async () => {
    const decide = caseworker.getByTestId('reasonable-grounds');
    await decide.getByLabel('Образложение').fill('Измамен за работата, пасошот одземен, неплатен труд.');
    await decide.getByRole('button', { name: 'Запиши', exact: true }).click();
    await expect.poll(() => caseworker.getByTestId('approvals').textContent()).toContain('Чека одобрување');
    expect(await caseworker.getByTestId('reflection-pending').textContent()).toContain('Без отстранување');
  });

  it('is approved by the supervisor (in English), starting the reflection period', async () => {
    await asOther('supervisor.mk', 'en', async (page) => {
      // Told in the app, with the way to the case.
      await page.goto(`${server.url}/notifications`);
      const link = page.locator(`a[href="/protection/${caseId}"]`).first();
      await expect.poll(() => link.textContent()).toBe('open the case');
      await link.click();
      await expect.poll(() => page.url()).toContain(`/protection/${caseId}`);
      const approvals = page.getByTestId('approvals');
      await approvals.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => approvals.textContent()).toContain('Approved');
      await expect.poll(() => page.getByTestId('reflection').textContent()).toContain('No removal until');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  });

  it('shows the caseworker the last day of the reflection period, 30 days on', async () => {
    await caseworker.reload();
    const reflection = caseworker.getByTestId('reflection');
    await expect.poll(() => reflection.textContent()).toContain('Без отстранување до');
    expect(await reflection.textContent()).toContain('уште 29 дена');
    const view = (
      await (await server.test.signIn('caseworker.mk')).get(`/api/protection-cases/${caseId}`)
    ).json();
    const last = new Date(Date.now() + 29 * 86_400_000);
    expect(view.reflection.lastDay).toBe(last.toISOString().slice(0, 10));
    expect(await reflection.textContent()).toContain(String(last.getUTCDate()));
  });

  it('refers the person to a shelter, which sees only what a shelter needs and accepts (in Albanian)', async () => {
    const refer = caseworker.getByTestId('refer-form');
    await refer.locator('summary').click();
    await field(refer, 'Давател').selectOption(ngoId);
    await refer.getByRole('button', { name: 'Упати на услуга' }).click();
    await expect
      .poll(() => caseworker.getByTestId('service-referral').first().textContent())
      .toContain('Предложено');
    await asOther('shelter.mk', 'sq', async (page) => {
      await page.goto(`${server.url}/protection/services`);
      const item = page.getByTestId('service-referral').filter({ hasText: 'Tuan' });
      await expect.poll(() => item.count()).toBe(1);
      const shown = (await item.textContent()) ?? '';
      expect(shown).toContain('Strehim');
      expect(shown).not.toContain('Nguyen Van');
      await item.getByRole('button', { name: 'Prano' }).click();
      await expect.poll(() => item.textContent()).toContain('Pranuar');
      // The shelter never opens the case itself.
      await page.goto(`${server.url}/protection/${caseId}`);
      await expect
        .poll(() => page.locator('[role="alert"], [data-testid="not-for-role"]').count())
        .toBeGreaterThan(0);
      expect(await page.locator('main').textContent()).not.toContain('Nguyen');
    });
    await caseworker.reload();
    await expect
      .poll(() => caseworker.getByTestId('service-referral').first().textContent())
      .toContain('Прифатено');
  });

  it('hands the case over to Serbia with the consented fields, accepted there without a new interview', async () => {
    const transfer = caseworker.getByTestId('transfer-form');
    await transfer.locator('summary').click();
    await field(transfer, 'Јурисдикција').selectOption('RS');
    await field(transfer, 'Агенција што прима').selectOption(rsSocialId);
    // The person agreed to their first name, language and age group travelling, not their family name.
    await transfer.getByLabel('Презиме', { exact: true }).uncheck();
    await transfer.getByLabel('Датум на раѓање', { exact: true }).uncheck();
    await transfer.getByRole('button', { name: 'Предложи трансфер' }).click();
    await expect.poll(() => caseworker.getByTestId('transfers').textContent()).toContain('Чека одговор');

    const opened = await asOther('caseworker.rs', 'sr-Latn', async (page) => {
      await page.goto(`${server.url}/protection/transfers`);
      const item = page.getByTestId('incoming-transfer').filter({ hasText: 'Tuan' });
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.textContent()).toContain('Severna Makedonija');
      expect(await item.textContent()).not.toContain('Nguyen');
      await item.getByRole('button', { name: 'Prihvati i otvori slučaj' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Tuan');
      expect(await page.getByTestId('origin').textContent()).toContain('Preuzet iz: Severna Makedonija');
      expect(await page.locator('main').textContent()).not.toContain('Nguyen');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      return page.url().split('/').at(-1)!;
    });
    const rsView = (
      await (await server.test.signIn('caseworker.rs')).get(`/api/protection-cases/${opened}`)
    ).json();
    expect(rsView).toMatchObject({
      givenNames: 'Tuan',
      familyNames: null,
      birthDate: null,
      originJurisdiction: 'MK',
    });
    await caseworker.reload();
    await expect.poll(() => caseworker.getByTestId('transfers').textContent()).toContain('Прифатен');
  });

  it('stays closed to an MK investigator', async () => {
    await asOther('investigator.mk', 'en', async (page) => {
      await page.goto(`${server.url}/protection/${caseId}`);
      await expect.poll(() => page.getByText('Not for your role').count()).toBe(1);
      expect(await page.locator('main').textContent()).not.toContain('Tuan');
    });
    const investigator = await server.test.signIn('investigator.mk');
    expect([403, 404]).toContain((await investigator.get(`/api/protection-cases/${caseId}`)).statusCode);
  });
});

describe('a caseworker without a second factor', () => {
  it('sees only the account page, saying why, until an authenticator is set up', async () => {
    const admin = await server.test.signIn('admin.mk');
    const created = await admin.post('/api/users', {
      username: 'nova.socijalna.mk',
      displayName: 'Nova Socijalna',
      agencyId: (await server.test.signIn('caseworker.mk')).me.agency.id,
      roles: ['caseworker'],
      password: 'correct horse battery staple',
    });
    expect(created.statusCode, created.body).toBe(201);
    const other = await launchChromium();
    try {
      const page = await other.browser.newPage();
      await signInAs(page, server.url, 'nova.socijalna.mk', 'correct horse battery staple');
      await page.goto(`${server.url}/protection`);
      await expect.poll(() => page.getByTestId('second-factor-required').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/account');
      expect(await page.locator('nav.sidenav a').count()).toBe(0);
      expect(await page.getByTestId('protection-cases').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
