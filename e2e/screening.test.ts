/**
 * A Serbian screener at a reception centre interviews a man in Pashto: the interface stays in
 * Serbian, the consent and the questions are read in Pashto, right to left. His answers show a
 * presumed victim, with the explanation; the screener refers him to social welfare, and the
 * caseworker there can open the screening.
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

async function answer(question: string, value: string) {
  await page.getByTestId(`question-${question}`).locator(`input[value="${value}"]`).check();
}

describe('a screening in Pashto with a Serbian interface', () => {
  it('reads consent and questions in Pashto, right to left, with the Serbian beside them', async () => {
    await signInAs(page, server.url, 'screener.rs');
    await page.getByLabel('Language', { exact: true }).selectOption('sr-Latn');
    await page.goto(`${server.url}/screening/new`);
    await page.getByLabel('Jezik razgovora').selectOption('ps');
    await page.getByRole('button', { name: 'Počni' }).click();
    const consent = page.locator('blockquote .spoken');
    await expect.poll(() => consent.getAttribute('dir')).toBe('rtl');
    expect(await consent.textContent()).toContain('ایا تاسو موافق یاست');
    expect(await consent.textContent()).toContain('neproveren prevod');
    await page.getByRole('button', { name: 'Osoba pristaje' }).click();

    await page.getByTestId('question-age').locator('input').fill('24');
    const age = (await page.getByTestId('question-age').textContent()) ?? '';
    expect(age).toContain('تاسو څو کلن یاست؟');
    expect(age).toContain('Koliko imate godina?');
    expect(await page.getByText('Odeljak 1 od 6').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dalje' }).click();
  });

  it('shows the questions that follow from earlier answers, and goes back without losing any', async () => {
    expect(await page.getByTestId('question-offer_true').count()).toBe(0);
    await answer('offered', 'yes');
    await answer('offer_true', 'no');
    await answer('conditions_true', 'no');
    await page.getByRole('button', { name: 'Nazad' }).click();
    expect(await page.getByTestId('question-age').locator('input').inputValue()).toBe('24');
    await page.getByRole('button', { name: 'Dalje' }).click();
    expect(await page.getByTestId('question-offer_true').locator('input[value="no"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Dalje' }).click();
    await page.getByRole('button', { name: 'Dalje' }).click();

    expect(await page.getByTestId('question-hours_per_day').count()).toBe(0);
    await answer('worked', 'yes');
    await page.getByTestId('question-hours_per_day').locator('input').fill('14');
    await answer('paid', 'not_at_all');
    await answer('free_to_leave', 'no');
    await answer('working_off_debt', 'yes');
    await page.getByRole('button', { name: 'Dalje' }).click();
    await page.getByRole('button', { name: 'Dalje' }).click();
    await page.getByRole('button', { name: 'Vidi rezultat' }).click();
  });

  it('gives presumed victim with its explanation, saved on the server', async () => {
    const outcome = page.getByTestId('outcome');
    await expect.poll(() => outcome.textContent()).toContain('Pretpostavljena žrtva trgovine ljudima');
    expect(await page.getByTestId('element-deception').textContent()).toMatch(/Sredstvo: obmana: pozitivan/);
    expect(await page.getByTestId('element-exploitation').textContent()).toContain(
      'Rad 12 sati dnevno ili više',
    );
    expect(await page.getByTestId('element-coercion').textContent()).toContain(
      'Teran da radom otplaćuje dug',
    );
    // The answers that decided it, in the order they were asked.
    const decisive = (await page.getByTestId('decisive').textContent()) ?? '';
    expect(decisive).toContain('Koliko sati dnevno ste obično radili?');
    expect(decisive.indexOf('posao')).toBeLessThan(decisive.indexOf('Koliko sati'));
    // Each action says which agency of the jurisdiction provides it (its referral pathway, which
    // may arrive a moment after the result on a busy server).
    await expect
      .poll(async () => (await page.getByTestId('actions').textContent()) ?? '')
      .toMatch(/Bezbedan smeštaj → .+uputi tamo/);
    const actions = (await page.getByTestId('actions').textContent()) ?? '';
    expect(actions).toContain('Uputiti na formalnu identifikaciju');
    await expect.poll(() => page.getByTestId('sync-state').textContent()).toBe('Sačuvano.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates the referral to social welfare, and the caseworker there can open the screening', async () => {
    // The caseworkers of Serbian social welfare receive it.
    const caseworker = await server.test.signIn('caseworker.rs');
    const social = caseworker.me.agency;
    await page.getByRole('link', { name: 'Napravi upućivanje' }).click();
    await page.getByText('Ovaj zahtev upućuje osobu sa skrininga').waitFor();
    // Filled from the screening and the pathways: where its first action leads, how urgent a
    // presumed victim (an adult) is, a victim's handling code, the screener's language.
    await expect.poll(() => page.getByLabel('Jurisdikcija').inputValue()).toBe('RS');
    const agency = page.getByLabel('Agencija', { exact: true });
    await expect.poll(() => agency.inputValue()).not.toBe('');
    await expect.poll(() => page.getByLabel('Prioritet', { exact: true }).inputValue()).toBe('high');
    expect(await page.getByLabel('Oznaka postupanja', { exact: true }).inputValue()).toBe('H2');
    expect(await page.getByLabel('Jezik teksta', { exact: true }).inputValue()).toBe('sr');
    expect(await page.getByLabel('Predmet', { exact: true }).inputValue()).toMatch(
      /^Upućivanje: Pretpostavljena žrtva, skrining od/,
    );
    await expect.poll(() => agency.locator(`option[value="${social.id}"]`).count()).toBe(1);
    await agency.selectOption(social.id);
    await page.getByLabel('Predmet', { exact: true }).fill('Pretpostavljena žrtva, prihvatni centar Preševo');
    await page.getByLabel('Poruka').fill('Molimo formalnu identifikaciju; skrining je povezan.');
    await page.getByRole('button', { name: 'Pošalji', exact: true }).click();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Poslat');

    const { requests } = (await caseworker.get('/api/requests?box=inbox')).json();
    expect(requests).toHaveLength(1);
    const thread = (await caseworker.get(`/api/requests/${requests[0].id}`)).json();
    const link = thread.links.find((l: { kind: string }) => l.kind === 'screening');
    const screening = await caseworker.get(`/api/screenings/${link.id}`);
    expect(screening.statusCode).toBe(200);
    expect(screening.json()).toMatchObject({ outcome: 'presumed_victim', interviewLanguage: 'ps' });
  });
});

describe('a screening finished with no network', () => {
  let offline: LaunchedBrowser;
  let tab: Page;
  let id: string;

  afterAll(() => offline?.close());

  it('is kept on the device, encrypted, through a reload with no network', async () => {
    offline = await launchChromium();
    tab = await offline.browser.newPage();
    // Another frontline worker: the first chose Serbian, which their account remembers.
    await signInAs(tab, server.url, 'caseworker.rs');
    await tab.goto(`${server.url}/screening/new`);
    // Once the service worker controls the page, a reload puts the app and the instrument in its cache.
    await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tab.reload();
    await expect.poll(() => tab.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await tab.getByLabel('Language of the interview').selectOption('ps');
    await tab.getByRole('button', { name: 'Start' }).click();
    await tab.getByRole('button', { name: 'The person agrees' }).click();
    await tab.getByTestId('question-age').locator('input').fill('16');
    await tab.getByTestId('question-travelling_with').locator('input[value="alone"]').check();

    await offline.browser.setOffline(true);
    await tab.getByRole('button', { name: 'Next' }).click();
    await tab.getByRole('button', { name: 'Next' }).click();
    await tab.getByTestId('question-paid_smuggler').locator('input[value="yes"]').check();
    for (let section = 3; section < 6; section++) await tab.getByRole('button', { name: 'Next' }).click();
    await tab.getByRole('button', { name: 'See the result' }).click();
    // An unaccompanied child about whom little is known yet: screen again, and child protection now.
    await expect
      .poll(() => tab.getByTestId('outcome').textContent())
      .toContain('Not enough information to decide');
    expect(await tab.getByTestId('screen-again').textContent()).toContain('Before you left');
    await expect
      .poll(async () => (await tab.getByTestId('actions').textContent()) ?? '')
      .toContain('Child protection services');
    await expect
      .poll(() => tab.getByTestId('sync-state').textContent())
      .toBe('Saved on this device; it will be sent when the network is back.');

    // What waits is encrypted: no answer can be read from the device's store.
    const stored = await tab.evaluate(async () => {
      const request = indexedDB.open('veza-offline');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all: { id: string; data: ArrayBuffer }[] = await new Promise((resolve) => {
        const get = db.transaction('outbox').objectStore('outbox').getAll();
        get.onsuccess = () => resolve(get.result);
      });
      return all.map((s) => ({ id: s.id, text: new TextDecoder().decode(s.data) }));
    });
    expect(stored).toHaveLength(1);
    id = stored[0]!.id;
    expect(stored[0]!.text).not.toContain('paid_smuggler');
    expect(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'veza.locale'))).toEqual(
      [],
    );

    const reloaded = await tab.reload();
    // With no network, the page comes from the service worker.
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // The list's page was never opened: its code comes from what the service worker kept at install.
    await tab.goto(`${server.url}/screening`);
    await expect
      .poll(() => tab.getByTestId('waiting').textContent())
      .toContain('1 screening waiting to be sent');
    const { rows } = await server.test.database.owner(
      `select count(*)::int as n from screenings where id = '${id}'`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('reaches the server once when the network is back, and leaves the device', async () => {
    await offline.browser.setOffline(false);
    await expect
      .poll(async () => {
        const { rows } = await server.test.database.owner(
          `select count(*)::int as n from screenings where id = '${id}'`,
        );
        return rows[0]!.n;
      })
      .toBe(1);
    await expect.poll(() => tab.getByTestId('waiting').count()).toBe(0);
    const { rows } = await server.test.database.owner(
      `select outcome, interview_language from screenings where id = '${id}'`,
    );
    expect(rows[0]).toEqual({ outcome: 'not_enough_information', interview_language: 'ps' });
    const audit = await server.test.database.owner(
      `select count(*)::int as n from audit_log where record_type = 'screening' and record_id = '${id}' and action = 'create'`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });
});

describe('a separated girl screened twice with version 2, in Arabic with a Bosnian interface', () => {
  let browser: LaunchedBrowser;
  let tab: Page;
  const pick = (question: string, value: string) =>
    tab.getByTestId(`question-${question}`).locator(`input[value="${value}"]`).check();
  const next = () => tab.locator('.interview .actions button').last().click();

  /** Starts an interview in Arabic and answers the first section: 16, with an unrelated adult. */
  async function begin() {
    await tab.goto(`${server.url}/screening/new`);
    await tab.locator('.interview select').first().selectOption('ar');
    await tab.locator('.interview .actions button').first().click();
    await tab.locator('.interview .actions button').first().click();
    await tab.getByTestId('question-age').locator('input').fill('16');
    await pick('travelling_with', 'unrelated_adult');
  }

  afterAll(() => browser?.close());

  it('first says there is not enough information, asks to screen again, and refers her to child protection', async () => {
    browser = await launchChromium();
    tab = await browser.browser.newPage();
    await signInAs(tab, server.url, 'screener.ba');
    await tab.locator('.language select').selectOption('bs');
    await begin();
    const travelling = (await tab.getByTestId('question-travelling_with').textContent()) ?? '';
    expect(travelling).toContain('مع من تسافر؟');
    expect(travelling).toContain('S kim putujete?');
    // She says little: the man stays close. Nothing more is answered: five sections on, then the result.
    for (let click = 0; click < 6; click++) await next();
    await expect
      .poll(() => tab.getByTestId('outcome').textContent())
      .toContain('Nedovoljno informacija za odluku');
    expect(await tab.getByTestId('screen-again').textContent()).toContain(
      'Nema dovoljno odgovora u dijelovima',
    );
    await expect
      .poll(async () => (await tab.getByTestId('actions').textContent()) ?? '')
      .toContain('zaštitu djece');
    await expect.poll(() => tab.getByTestId('sync-state').textContent()).toBe('Sačuvano.');
    expect(await seriousAccessibilityViolations(tab)).toEqual([]);
  });

  it('screened again in private, reaches presumed victim, and the referral reaches child protection', async () => {
    await begin();
    await next();
    await pick('recruited_by', 'stranger');
    await pick('offered', 'yes');
    await pick('offer_true', 'no');
    await pick('travel_paid_by_recruiter', 'yes');
    await pick('documents_asked_for', 'yes');
    await next();
    await pick('organised_by_others', 'yes');
    await pick('owes_for_journey', 'yes');
    await pick('forced_or_threatened', 'yes');
    await pick('sex_for_others_gain', 'yes');
    await pick('documents_taken', 'yes');
    await next();
    await pick('worked', 'no');
    await next();
    await pick('obs_afraid_of_companion', 'yes');
    await next();
    await next();
    await expect.poll(() => tab.getByTestId('outcome').textContent()).toContain('Pretpostavljena žrtva');
    await expect.poll(() => tab.getByTestId('sync-state').textContent()).toBe('Sačuvano.');
    const decisive = (await tab.getByTestId('decisive').textContent()) ?? '';
    expect(decisive).toMatch(/seks/);

    // Child protection leads to the agency of Bosnia and Herzegovina's pathway for it.
    const screener = await server.test.signIn('screener.ba');
    const { pathways } = (await screener.get('/api/referral-pathways')).json();
    const childProtection = pathways.find((p: { action: string }) => p.action === 'child_protection').agency;
    const item = tab.getByTestId('actions').locator('li', { hasText: 'zaštitu djece' });
    expect(await item.textContent()).toContain(childProtection.name);
    await item.getByRole('link').click();
    await expect
      .poll(() => tab.getByLabel('Agencija', { exact: true }).inputValue())
      .toBe(childProtection.id);
    // A presumed child victim cannot wait.
    await expect.poll(() => tab.getByLabel('Prioritet', { exact: true }).inputValue()).toBe('urgent');
    await tab
      .getByLabel('Poruka')
      .fill('Djevojka od 16 godina, odvojena od porodice; molimo hitno staratelja.');
    await tab.getByRole('button', { name: 'Pošalji', exact: true }).click();

    const caseworker = await server.test.signIn('caseworker.ba');
    expect(caseworker.me.agency.id).toBe(childProtection.id);
    await expect
      .poll(async () => (await caseworker.get('/api/requests?box=inbox')).json().requests.length)
      .toBe(1);
    const [request] = (await caseworker.get('/api/requests?box=inbox')).json().requests;
    expect(request).toMatchObject({ type: 'victim_referral', priority: 'urgent' });
    const thread = (await caseworker.get(`/api/requests/${request.id}`)).json();
    const link = thread.links.find((l: { kind: string }) => l.kind === 'screening');
    const screening = (await caseworker.get(`/api/screenings/${link.id}`)).json();
    expect(screening).toMatchObject({ outcome: 'presumed_victim', child: true, interviewLanguage: 'ar' });
    expect(screening.instrument.version).toBe(2);
  });
});

describe('referral pathways', () => {
  it('are set by the coordinator on their page, and the result leads there', async () => {
    const browser = await launchChromium();
    try {
      const coordinatorPage = await browser.browser.newPage();
      await signInAs(coordinatorPage, server.url, 'coordinator.rs');
      await coordinatorPage.goto(`${server.url}/screening/pathways`);
      const shelter = coordinatorPage.getByLabel('Agency for: Safe accommodation');
      await expect.poll(() => shelter.inputValue()).not.toBe('');
      const own = (await server.test.signIn('coordinator.rs')).me.agency.id;
      await Promise.all([
        coordinatorPage.waitForResponse((r) => r.url().includes('/api/referral-pathways/shelter') && r.ok()),
        shelter.selectOption(own),
      ]);
      expect(await seriousAccessibilityViolations(coordinatorPage)).toEqual([]);
      const screener = await server.test.signIn('screener.rs');
      const { pathways } = (await screener.get('/api/referral-pathways')).json();
      expect(pathways.find((p: { action: string }) => p.action === 'shelter').agency.id).toBe(own);
    } finally {
      await browser.close();
    }
  });
});

describe('a screening the server would refuse', () => {
  let refusing: LaunchedBrowser;
  let tab: Page;
  const outbox = () =>
    tab.evaluate(async () => {
      const request = indexedDB.open('veza-offline');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('outbox')) return [];
      return new Promise<{ id: string; state: string }[]>((resolve) => {
        const get = db.transaction('outbox').objectStore('outbox').getAll();
        get.onsuccess = () => resolve(get.result.map((s) => ({ id: s.id, state: s.state })));
      });
    });

  afterAll(() => refusing?.close());

  it('is stopped at the wrong answer, with the focus on it, and nothing is queued', async () => {
    refusing = await launchChromium();
    tab = await refusing.browser.newPage();
    await signInAs(tab, server.url, 'screener.rs');
    await tab.locator('.language select').selectOption('sr-Latn');
    // A device whose clock runs an hour ahead: the checks on the device pass, the server refuses.
    await tab.clock.setSystemTime(new Date(Date.now() + 3_600_000));
    await tab.goto(`${server.url}/screening/new`);
    await tab.getByLabel('Jezik razgovora').selectOption('en');
    await tab.getByRole('button', { name: 'Počni' }).click();
    await tab.getByRole('button', { name: 'Osoba pristaje' }).click();
    const age = tab.getByTestId('question-age').locator('input');
    await age.fill('300');
    await tab.getByRole('button', { name: 'Dalje' }).click();
    await expect
      .poll(() => tab.getByTestId('question-age').getByRole('alert').textContent())
      .toBe('Unesite broj od 0 do 120.');
    expect(await age.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await age.getAttribute('aria-invalid')).toBe('true');
    expect(await tab.getByText('Odeljak 1 od 6').count()).toBe(1);
    expect(await outbox()).toEqual([]);
    await age.fill('30');
    await tab.getByRole('button', { name: 'Dalje' }).click();
    await expect.poll(() => tab.getByText('Odeljak 2 od 6').count()).toBe(1);
  });

  it('says how many questions are unanswered before the result, and the result says it is incomplete', async () => {
    for (let section = 2; section < 6; section++) await tab.getByRole('button', { name: 'Dalje' }).click();
    await expect.poll(() => tab.getByTestId('unanswered').textContent()).toMatch(/^\d+ pitanj[ea] još/);
    await tab.getByRole('button', { name: 'Vidi rezultat' }).click();
    await expect.poll(() => tab.getByTestId('incomplete').textContent()).toMatch(/^Nepotpuno: \d+ pitanj/);
  });

  it('shows the server’s refusal as a refusal, keeps it on the device as refused, and stays editable', async () => {
    const state = tab.getByTestId('sync-state');
    await expect.poll(() => state.textContent()).toContain('Server je odbio ovaj skrining');
    expect(await state.getAttribute('role')).toBe('alert');
    expect(await tab.getByRole('link', { name: 'Napravi upućivanje' }).count()).toBe(0);
    const kept = await outbox();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.state).toBe('refused');
    const { rows } = await server.test.database.owner(
      `select count(*)::int as n from screenings where id = '${kept[0]!.id}'`,
    );
    expect(rows[0]!.n).toBe(0);
    // "Correct the answers" leads back into the interview, the refusal (the interview's time, not
    // an answer) said above the first section in the screener's language.
    await state.getByRole('button', { name: 'Ispravi odgovore' }).click();
    await expect.poll(() => tab.getByText('Odeljak 1 od 6').count()).toBe(1);
    expect(await tab.locator('.interview [role="alert"]').first().textContent()).toContain(
      'Razgovor ne može biti u budućnosti',
    );

    // The list says it was refused (not "waiting"), and offers to correct it.
    await tab.goto(`${server.url}/screening`);
    await expect.poll(() => tab.getByTestId('refused').textContent()).toContain('server je odbio');
    expect(await tab.getByTestId('waiting').count()).toBe(0);
    // The clock is right again; the screener opens it, the answers are there, and it is sent.
    await tab.clock.setSystemTime(new Date());
    await tab.getByTestId('refused').getByRole('link', { name: 'Ispravi odgovore' }).click();
    await expect.poll(() => tab.getByTestId('question-age').locator('input').inputValue()).toBe('30');
    for (let section = 1; section < 6; section++) await tab.getByRole('button', { name: 'Dalje' }).click();
    await tab.getByRole('button', { name: 'Vidi rezultat' }).click();
    await expect.poll(() => tab.getByTestId('sync-state').textContent()).toBe('Sačuvano.');
    expect(await outbox()).toEqual([]);
    const saved = await server.test.database.owner(
      `select count(*)::int as n from screenings where id = '${kept[0]!.id}'`,
    );
    expect(saved.rows[0]!.n).toBe(1);
  });
});
