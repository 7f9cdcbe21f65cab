/**
 * What a journalist sees when the profile's database is damaged: while writing (damage met in
 * use) and at the next start (found at open). Spalt says which file, stops saving, keeps the
 * text on screen, and recovers what can be read into a new file beside the damaged one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startSpaltProcess, type SpaltProcess } from '../support/spalt-process';
import {
  checkpointFromOutside,
  damagePages,
  fingerprint,
  middleArticlePages,
  profileFile,
  writeProfile,
  type WrittenArticle,
} from '../support/damaged-profile';
import { expectAccessible } from './axe-support';
import { bodyEditor, expect, savedLine, test } from './fixtures';

const articleCount = 80;

interface Profile {
  dataDir: string;
  file: string;
  articles: WrittenArticle[];
  server: SpaltProcess | null;
}

const profileTest = test.extend<{ profile: Profile }>({
  profile: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-damage-'));
    const profile: Profile = { dataDir, file: profileFile(dataDir), articles: await writeProfile(dataDir, articleCount), server: null };
    await use(profile);
    await profile.server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** The place in its body where the journalist last wrote, as Spalt remembers it for the next start. */
function leftOffPlace(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const value = db.prepare("SELECT value FROM settings WHERE key = 'leftOff'").pluck().get() as string | undefined;
    return value === undefined ? null : (JSON.parse(value) as { place: unknown }).place;
  } finally {
    db.close();
  }
}

function bodyTextOf(file: string, headline: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT body_text FROM articles WHERE headline = ?').pluck().get(headline);
  } finally {
    db.close();
  }
}

profileTest('damage met while writing: Spalt stops saving, says which file, and recovers into a new file', async ({ page, profile }) => {
  const first = profile.articles[0];
  if (!first) throw new Error('no articles');
  profile.server = await startSpaltProcess(profile.dataDir);
  await page.goto(`${profile.server.url}#/article/${first.id}`);
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Första tillägget.');
  await expect(savedLine(page)).toBeVisible();
  // Where the journalist left off is written a moment after the edit: let it land, so the file
  // is damaged with nothing of Spalt's still on its way.
  await expect.poll(() => leftOffPlace(profile.file)).not.toBeNull();

  checkpointFromOutside(profile.file);
  damagePages(profile.file, middleArticlePages(profile.file, 3));
  const damagedState = fingerprint(profile.file);

  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Databasen är skadad' }) });
  await expect(banner).toContainText(`Spalt har hittat skador i databasfilen ${profile.file} och sparar inget mer i den`);
  await expect(page.getByRole('alert').filter({ hasText: `Databasen ${profile.file} är skadad` })).toBeVisible();

  // Back in the article, new text is not saved, says why, and stays on screen.
  await page.goBack();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Andra tillägget.');
  const saveFailure = page.getByRole('alert').filter({ hasText: 'Kunde inte spara' });
  await expect(saveFailure).toContainText(`Databasen ${profile.file} är skadad, och Spalt sparar inget mer i den.`);
  await expect(body).toContainText('Första tillägget. Andra tillägget.');
  expect(fingerprint(profile.file)).toEqual(damagedState);

  await banner.getByRole('button', { name: 'Rädda till en ny fil' }).click();
  const recovered = join(profile.dataDir, (await recoveredName(page)) ?? '');
  await expect(banner.getByRole('status')).toHaveText(`${articleCount} artiklar är räddade till ${recovered}. Den skadade filen är orörd.`);
  await expect(banner.getByRole('table', { name: 'Räddat per tabell' }).getByRole('row', { name: /^articles/ })).toBeVisible();
  await expect(banner.getByRole('listitem')).toHaveText([
    'Avsluta Spalt.',
    'Flytta undan spalt.sqlite och filerna som slutar på -wal och -shm bredvid den (spara dem tills vidare).',
    `Döp om ${recovered.split('/').pop()} till spalt.sqlite.`,
    'Starta Spalt igen.',
  ]);
  await expectAccessible(page, 'the article under the damaged database’s banner, rescued');

  expect(existsSync(recovered)).toBe(true);
  expect(bodyTextOf(recovered, first.headline)).toMatch(/ Första tillägget\.$/);
  expect(fingerprint(profile.file)).toEqual(damagedState);
});

profileTest('damage found at start: the banner is there at once, and what is intact still opens', async ({ page, profile }) => {
  damagePages(profile.file, middleArticlePages(profile.file, 3));
  const before = fingerprint(profile.file);
  profile.server = await startSpaltProcess(profile.dataDir);
  await page.goto(profile.server.url);
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Databasen är skadad' }) });
  await expect(banner).toContainText(profile.file);
  await expect(banner.getByRole('button', { name: 'Rädda till en ny fil' })).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: `Databasen ${profile.file} är skadad` })).toBeVisible();
  await expectAccessible(page, 'the library under the damaged database’s banner', ['light']);

  const first = profile.articles[0];
  if (!first) throw new Error('no articles');
  await page.goto(`${profile.server.origin}/#/article/${first.id}`);
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(first.headline);
  await expect(banner).toBeVisible();
  expect(fingerprint(profile.file)).toEqual(before);
});

/** The recovered file's name, read from the page once the recovery has finished. */
async function recoveredName(page: import('@playwright/test').Page): Promise<string | undefined> {
  const status = page.getByRole('status').filter({ hasText: 'artiklar är räddade till' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  return /(spalt-recovered-\d{4}-\d{2}-\d{2}(?:-\d+)?\.sqlite)/.exec((await status.textContent()) ?? '')?.[1];
}
