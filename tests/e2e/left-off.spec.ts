import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { LeftOff } from '../../shared/article/left-off';
import { startSpaltProcess, type SpaltProcess } from '../support/spalt-process';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, openSpalt, test } from './fixtures';

const first = 'Kommunfullmäktige sammanträdde i går kväll.';
const second = 'Beslutet om badhuset sköts upp till våren.';
const added = ' Oppositionen reserverade sig.';

function leftOffOnDisk(databaseFile: string): LeftOff | null {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const value = db.prepare("SELECT value FROM settings WHERE key = 'leftOff'").pluck().get() as string | undefined;
    return value === undefined ? null : (JSON.parse(value) as LeftOff);
  } finally {
    db.close();
  }
}

/**
 * Writes an article of two paragraphs, then goes back into the first and adds to it: the last
 * edit is not at the end of the text. Waits until the article and the place are on disk.
 */
async function writeAndEditEarlier(page: Page, databaseFile: string): Promise<string> {
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Badhuset får vänta');
  await bodyEditor(page).click();
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await page.keyboard.type(second);
  await caretAfter(page, bodyEditor(page).getByText(first), 'End', first);
  await page.keyboard.type(added);
  await expectSaved(page);
  await expect.poll(() => leftOffOnDisk(databaseFile)).toEqual({ articleId: id, place: { block: 0, offset: (first + added).length } });
  return id;
}

/** Types at the caret without clicking anywhere, and checks where the words went. */
async function typeAtCaret(page: Page, text: string, expected: string[]): Promise<void> {
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.type(text);
  await expect(bodyEditor(page).locator('p')).toHaveText(expected);
}

test('the printed address opens the article left off, with the caret after the last words written', async ({ page, context, spalt }) => {
  await openSpalt(page, spalt);
  const id = await writeAndEditEarlier(page, spalt.databaseFile);

  const again = await context.newPage();
  await again.goto(spalt.url);
  await expect(again.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Badhuset får vänta');
  expect(again.url()).toContain(`#/article/${id}`);
  await typeAtCaret(again, ' Nytt möte i maj.', [`${first}${added} Nytt möte i maj.`, second]);
  // The caret stands where the journalist left off, in view.
  await expect(again.getByText('Nytt möte i maj.', { exact: false })).toBeInViewport();
});

test('after Spalt is started again, the new address opens the same article at the same place', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-left-off-'));
  let server: SpaltProcess | null = await startSpaltProcess(dataDir);
  try {
    await page.goto(server.url);
    const id = await writeAndEditEarlier(page, join(dataDir, 'spalt.sqlite'));
    await server.stop();
    server = await startSpaltProcess(dataDir);

    await page.goto(server.url);
    expect(page.url()).toContain(`#/article/${id}`);
    await typeAtCaret(page, ' Igen.', [`${first}${added} Igen.`, second]);
    await expectSaved(page);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an article opened but not written in gets the caret at the end of its text', async ({ page, context, spalt }) => {
  await openSpalt(page, spalt);
  const id = await writeAndEditEarlier(page, spalt.databaseFile);
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  const other = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Ny artikel utan brödtext');
  await expectSaved(page);
  await expect.poll(() => leftOffOnDisk(spalt.databaseFile)).toEqual({ articleId: other, place: null });
  // Back to the first: opening it alone keeps nothing of its old place (another article was last).
  await page.goto(`${spalt.origin}/#/article/${id}`);
  await expect.poll(() => leftOffOnDisk(spalt.databaseFile)?.articleId).toBe(id);

  const again = await context.newPage();
  await again.goto(spalt.url);
  await expect(again.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Badhuset får vänta');
  await typeAtCaret(again, ' Slut.', [`${first}${added}`, `${second} Slut.`]);
});

test('an article moved to the trash is not opened again: the library is', async ({ page, context, spalt }) => {
  await openSpalt(page, spalt);
  await writeAndEditEarlier(page, spalt.databaseFile);
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await page.getByRole('button', { name: 'Flytta Badhuset får vänta till papperskorgen' }).click();
  await expect(page.getByRole('status')).toHaveText('”Badhuset får vänta” ligger nu i papperskorgen.');

  const again = await context.newPage();
  await again.goto(spalt.url);
  await expect(again.getByRole('heading', { name: 'Artiklar', level: 1 })).toBeVisible();
});

/** Records, from the page's first script, the first frame in which the caret stands in the focused body. */
const caretWatch = `(() => {
  const check = () => {
    const editor = document.activeElement;
    const selection = document.getSelection();
    const ready = editor && editor.getAttribute('aria-label') === 'Brödtext' && selection && selection.rangeCount > 0 && editor.contains(selection.anchorNode);
    if (ready) window.spaltCaretAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

test('the page asks the core for nothing before the caret stands in the article', async ({ page, context, spalt }) => {
  await openSpalt(page, spalt);
  await writeAndEditEarlier(page, spalt.databaseFile);

  const again = await context.newPage();
  await again.addInitScript({ content: caretWatch });
  await again.goto(spalt.url);
  await expect(bodyEditor(again)).toBeFocused();
  // What the page asks for once it has started (the queue, the people, the database's
  // status) all comes after the caret; the settings and the article came in the page.
  const calls = () =>
    again.evaluate(() => {
      const page = globalThis as unknown as {
        spaltCaretAt: number;
        performance: { getEntriesByType(type: string): Array<{ name: string; startTime: number }> };
      };
      const invoked = page.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/invoke/'));
      return {
        caretAt: page.spaltCaretAt,
        calls: invoked.map((entry) => ({ name: entry.name.replace(/.*\/api\/invoke\//, ''), at: entry.startTime })),
      };
    });
  await expect.poll(async () => (await calls()).calls.length).toBeGreaterThan(0);
  const { caretAt, calls: made } = await calls();
  expect(caretAt).toBeGreaterThan(0);
  expect(
    made.filter((call) => call.at < caretAt),
    JSON.stringify({ caretAt, made }),
  ).toEqual([]);
});
