/**
 * The post's author in the publish dialog, against a real WordPress (tests/wordpress): an
 * editor publishing a reporter's story is offered the reporter the byline names, and the post
 * lands on the site under her; an author-role user is not offered a choice.
 */
import { openSpalt } from './fixtures';
import { addSite, expect, expectAllStepsDone, openPublish, postBySlug, rest, test, writeArticle } from './publish-support';
import type { WordPressSite } from '../wordpress/site';

// One WordPress for this worker; the tests take their turns on it.
test.describe.configure({ mode: 'default' });

/** A reporter with an author account of her own on the site (made once per site). */
async function reporterOn(wordpress: WordPressSite): Promise<{ id: number; name: string }> {
  const found = await rest<Array<{ id: number; name: string }>>(wordpress, '/wp/v2/users?slug=asa&context=edit', { as: 'administrator' });
  if (found[0]) return found[0];
  return rest(wordpress, '/wp/v2/users', {
    method: 'POST',
    as: 'administrator',
    body: { username: 'asa', name: 'Åsa Öberg', email: 'asa@example.test', password: 'ett-långt-lösenord-1', roles: ['author'] },
  });
}

test("an editor publishes a reporter's story under the reporter the byline names", async ({ page, spalt, wordpress }) => {
  const reporter = await reporterOn(wordpress);
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await writeArticle(page, spalt, {
    headline: 'Nya cykelbanor längs kanalen',
    lead: 'Kommunen bygger tre kilometer cykelbana i sommar.',
    body: 'Arbetet börjar i juni.',
    byline: 'Åsa Öberg',
  });

  const dialog = await openPublish(page);
  await expect(dialog.getByText('Du publicerar som Editor (Redaktör).')).toBeVisible();
  const author = dialog.getByRole('combobox', { name: 'Författare på webbplatsen' });
  await expect(author).toHaveAccessibleDescription(
    'Inlägget visas under den här personens namn. Spalt föreslår den första i bylinen som har ett konto på webbplatsen.',
  );
  // Starts at the byline's person; the editor is in the list too, marked as the user.
  await expect(author.locator('option:checked')).toHaveText('Åsa Öberg');
  await expect(author.getByRole('option', { name: 'Editor (du)' })).toHaveCount(1);
  await author.selectOption({ label: 'Editor (du)' });
  await author.selectOption({ label: 'Åsa Öberg' });
  await expect(author).toHaveValue(String(reporter.id));

  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();

  const post = await postBySlug(wordpress, 'nya-cykelbanor-langs-kanalen');
  expect(post.status).toBe('publish');
  expect(post.author).toBe(reporter.id);
  const shown = await rest<{ name: string }>(wordpress, `/wp/v2/users/${post.author}`);
  expect(shown.name).toBe('Åsa Öberg');

  // Publishing again from the finished job offers her again and keeps the post hers.
  await dialog.getByRole('button', { name: 'Publicera igen' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Författare på webbplatsen' }).locator('option:checked')).toHaveText('Åsa Öberg');
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible({ timeout: 30_000 });
  const again = await postBySlug(wordpress, 'nya-cykelbanor-langs-kanalen');
  expect(again.id).toBe(post.id);
  expect(again.author).toBe(reporter.id);
});

test('an author-role user is offered no author to choose and publishes under their own name', async ({ page, spalt, wordpress }) => {
  await reporterOn(wordpress);
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'author');
  await writeArticle(page, spalt, {
    headline: 'Loppis på torget i helgen',
    lead: 'Över hundra bord är bokade.',
    body: 'Loppisen öppnar klockan tio.',
    byline: 'Åsa Öberg',
  });

  const dialog = await openPublish(page);
  await expect(dialog.getByText('Du publicerar som Author (Författare).')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Författare på webbplatsen' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  expect((await postBySlug(wordpress, 'loppis-pa-torget-i-helgen')).author).toBe(wordpress.users.author.id);
});
