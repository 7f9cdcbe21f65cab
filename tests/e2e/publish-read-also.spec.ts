/**
 * A "Läs även" picked from the archive, published through the dialog to a real WordPress: the
 * article view warns that the linked article is not out yet and jumps to the block; the dialog
 * refuses the link to an article not on the site and offers to publish that one first, then
 * comes back; the reader's page then links to the linked post, which answers.
 */
import { expectAccessible, scansWith } from './axe-support';
import { bodyEditor, openSpalt } from './fixtures';
import { addSite, expect, expectAllStepsDone, openPublish, postBySlug, test, writeArticle } from './publish-support';

test('publishing an article whose "Läs även" leads to one not on the site: publish that one first, then the link works', async ({
  page,
  spalt,
  wordpress,
}) => {
  test.setTimeout(90_000);
  // A headline no other spec on this worker's WordPress publishes, so its slug is not taken.
  const linkedTitle = 'Helikopter landade vid anstalten Hall';
  const title = 'Fångar flyttas från Hall';
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await writeArticle(page, spalt, {
    headline: linkedTitle,
    lead: 'En omfattande polisinsats pågick.',
    body: 'Ambulanshelikopter landade vid lunchtid.',
    byline: 'Alexander Isa',
  });
  await writeArticle(page, spalt, {
    headline: title,
    lead: 'Kriminalvården flyttar tolv fångar.',
    body: 'Flytten sker under veckan.',
    byline: 'Alexander Isa',
  });

  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Läs även' }).click();
  const picker = bodyEditor(page).getByRole('combobox', { name: 'Välj artikel för Läs även' });
  await picker.focus();
  await expect(picker.getByRole('option', { name: linkedTitle })).toHaveCount(1);
  await picker.selectOption({ label: linkedTitle });
  await expect(bodyEditor(page).getByRole('textbox', { name: 'Länktext för Läs även' })).toHaveValue(linkedTitle);

  // In the article view: a warning (the linked article may still go out first) that leads to the block.
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  const warning = checklist.getByRole('button', {
    name: `Varning: ”Läs även” leder till ”${linkedTitle}”, som inte är publicerad ännu. Publicera den först, annars kan länken inte följa med.`,
  });
  await warning.click();
  await expect(picker).toBeFocused();

  // In the dialog: an error for this site, and the offer to publish the linked article first.
  const dialog = await openPublish(page);
  const dialogChecklist = dialog.getByRole('region', { name: 'Kontrollista' });
  await expect(dialogChecklist.getByRole('alert')).toHaveText(/Checklistan visar 1 fel/);
  await expect(dialogChecklist).toContainText(
    `Fel: ”Läs även” leder till ”${linkedTitle}”, som inte är publicerad på Telge Nytt. Publicera den där först.`,
  );
  await expect(dialog.getByRole('button', { name: 'Publicera', exact: true })).toBeDisabled();
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog offering to publish the linked article first', ['light']);
  await dialogChecklist.getByRole('button', { name: `Publicera ”${linkedTitle}” först` }).click();

  const note = dialog.getByRole('note').filter({ hasText: `Du publicerar ”${linkedTitle}” först` });
  await expect(note).toHaveText(new RegExp(`så att ”Läs även” i ”${title}” har en adress att leda till\\.`));
  await expect(dialog.getByRole('region', { name: 'Kontrollista' })).toContainText('Checklistan är klar.');
  await expect(dialog.getByRole('textbox', { name: 'Adress (slug)' })).toHaveValue('helikopter-landade-vid-anstalten-hall');
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog publishing the linked article first, its note above');
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();
  const linkedPost = await postBySlug(wordpress, 'helikopter-landade-vid-anstalten-hall');
  expect(linkedPost.status).toBe('publish');

  // Back to the linking article: the link now resolves, and it goes out.
  await note.getByRole('button', { name: `Tillbaka till ”${title}”` }).click();
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Adress (slug)' })).toHaveValue('fangar-flyttas-fran-hall');
  await expect(dialog.getByRole('region', { name: 'Kontrollista' })).toContainText('Checklistan är klar.');
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  const outcome = dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' });
  const post = await postBySlug(wordpress, 'fangar-flyttas-fran-hall');
  await expect(outcome.getByRole('link', { name: 'Visa på webbplatsen' })).toHaveAttribute('href', post.link);
  expect(post.content.raw).toContain(`Läs även: <a href="${linkedPost.link}" data-spalt-article=`);

  // The reader's page: the link leads to the linked post, which answers with its headline.
  const reader = await page.context().newPage();
  await reader.goto(post.link);
  const readAlso = reader.locator('.spalt-read-also').getByRole('link', { name: linkedTitle });
  await expect(readAlso).toHaveAttribute('href', linkedPost.link);
  const [response] = await Promise.all([reader.waitForEvent('response', (r) => r.url() === linkedPost.link), readAlso.click()]);
  expect(response.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: linkedTitle })).toBeVisible();
  await reader.close();

  // Back in the article view the warning is gone: the linked article is published.
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(dialog).toBeHidden();
  await expect(warning).toHaveCount(0);
  await expect(checklist).toContainText('Allt är klart för publicering.');
});
