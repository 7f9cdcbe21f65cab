/**
 * The publishing queue against a real WordPress: a post changed on the site brings up the
 * comparison (in the queue and in the dialog) and "Skriv över" updates the same post; a site
 * that cannot be reached leaves the job waiting with the reason, and the queue view lists the
 * jobs live, retries and cancels after asking.
 */
import { createServer } from 'node:net';
import { openSpalt } from './fixtures';
import { addSite, expect, expectAllStepsDone, openPublish, postBySlug, postsMatching, rest, test, writeArticle, type EditPost } from './publish-support';

test.describe.configure({ mode: 'default' });

/** A loopback port nothing listens on: the address of a site that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

test('a post changed on the site brings up the comparison; "Skriv över med min version" updates the same post', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const headline = 'Ny skola byggs i Geneta';
  await writeArticle(page, spalt, { headline, lead: 'Bygget börjar i vår.', body: 'Skolan får plats för 600 elever.', byline: 'Alexander Isa' });
  let dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const first = await postBySlug(wordpress, 'ny-skola-byggs-i-geneta');

  // Someone edits the post in WordPress; meanwhile the lead changes in Spalt. WordPress keeps
  // modified_gmt to the second, so the edit comes in a later second than Spalt's publish, as a
  // person's would.
  await expect.poll(() => Date.now(), { timeout: 3_000 }).toBeGreaterThan(Date.parse(`${first.modified_gmt}Z`) + 1_000);
  const siteTitle = 'Ny skola byggs i Geneta – kommunen bekräftar';
  await rest<EditPost>(wordpress, `/wp/v2/posts/${first.id}`, {
    method: 'POST',
    body: { title: siteTitle, content: `${first.content.raw}\n\n<!-- wp:paragraph -->\n<p>Tillagt på webbplatsen.</p>\n<!-- /wp:paragraph -->` },
  });
  const newLead = 'Bygget börjar i april och ska vara klart 2028.';
  await page.getByRole('textbox', { name: 'Ingress' }).fill(newLead);

  dialog = await openPublish(page);
  await expect(dialog.getByText('Artikeln finns redan på webbplatsen; samma inlägg uppdateras.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  const conflict = dialog.getByRole('region', { name: 'Inlägget har ändrats på webbplatsen' });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  const table = conflict.getByRole('table', { name: 'Ändringar på webbplatsen' });
  await expect(table.getByRole('columnheader')).toHaveText(['Fält', 'På webbplatsen nu', 'När Spalt skickade senast']);
  const titleRow = table.getByRole('row', { name: /^Rubrik/ });
  await expect(titleRow.getByRole('cell')).toHaveText([siteTitle, headline]);
  const bodyRow = table.getByRole('row', { name: /^Brödtext/ });
  await expect(bodyRow.getByRole('cell').first()).toContainText('Tillagt på webbplatsen.');
  await expect(bodyRow.getByRole('cell').last()).not.toContainText('Tillagt på webbplatsen.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('list', { name: 'Webbplatser' })).toContainText('Ändrat på Telge Nytt – öppna Publicera och välj');

  // The queue shows the job waiting for a choice, and opens the same comparison.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Publiceringskö' }).click();
  await expect(page.getByRole('heading', { name: 'Publiceringskö', level: 1 })).toBeVisible();
  const row = page.getByRole('table', { name: 'Publiceringar' }).getByRole('row', { name: /Ändrat på webbplatsen/ });
  await expect(row).toContainText(headline);
  await row.getByRole('button', { name: `Lös konflikten för ${headline}` }).click();
  const resolveDialog = page.getByRole('dialog', { name: 'Lös konflikten' });
  await expect(resolveDialog.getByRole('row', { name: /^Rubrik/ }).getByRole('cell')).toHaveText([siteTitle, headline]);
  await resolveDialog.getByRole('button', { name: 'Stäng' }).click();

  // Back in the article, the dialog opens on the job and its comparison; overwrite.
  await row.getByRole('link', { name: headline }).click();
  dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Skriv över med min version' }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();
  const after = await postBySlug(wordpress, 'ny-skola-byggs-i-geneta');
  expect(after.id).toBe(first.id);
  expect(after.title.raw).toBe(headline);
  expect(after.excerpt.raw).toBe(newLead);
  expect(after.content.raw).not.toContain('Tillagt på webbplatsen.');
  expect((await postsMatching(wordpress, 'Geneta')).map((post) => post.id)).toEqual([first.id]);
});

test('an unreachable site leaves the job waiting with the reason; the queue lists the jobs, retries, and cancels after asking', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await addSite(page, wordpress, 'Nere', 'editor', `http://127.0.0.1:${await closedPort()}`);
  const headline = 'Elavbrott i Ronna';
  const id = await writeArticle(page, spalt, { headline, lead: 'Hundratals hushåll saknar ström.', body: 'Felet väntas vara åtgärdat i kväll.', byline: 'Helen Shabo' });

  let dialog = await openPublish(page);
  await dialog.getByRole('combobox', { name: 'Webbplats', exact: true }).selectOption({ label: 'Nere' });
  await expect(dialog.getByRole('note')).toContainText('Spalt når inte webbplatsen just nu och har inte hämtat dess kategorier och taggar tidigare.');
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  const waiting = dialog.getByRole('region', { name: 'Förlopp' }).getByRole('status');
  await expect(waiting).toContainText(/Väntar på webbplatsen – nytt försök \d{2}:\d{2}/, { timeout: 30_000 });
  await expect(waiting).toContainText('127.0.0.1');
  await expect(dialog.getByRole('list', { name: 'Steg' }).getByRole('listitem').first()).toHaveText('Kontrollerar behörigheten – pågår');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('list', { name: 'Webbplatser' })).toContainText(/Väntar på Nere – nytt försök \d{2}:\d{2}/);

  // The same article to the site that answers; the dialog remembers the last site chosen.
  dialog = await openPublish(page);
  const siteChoice = dialog.getByRole('combobox', { name: 'Webbplats', exact: true });
  await expect(siteChoice.locator('option:checked')).toHaveText('Nere');
  await siteChoice.selectOption({ label: 'Telge Nytt' });
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const post = await postBySlug(wordpress, 'elavbrott-i-ronna');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Publiceringskö' }).click();
  const table = page.getByRole('table', { name: 'Publiceringar' });
  const done = table.getByRole('row', { name: /Telge Nytt/ });
  const stuck = table.getByRole('row', { name: /Nere/ });
  await expect(done.getByRole('cell').nth(2)).toHaveText('Klar');
  await expect(done.getByRole('cell').nth(3)).toHaveText('Klart');
  await expect(done.getByRole('link', { name: 'Visa på webbplatsen' })).toHaveAttribute('href', post.link);
  await expect(stuck.getByRole('cell').nth(1)).toHaveText('Publicera nu');
  await expect(stuck.getByRole('cell').nth(2)).toHaveText('Väntar på nytt försök');
  await expect(stuck).toContainText(/Nytt försök \d{2}:\d{2}/);

  await stuck.getByRole('button', { name: `Försök igen med ${headline}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Publiceringen av ”${headline}” försöks igen.` })).toBeVisible();
  await expect(stuck.getByRole('cell').nth(2)).toHaveText('Väntar på nytt försök', { timeout: 15_000 });

  await stuck.getByRole('button', { name: `Avbryt publiceringen av ${headline}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Avbryta publiceringen av ”${headline}”?` });
  await expect(confirm).toContainText('Det som redan har kommit fram till webbplatsen står kvar där.');
  await confirm.getByRole('button', { name: 'Behåll' }).click();
  await expect(stuck.getByRole('cell').nth(2)).toHaveText('Väntar på nytt försök');
  await stuck.getByRole('button', { name: `Avbryt publiceringen av ${headline}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt publiceringen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Publiceringen av ”${headline}” är avbruten.` })).toBeVisible();
  await expect(stuck.getByRole('cell').nth(2)).toHaveText('Avbruten');
  await expect(stuck.getByRole('button', { name: /Avbryt publiceringen/ })).toHaveCount(0);
  expect(
    spalt.readDatabase((db) => db.prepare('SELECT s.name, j.state FROM publish_jobs j JOIN sites s ON s.id = j.site_id WHERE j.article_id = ? ORDER BY s.name').all(id)),
  ).toEqual([
    { name: 'Nere', state: 'cancelled' },
    { name: 'Telge Nytt', state: 'done' },
  ]);
});
