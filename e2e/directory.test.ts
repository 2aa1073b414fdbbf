/**
 * A coordinator signs in, reads Veza in Serbian Cyrillic, finds a contact stored in Cyrillic by
 * typing Latin, and signs out; a wrong password does not sign anyone in. Every page passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  type Page,
  seriousAccessibilityViolations,
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

async function signIn(username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const expectAccessible = async (what: string) => {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
};

describe('signing in and finding a counterpart', () => {
  it('refuses a wrong password with a message and stays signed out', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in to Veza' }).isVisible()).toBe(true);
    await expectAccessible('sign-in page');
    await signIn('coordinator.rs', 'not-the-password');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The username or password is wrong.');
    expect(await page.getByRole('navigation').count()).toBe(0);
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
  });

  it('signs in as coordinator.rs and shows the jurisdiction and role', async () => {
    await signIn('coordinator.rs', 'veza-demo-2026');
    const identity = page.getByTestId('identity');
    await expect.poll(() => identity.textContent()).toContain('RS');
    expect(await identity.textContent()).toContain('Coordinator');
    expect(await page.getByRole('link', { name: 'Directory' }).isVisible()).toBe(true);
    await expectAccessible('directory page');
  });

  it('switches to Serbian Cyrillic and shows Cyrillic navigation', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('sr-Cyrl');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.textContent()).toContain('Именик');
    expect(await nav.textContent()).toContain('Предмети');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sr-Cyrl');
  });

  it('finds a contact stored in Cyrillic by typing Latin', async () => {
    const results = page.getByTestId('contact-results');
    // Before the search, the whole region is listed.
    await expect.poll(() => results.getByRole('article').count()).toBeGreaterThan(10);
    await page.getByRole('searchbox', { name: 'Име, функција или агенција' }).fill('Djordjevic');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=Djordjevic');
    await expect.poll(() => results.getByRole('article').count(), { timeout: 10_000 }).toBe(1);
    expect(await results.textContent()).toContain('Марко Ђорђевић');
    await expectAccessible('directory with results');
  });

  it('opens the agency of a contact', async () => {
    await page.getByTestId('contact-results').getByRole('link', { name: 'Управа граничне полиције' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Управа граничне полиције');
    await expectAccessible('agency page');
  });

  it('shows honest empty states for what is still to come, and the audit log', async () => {
    await page.getByRole('link', { name: 'Предмети' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Предмети');
    await expectAccessible('coming page');
    await page.getByRole('link', { name: 'Дневник ревизије' }).click();
    await expect
      .poll(() => page.locator('table').textContent(), { timeout: 10_000 })
      .toContain('coordinator.rs');
    await expectAccessible('audit page');
    await page.getByRole('link', { name: 'Demo Coordinator RS' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Мој налог');
    await expectAccessible('account page');
  });

  it('signs out, and remembers the language for the next sign-in', async () => {
    await page.getByRole('button', { name: 'Одјава' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Пријави се' }).isVisible()).toBe(true);
    expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await signIn('coordinator.rs', 'veza-demo-2026');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Именик');
  });

  it('can be used with the keyboard alone: the first Tab reaches the skip link, which moves to the content', async () => {
    await page.goto(`${server.url}/directory`);
    await expect.poll(() => page.getByRole('navigation').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('a session that ends on the server', () => {
  it('brings the user back to the sign-in form, saying why', async () => {
    await page.goto(`${server.url}/directory`);
    // Every request of the page has answered before the session is revoked, so the next is the click's.
    await expect.poll(() => page.getByTestId('contact-results').isVisible(), { timeout: 10_000 }).toBe(true);
    await server.test.database.owner('update sessions set revoked_at = now() where revoked_at is null');
    await page.getByRole('link', { name: 'Дневник ревизије' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('сесија');
    expect(await page.getByRole('button', { name: 'Пријави се' }).isVisible()).toBe(true);
  });
});

describe('an administrator', () => {
  it('adds an agency and a contact point to it, which the directory then finds', async () => {
    const context = await launchChromium();
    try {
      const admin = await context.browser.newPage();
      await admin.goto(server.url);
      await admin.getByLabel('Username').fill('admin.me');
      await admin.getByLabel('Password').fill('veza-demo-2026');
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await admin.getByRole('button', { name: 'Add an agency' }).click();
      const agencyForm = admin.getByRole('form', { name: 'Add an agency' });
      await agencyForm.getByLabel('Name', { exact: true }).fill('Centar za socijalni rad Bar');
      await agencyForm.getByLabel('Agency type').selectOption('social_welfare');
      await agencyForm.getByLabel('Address').fill('Bulevar revolucije 1, Bar');
      await agencyForm.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => admin.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
        .toContain('Centar za socijalni rad Bar');
      await admin.getByRole('button', { name: 'Add a contact point' }).click();
      const form = admin.getByRole('form', { name: 'Add a contact point' });
      await form.getByLabel('Name').fill('Вукашин Ђукановић');
      await form.getByLabel('Function').fill('Oficir za vezu');
      await form.getByLabel('Phone').fill('067 123 456');
      await form.getByLabel('Montenegrin').check();
      await form.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => admin.locator('article').filter({ hasText: 'Вукашин Ђукановић' }).count(), {
          timeout: 10_000,
        })
        .toBe(1);
      expect(await admin.locator('article').filter({ hasText: 'Вукашин Ђукановић' }).textContent()).toContain(
        '+382 67 123 456',
      );
      const violations = await seriousAccessibilityViolations(admin);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await admin.goto(`${server.url}/directory?q=Djukanovic`);
      await expect
        .poll(() => admin.getByTestId('contact-results').textContent(), { timeout: 10_000 })
        .toContain('Вукашин Ђукановић');
    } finally {
      await context.close();
    }
  });

  it('sees the users page, accessibly', async () => {
    const context = await launchChromium();
    try {
      const admin = await context.browser.newPage();
      await admin.goto(server.url);
      await admin.getByLabel('Username').fill('admin.rs');
      await admin.getByLabel('Password').fill('veza-demo-2026');
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await admin.getByRole('link', { name: 'Users' }).click();
      await expect
        .poll(() => admin.locator('table').textContent(), { timeout: 10_000 })
        .toContain('investigator.rs');
      const violations = await seriousAccessibilityViolations(admin);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
