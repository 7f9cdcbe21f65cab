/**
 * The core killed under an open page, and started again: the page says what happened and what
 * to do, keeps what is typed, and following its advice gets a working editor with everything
 * that was saved. Each test runs its own browser-mode process, so it can kill and restart it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { startSpaltProcess, type SpaltProcess } from '../support/spalt-process';
import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, expectSaved, test } from './fixtures';

const saved = 'Räddningstjänsten larmades vid sextiden.';
const typedWhileGone = ' Ingen skadades.';

function savedBody(dataDir: string, id: string): string | undefined {
  const db = new Database(join(dataDir, 'spalt.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id) as string | undefined;
  } finally {
    db.close();
  }
}

/** Opens Spalt at `url`, writes an article until it is saved, and returns its id. */
async function writeSavedArticle(page: Page, spalt: SpaltProcess, dataDir: string): Promise<string> {
  await page.goto(spalt.url);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Brand i Hovsjö');
  await bodyEditor(page).click();
  await page.keyboard.type(saved);
  await expectSaved(page);
  expect(savedBody(dataDir, id)).toBe(saved);
  return id;
}

/** Kills the core under the page; the page says so, and keeps what is typed after it. */
async function killUnderPage(page: Page, spalt: SpaltProcess): Promise<void> {
  await spalt.kill();
  const lost = page.getByRole('alert', { name: 'Spalt svarar inte' });
  await expect(lost).toBeVisible();
  await expect(lost).toContainText('Det du skriver finns kvar här och sparas så snart Spalt svarar igen.');
  await expect(lost).toContainText('Har du startat om Spalt? Öppna då adressen som npm start skrev ut.');
  await page.keyboard.type(typedWhileGone);
  await expect(bodyEditor(page)).toHaveText(saved + typedWhileGone);
  await expect(page.getByRole('alert').filter({ hasText: 'Kunde inte spara' })).toBeVisible();
}

test.describe('when the core is killed and started again', () => {
  // Each test starts Spalt twice, which takes a while on a loaded machine.
  test.describe.configure({ timeout: 90_000 });
  let dataDir = '';
  const running: SpaltProcess[] = [];
  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-reconnect-'));
  });
  test.afterEach(async () => {
    for (const spalt of running.splice(0)) await spalt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('on the same port: the page says Spalt was restarted, and opening the new address lets it save again', async ({ page, context }) => {
    const first = await startSpaltProcess(dataDir);
    running.push(first);
    const id = await writeSavedArticle(page, first, dataDir);
    await killUnderPage(page, first);

    const second = await startSpaltProcess(dataDir, { port: Number(new URL(first.origin).port) });
    running.push(second);
    expect(second.token).not.toBe(first.token);
    const replaced = page.getByRole('alert', { name: 'Spalt har startats om' });
    await expect(replaced).toBeVisible();
    await expect(replaced).toContainText(
      'Den här sidan hör till förra starten, och dess adress fungerar inte längre. Öppna adressen som npm start skrev ut',
    );
    await expect(page.getByRole('alert', { name: 'Spalt svarar inte' })).toBeHidden();

    // Reloading the old address shows a page that says which address to open, not a blank one.
    const stale = await context.newPage();
    await stale.goto(`${first.origin}/#/article/${id}`);
    await expect(stale.getByRole('heading', { name: 'Adressen fungerar inte längre' })).toBeVisible();
    await expect(stale.getByText('Öppna adressen som npm start (eller npm run serve) skrev ut i terminalen')).toBeVisible();
    await expectAccessible(stale, 'the page at an address of the last start');

    // The advice, followed in a new tab: Spalt opens where the journalist left off, and the old
    // page saves what it kept.
    const fresh = await context.newPage();
    await fresh.goto(second.url);
    await expect(fresh.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Brand i Hovsjö');
    await expect(replaced).toBeHidden();
    await expectSaved(page);
    expect(savedBody(dataDir, id)).toBe(saved + typedWhileGone);

    await fresh.goto(`${second.origin}/#/article/${id}`);
    await expect(bodyEditor(fresh)).toHaveText(saved + typedWhileGone);
    await stale.reload();
    await expect(bodyEditor(stale)).toHaveText(saved + typedWhileGone);
  });

  test('on another port: the page says Spalt is not answering, and the printed address opens what was saved', async ({ page }) => {
    const first = await startSpaltProcess(dataDir);
    running.push(first);
    const id = await writeSavedArticle(page, first, dataDir);
    await killUnderPage(page, first);

    const second = await startSpaltProcess(dataDir);
    running.push(second);
    expect(second.origin).not.toBe(first.origin);
    // The old address's port has no Spalt behind it: the page goes on saying so, with the way out.
    await expect(page.getByRole('alert', { name: 'Spalt svarar inte' })).toBeVisible();
    await expectAccessible(page, 'the article while Spalt does not answer');

    // The printed address opens the article the journalist left off, as it was saved.
    await page.goto(second.url);
    await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Brand i Hovsjö');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(bodyEditor(page)).toHaveText(saved);
    expect(page.url()).toContain(id);
    await bodyEditor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(typedWhileGone);
    await expectSaved(page);
    expect(savedBody(dataDir, id)).toBe(saved + typedWhileGone);
  });
});
