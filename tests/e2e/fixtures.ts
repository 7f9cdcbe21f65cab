import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { savedLine } from '../support/save-line';
import { startSpaltProcess } from '../support/spalt-process';

export { savedLine };

export interface SpaltServer {
  /** The address with the per-launch token, as the CLI prints it. */
  url: string;
  origin: string;
  dataDir: string;
  databaseFile: string;
  /** Opens the profile's SQLite file read-only, to assert what is on disk. */
  readDatabase: <T>(read: (db: Database.Database) => T) => T;
}

export const test = base.extend<{ spalt: SpaltServer }>({
  spalt: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-'));
    const server = await startSpaltProcess(dataDir);
    const databaseFile = join(dataDir, 'spalt.sqlite');
    await use({
      url: server.url,
      origin: server.origin,
      dataDir,
      databaseFile,
      readDatabase: (read) => {
        const db = new Database(databaseFile, { readonly: true });
        try {
          return read(db);
        } finally {
          db.close();
        }
      },
    });
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens Spalt the way a user does: the printed address, which trades the token for a cookie. */
export async function openSpalt(page: Page, spalt: SpaltServer): Promise<void> {
  await page.goto(spalt.url);
  await expect(page.getByRole('heading', { name: 'Artiklar', level: 1 })).toBeVisible();
}

/** Creates an article through the UI and returns its id from the address bar. */
export async function createArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Ny artikel' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toBeVisible();
  const id = /#\/article\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`No article id in ${page.url()}`);
  return id;
}

export function bodyEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Brödtext' });
}

/** Waits until the save status says everything is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(savedLine(page)).toBeVisible();
}

/**
 * Writes an article through the UI (headline, lead, body), waits until its body is on disk,
 * and goes back to the library. Returns its id.
 */
export async function writeArticle(
  page: Page,
  spalt: SpaltServer,
  text: { headline: string; lead?: string; body: string },
): Promise<string> {
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(text.headline);
  if (text.lead) await page.getByRole('textbox', { name: 'Ingress' }).fill(text.lead);
  await bodyEditor(page).click();
  await page.keyboard.type(text.body);
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe(text.body);
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  return id;
}

/**
 * Moves the caret with the steps given (keys to press, or text to click) until the text before it
 * is `before`. The editor may still be placing the selection after the last keystroke typed, and a
 * step taken meanwhile can be undone by it, so the steps are taken again until the caret stands
 * where the user sees it.
 */
export async function caretAfter(page: Page, ...stepsThenText: [...(string | Locator)[], string]) {
  const steps = stepsThenText.slice(0, -1);
  const before = stepsThenText[stepsThenText.length - 1] as string;
  await expect(async () => {
    for (const step of steps) await (typeof step === 'string' ? page.keyboard.press(step) : step.click());
    const text = await page.evaluate<string>(
      '(() => { const s = getSelection(); return s?.anchorNode ? (s.anchorNode.textContent ?? "").slice(0, s.anchorOffset) : ""; })()',
    );
    expect(text).toBe(before);
  }).toPass();
}

/** Holds the page's saves back until the returned function is called, as a slow core would. */
export async function holdSaves(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/articles.save', async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}
