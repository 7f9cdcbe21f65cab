/**
 * A publish names the revision it sent in the article's history, under the site user's name,
 * and the next save starts a revision of its own.
 */
import { expectAccessible, scansWith } from './axe-support';
import { openSpalt } from './fixtures';
import { addSite, expect, expectAllStepsDone, openPublish, postsMatching, test, writeArticle } from './publish-support';

test('a publish shows in Historik as "Publicerad" by the site user, and later typing does not fold into it', async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'author');
  const id = await writeArticle(page, spalt, {
    headline: 'Ny gångbro över kanalen',
    lead: 'Bron öppnar i maj.',
    body: 'Bygget har pågått i två år.',
    byline: 'Helen Shabo',
  });

  const dialog = await openPublish(page);
  await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  expect((await postsMatching(wordpress, 'gångbro')).map((post) => post.status)).toEqual(['publish']);

  // The same window types on at once: without the name this save would fold into the published revision.
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Bron öppnar i juni.');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT lead FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('Bron öppnar i juni.');

  await page.getByRole('button', { name: 'Historik' }).click();
  const history = page.getByRole('dialog', { name: 'Historik: Ny gångbro över kanalen' });
  const entries = history.getByRole('group', { name: 'Sparade versioner' }).getByRole('radio');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAccessibleName(/\(nuvarande\)/);
  await expect(history.locator('.revision-diff dd del')).toHaveText(['borttaget: maj']);
  await expect(history.locator('.revision-diff dd ins')).toHaveText(['tillagt: juni']);

  const names = spalt.readDatabase((db) =>
    db
      .prepare(
        `SELECT n.name, n.named_by AS namedBy, json_extract(r.draft, '$.lead') AS lead FROM article_revision_names n
         JOIN articles a ON a.seq = n.article_seq
         JOIN article_revisions r ON r.article_seq = n.article_seq AND r.revision = n.revision WHERE a.id = ?`,
      )
      .all(id),
  ) as Array<{ name: string; namedBy: string; lead: string }>;
  expect(names).toHaveLength(1);
  expect(names[0]).toMatchObject({ name: 'published', lead: 'Bron öppnar i maj.' });
  // The site user's name as the site gave it at the last connection test, else the login name.
  const namedBy = names[0]?.namedBy ?? '';
  expect(['Author', wordpress.users.author.username]).toContain(namedBy);
  await expect(entries.nth(1)).toHaveAccessibleName(new RegExp(` Publicerad av ${namedBy}$`));
  if (scansWith(wordpress)) await expectAccessible(page, 'Historik with a revision named "Publicerad"');
});
