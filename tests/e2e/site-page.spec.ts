/**
 * What a site's theme already shows, chosen in Webbplatser: kept with the site, and followed
 * when an article is published there (against a real WordPress, read back as a reader).
 */
import { openSpalt } from './fixtures';
import {
  addSite,
  chooseMainPhoto,
  creditedPhoto,
  expect,
  expectAllStepsDone,
  openPublish,
  postBySlug,
  test,
  writeArticle,
} from './publish-support';
import { image, caption, findInOrder, pageParts, readerText } from '../support/public-page';

test('a theme that shows the excerpt but no featured image: the choice is kept, and the post shows the main photo with its credit line and leaves the lead out', async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSpalt(page, spalt);
  const photo = await creditedPhoto(page, spalt, 'Resenärer väntar på bussen vid Södertälje centrum');
  await addSite(page, wordpress, 'Telge Nytt', 'editor');

  await page.getByRole('button', { name: 'Ändra Telge Nytt' }).click();
  let form = page.getByRole('form', { name: 'Ändra ”Telge Nytt”' });
  let choice = form.getByRole('group', { name: 'Visar webbplatsens tema redan …' });
  // The defaults: what WordPress's default themes do.
  await expect(choice.getByRole('checkbox', { name: 'utdraget (ingressen)' })).not.toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'den utvalda bilden (huvudbilden)' })).toBeChecked();
  await choice.getByRole('checkbox', { name: 'utdraget (ingressen)' }).check();
  await choice.getByRole('checkbox', { name: 'den utvalda bilden (huvudbilden)' }).uncheck();
  await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
  // The notice of the site's first save may still stand: the file says when this one landed.
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT theme_shows_excerpt, theme_shows_featured_image FROM sites').get()))
    .toEqual({ theme_shows_excerpt: 1, theme_shows_featured_image: 0 });

  await page.reload();
  await page.getByRole('button', { name: 'Ändra Telge Nytt' }).click();
  form = page.getByRole('form', { name: 'Ändra ”Telge Nytt”' });
  choice = form.getByRole('group', { name: 'Visar webbplatsens tema redan …' });
  await expect(choice.getByRole('checkbox', { name: 'utdraget (ingressen)' })).toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'den utvalda bilden (huvudbilden)' })).not.toBeChecked();
  await form.getByRole('button', { name: 'Avbryt' }).click();

  const lead = 'Resenärerna har blivit fler sedan snabbussarna började gå.';
  await writeArticle(page, spalt, {
    headline: 'Snabbussar och fler avgångar',
    lead,
    body: 'Satsningen fortsätter.',
    byline: 'Alexander Isa',
  });
  await chooseMainPhoto(page, photo.caption);
  const dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);

  const post = await postBySlug(wordpress, 'snabbussar-och-fler-avgangar');
  expect(post.excerpt.raw).toBe(lead);
  expect(post.content.raw).not.toContain(lead);
  const parts = pageParts(await (await fetch(post.link)).text());
  // The photo in the content, its caption and credit line under it: here is where readers see it.
  findInOrder(parts, [image('main photo', photo.alt), caption('its caption and credit line', `${photo.caption} ${photo.creditLine}`)]);
  expect(parts.some((part) => part.kind === 'p' && readerText(part.text) === readerText(lead))).toBe(false);
});

test('speaks English when chosen', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Sites' }).click();
  const choice = page.getByRole('form', { name: 'Add a site' }).getByRole('group', { name: 'Does the site’s theme already show …' });
  await expect(choice.getByRole('checkbox', { name: 'the excerpt (the lead)' })).not.toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'the featured image (the main photo)' })).toBeChecked();
  await expect(choice).toContainText('readers do not see it twice');
});
