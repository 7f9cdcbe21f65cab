import type { Route } from '@playwright/test';
import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, holdSaves, openSpalt, savedLine, test } from './fixtures';

/** What the page heard its status line say, gathered in the page. */
interface Heard {
  heard: string[];
}

const headlineOf = (id: string) => `SELECT headline FROM articles WHERE id = '${id}'`;

test('typing is saved without a save button, and the status says when', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).pressSequentially('Stor insats vid anstalten Hall');
  await expect.poll(() => spalt.readDatabase((db) => db.prepare(headlineOf(id)).pluck().get())).toBe('Stor insats vid anstalten Hall');
  const updatedAt = spalt.readDatabase((db) => db.prepare('SELECT updated_at FROM articles WHERE id = ?').pluck().get(id)) as string;
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(
    new Date(updatedAt),
  );
  await expect(page.getByRole('status')).toHaveText(`Sparat ${time}`);
});

test('text typed just before the window closes is saved', async ({ page, context, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Sista meningen innan locket stängs');
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('Sista meningen innan locket stängs');

  const again = await context.newPage();
  await again.goto(`${spalt.origin}/#/article/${id}`);
  await expect(bodyEditor(again)).toHaveText('Sista meningen innan locket stängs');
});

test('switching back to the library saves what is pending first', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Rubrik skriven i sista stund');
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await expect(page.getByRole('table', { name: 'Alla artiklar' }).getByRole('link')).toHaveText(['Rubrik skriven i sista stund']);
});

test('a failed save says so, keeps the text, and succeeds on retry', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.route('**/api/invoke/articles.save', (route: Route) => route.abort('connectionrefused'));
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Texten får inte försvinna');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Kunde inte spara');
  await expect(alert).toContainText('Spalt svarar inte.');
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Texten får inte försvinna');
  expect(spalt.readDatabase((db) => db.prepare(headlineOf(id)).pluck().get())).toBe('');
  await expectAccessible(page, 'the article whose save failed', ['light']);

  await page.unroute('**/api/invoke/articles.save');
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expect(savedLine(page)).toBeVisible();
  expect(spalt.readDatabase((db) => db.prepare(headlineOf(id)).pluck().get())).toBe('Texten får inte försvinna');
});

test('opening an article without touching it saves nothing', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Oförändrad');
  await expect.poll(() => spalt.readDatabase((db) => db.prepare(headlineOf(id)).pluck().get())).toBe('Oförändrad');
  const revision = () => spalt.readDatabase((db) => db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id));
  const before = revision();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Oförändrad');
  await bodyEditor(page).click();
  await page.getByRole('textbox', { name: 'Ingress' }).click();
  await page.waitForTimeout(1_000);
  expect(revision()).toBe(before);
});

test('while the journalist types, the status line keeps the last save’s time instead of flickering, and says "Sparar…" when a save is slow', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Vägen stängd vid Moraberg');
  const status = page.getByRole('status');
  await expect(savedLine(page)).toBeVisible();

  // Every wording the line takes while a sentence is typed at a person's pace, saved as it goes.
  await status.evaluate((line) => {
    const page = globalThis as unknown as Heard & {
      MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
    };
    page.heard = [];
    new page.MutationObserver(() => page.heard.push(line.textContent ?? '')).observe(line, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const sentence = 'Trafiken leds om via Södertälje centrum under natten.';
  await bodyEditor(page).click();
  await page.keyboard.type(sentence, { delay: 90 });
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe(sentence);
  const revision = spalt.readDatabase((db) => db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id)) as number;
  expect(revision, 'the sentence went out in several saves').toBeGreaterThan(2);
  await expect(status).toHaveText(/^Sparat \d{2}:\d{2}$/);
  const heard = await page.evaluate(() => (globalThis as unknown as Heard).heard);
  // A save may be slow on a busy machine ("Sparar…"); the line never says the text is unsaved.
  expect(heard.filter((words) => !/^(Sparat \d{2}:\d{2}|Sparar…)$/.test(words))).toEqual([]);

  // A save held back says so after a moment, and the line comes back when it lands.
  const release = await holdSaves(page);
  await page.keyboard.type(' Omledningen', { delay: 90 });
  await expect(status).toHaveText('Sparar…');
  release();
  await expect(savedLine(page)).toBeVisible();
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe(`${sentence} Omledningen`);
});
