/**
 * Photo rights in the article: a photo whose licence has expired is an error in the checklist
 * that names it and leads to it, and the publish dialog (with a real WordPress site) refuses.
 */
import type { Photo } from '../../shared/article/photo';
import { bodyEditor, openSpalt } from './fixtures';
import { call } from './photos-support';
import { addSite, creditedPhoto, expect, openPublish, postsMatching, test, writeArticle } from './publish-support';

test('a photo whose licence has expired is an error naming it, the error leads to the photo, and the dialog refuses to publish', async ({
  page,
  spalt,
  wordpress,
}) => {
  const alt = 'Polisbilar utanför anstalten Hall';
  await openSpalt(page, spalt);
  const credited = await creditedPhoto(page, spalt, alt);
  await call<Photo>(page, spalt, 'photos.update', {
    id: credited.id,
    edit: { caption: credited.caption, alt, credit: { ...credited.credit, licence: 'TT, redaktionellt bruk', expiresOn: '2020-01-31' } },
  });
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const headline = 'Rymning från anstalten Hall';
  await writeArticle(page, spalt, { headline, lead: 'Två män rymde under natten.', body: 'Polisen söker dem.', byline: 'Alexander Isa' });

  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Bild' }).click();
  await page
    .getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' })
    .getByRole('button', { name: new RegExp(`^${credited.caption}`) })
    .click();
  const block = bodyEditor(page).getByRole('group', { name: 'Bild' });
  await expect(block.getByText(`Alternativtext: ${alt}`)).toBeVisible();

  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  const expired = checklist.getByRole('button', {
    name: `Fel: Licensen för bilden ”${alt}” gick ut 2020-01-31: byt bild, eller förläng licensen i Bilder.`,
  });
  await expect(expired).toBeVisible();
  await expect(checklist.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Rubrik' }).click();
  await expired.click();
  await expect(block).toBeFocused();

  const dialog = await openPublish(page);
  const summary = dialog.getByRole('region', { name: 'Kontrollista' });
  await expect(summary.getByRole('alert')).toHaveText(/^Checklistan visar 1 fel\. Rätta det innan du publicerar/);
  await expect(summary.getByRole('button', { name: /Licensen för bilden ”Polisbilar utanför anstalten Hall” gick ut/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Publicera', exact: true })).toBeDisabled();
  expect(await postsMatching(wordpress, headline)).toEqual([]);
});
