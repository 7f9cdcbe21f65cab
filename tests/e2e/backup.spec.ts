/**
 * "Säkerhetskopiera nu" in Inställningar: the journalist writes an article, backs up while
 * Spalt runs, and the copy on disk opens as a SQLite database holding that article.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expectAccessible } from './axe-support';
import { expect, openSpalt, test, writeArticle } from './fixtures';

test('backing up now writes a database that opens on its own and holds the article just written', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await writeArticle(page, spalt, {
    headline: 'Kommunen stänger badhuset över jul',
    body: 'Badhuset i Södertälje håller stängt mellan den 23 december och den 2 januari.',
  });

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  const section = page.getByRole('region', { name: 'Säkerhetskopia' });
  await section.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  const done = section.getByRole('status');
  await expect(done).toHaveText(/^Säkerhetskopian är sparad i .+ \(\d[\d ,]* (kB|MB), 0 bildfiler\)\.$/);
  await expectAccessible(page, 'settings after a backup, saying where it went', ['light']);

  const folder = /sparad i (.+) \(/.exec((await done.textContent()) ?? '')?.[1] ?? '';
  expect(folder).toMatch(
    new RegExp(`^${join(spalt.dataDir, 'backups').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\d{4}-\\d{2}-\\d{2}-\\d{4}$`),
  );
  const copy = new Database(join(folder, 'spalt.sqlite'), { readonly: true, fileMustExist: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT headline, body_text FROM articles WHERE id = ?').get(id)).toEqual({
      headline: 'Kommunen stänger badhuset över jul',
      body_text: 'Badhuset i Södertälje håller stängt mellan den 23 december och den 2 januari.',
    });
  } finally {
    copy.close();
  }
});
