import type { Page } from '@playwright/test';
import type { Photo } from '../../shared/article/photo';
import { fixtureText } from '../support/photo-fixtures';
import { expectAccessible } from './axe-support';
import { bodyEditor, caretAfter, createArticle, expect, openSpalt, type SpaltServer } from './fixtures';
import { call, dropFiles, importByApi, pasteFiles, photoRows, test } from './photos-support';

const { iptc, xmp, exif } = fixtureText;

interface StoredNode {
  type: string;
  [key: string]: unknown;
}

function storedArticle(spalt: SpaltServer, id: string): { body: StoredNode[]; mainPhotoId: string | null } {
  const row = spalt.readDatabase((db) => db.prepare('SELECT body, main_photo_id FROM articles WHERE id = ?').get(id)) as {
    body: string;
    main_photo_id: string | null;
  };
  return { body: (JSON.parse(row.body) as { root: { children: StoredNode[] } }).root.children, mainPhotoId: row.main_photo_id };
}

/** A photo of the library with a freelance credit from its IPTC By-line and no alt text yet. */
async function creditedPhoto(page: Page, spalt: SpaltServer, path: string): Promise<Photo> {
  const photo = await importByApi(page, spalt, path);
  return call<Photo>(page, spalt, 'photos.update', {
    id: photo.id,
    edit: { caption: photo.caption, alt: '', credit: { ...photo.credit, type: 'freelance' } },
  });
}

async function fillAltInLibrary(page: Page, caption: string, alt: string): Promise<void> {
  await page.getByRole('region', { name: caption }).getByRole('textbox', { name: 'Alternativtext' }).fill(alt);
}

test('a library photo placed in an article shows caption and credit as the site prints them; the checklist follows its alt text', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  const photo = await creditedPhoto(page, spalt, files.iptc);
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Rymning från anstalten Hall');
  await bodyEditor(page).click();
  await page.keyboard.type('Två män rymde under natten.');

  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Bild' }).click();
  const dialog = page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' });
  await dialog.getByRole('searchbox', { name: 'Sök bland bilder' }).fill('polisbilar');
  await dialog.getByRole('button', { name: `${iptc.caption}, Foto: ${iptc.byline}. Saknar alt-text` }).click();
  await expect(dialog).toHaveCount(0);

  const block = bodyEditor(page).getByRole('group', { name: 'Bild' });
  await expect(block.getByText(`${iptc.caption} Foto: ${iptc.byline}`, { exact: true })).toBeVisible();
  await expect(block.getByText('Alternativtext saknas.')).toBeVisible();
  await expect.poll(() => block.locator('img').evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBe(1600);
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await expect(checklist.getByRole('button', { name: 'Fel: En bild saknar alternativtext.' })).toBeVisible();
  await expect(checklist.getByRole('button', { name: /saknar fotokredit/ })).toHaveCount(0);
  await expectAccessible(page, 'a library photo in the body, its alt text missing');
  await expect
    .poll(() => storedArticle(spalt, id).body.find((node) => node.type === 'photo'))
    .toMatchObject({ src: `spalt-photo:${photo.id}`, photoId: photo.id, caption: iptc.caption, credit: `Foto: ${iptc.byline}` });
  expect(storedArticle(spalt, id).body.map((node) => node.type)).toEqual(['paragraph', 'photo', 'paragraph']);

  // The block links to the library, where the alt text is written; "Används i" lists the article.
  await block.getByRole('link', { name: 'Ändra bildtext och kredit i bildbiblioteket' }).click();
  const detail = page.getByRole('region', { name: iptc.caption });
  await expect(detail.getByRole('region', { name: 'Används i' })).toContainText('Rymning från anstalten Hall – Utkast, i brödtexten');
  await fillAltInLibrary(page, iptc.caption, 'Två polisbilar framför anstaltens grind');
  await expect.poll(() => photoRows(spalt)[0]?.alt).toBe('Två polisbilar framför anstaltens grind');

  await detail.getByRole('region', { name: 'Används i' }).getByRole('link', { name: 'Rymning från anstalten Hall' }).click();
  await expect(block.getByText('Alternativtext: Två polisbilar framför anstaltens grind')).toBeVisible();
  await expect(checklist.getByRole('button', { name: /alternativtext/ })).toHaveCount(0);
  // The block's copy follows the library, so the markup the site gets says the same.
  await expect
    .poll(() => storedArticle(spalt, id).body.find((node) => node.type === 'photo')?.alt)
    .toBe('Två polisbilar framför anstaltens grind');
});

test('changing the credit in the library changes the photo block of an article open in another window', async ({
  page,
  spalt,
  context,
  photoFiles: files,
}) => {
  const photo = await creditedPhoto(page, spalt, files.iptc);
  await call(page, spalt, 'people.save', { name: 'Anna Svensson', kind: 'photographer', title: 'fotograf' });
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('/bild');
  await expect(page.getByRole('listbox', { name: 'Block att infoga' }).getByRole('option')).toHaveText(['Bild']);
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' })
    .getByRole('button', { name: new RegExp(`^${iptc.caption}`) })
    .click();
  const block = bodyEditor(page).getByRole('group', { name: 'Bild' });
  await expect(block.getByText(`${iptc.caption} Foto: ${iptc.byline}`, { exact: true })).toBeVisible();

  const library = await context.newPage();
  await library.goto(`${spalt.origin}/#/photos/${photo.id}`);
  const detail = library.getByRole('region', { name: iptc.caption });
  const name = detail.getByRole('combobox', { name: 'Namn' });
  await name.fill('Anna');
  const suggestions = detail.getByRole('listbox', { name: 'Förslag på namn och källor' });
  await expect(suggestions.getByRole('option', { name: /^Anna Svensson/ })).toBeVisible();
  await expectAccessible(library, 'the credit form suggesting a name from the registry');
  await suggestions.getByRole('option', { name: /^Anna Svensson/ }).click();
  await expect(name).toHaveValue('Anna Svensson');
  await expect(detail.getByRole('status', { name: 'Kreditrad' })).toHaveText('Foto: Anna Svensson');
  await detail.getByRole('textbox', { name: 'Bildtext' }).fill('Polisbilar utanför anstalten Hall i Södertälje');

  await expect(block.getByText('Polisbilar utanför anstalten Hall i Södertälje Foto: Anna Svensson', { exact: true })).toBeVisible();
  await expect
    .poll(() => storedArticle(spalt, id).body.find((node) => node.type === 'photo'))
    .toMatchObject({ caption: 'Polisbilar utanför anstalten Hall i Södertälje', credit: 'Foto: Anna Svensson' });
  expect(photoRows(spalt)[0]).toMatchObject({ credit_name: 'Anna Svensson', credit_type: 'staff' });
});

test('the main photo is chosen from the library, shows its caption and credit, and can be removed', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  const photo = await creditedPhoto(page, spalt, files.xmp);
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const main = page.getByRole('region', { name: 'Huvudbild' });
  await expect(main).toContainText('Ingen huvudbild vald.');
  await main.getByRole('button', { name: 'Välj huvudbild' }).click();
  await page
    .getByRole('dialog', { name: 'Välj huvudbild ur bildbiblioteket' })
    .getByRole('button', { name: new RegExp(`^${xmp.description}`) })
    .click();

  await expect(main.getByText(`${xmp.description} Foto: ${xmp.creator}`, { exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Ändra huvudbildens kredit i bildbiblioteket' })).toHaveAttribute(
    'href',
    `#/photos/${photo.id}`,
  );
  await expect.poll(() => storedArticle(spalt, id).mainPhotoId).toBe(photo.id);
  await expectAccessible(page, 'an article with its main photo chosen', ['light']);

  // The checklist judges the main photo by the library and jumps to the field.
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await checklist.getByRole('button', { name: 'Fel: En bild saknar alternativtext.' }).click();
  await expect(main).toBeFocused();

  await main.getByRole('button', { name: 'Ta bort huvudbild' }).click();
  await expect(main).toContainText('Ingen huvudbild vald.');
  await expect(checklist.getByRole('button', { name: /alternativtext/ })).toHaveCount(0);
  await expect.poll(() => storedArticle(spalt, id).mainPhotoId).toBeNull();
});

test('image files dropped or pasted into the body are imported and placed where they land', async ({ page, spalt, photoFiles: files }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.type('Första stycket.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andra stycket.');

  await dropFiles(editor.getByText('Första stycket.'), [files.xmp]);
  await expect(editor.getByRole('group', { name: 'Bild' })).toHaveCount(1);
  await expect(editor.getByText(`${xmp.description} Foto: ${xmp.creator}/${xmp.credit}`, { exact: true })).toBeVisible();
  await expect.poll(() => storedArticle(spalt, id).body.map((node) => node.type)).toEqual(['paragraph', 'photo', 'paragraph']);

  await caretAfter(page, editor.getByText('Andra stycket.'), 'End', 'Andra stycket.');
  await pasteFiles(page, [files.exif]);
  await expect(editor.getByRole('group', { name: 'Bild' })).toHaveCount(2);
  await expect(editor.getByText(`${exif.description} Kredit saknas.`, { exact: true })).toBeVisible();
  await expect
    .poll(() => storedArticle(spalt, id).body.map((node) => node.type))
    .toEqual(['paragraph', 'photo', 'paragraph', 'photo', 'paragraph']);
  expect(photoRows(spalt).map((row) => row.file_name)).toEqual(['xmp-credit.jpg', 'exif-credit.jpg']);

  // A file that is no image is refused in words, and nothing is placed.
  await dropFiles(editor.getByText('Andra stycket.'), [files.notImage]);
  await expect(page.getByRole('alert')).toContainText(
    '”not-an-image.jpg” är ingen bild som Spalt kan läsa. Använd JPEG, PNG, WebP eller GIF.',
  );
  await expect(editor.getByRole('group', { name: 'Bild' })).toHaveCount(2);
  await expectAccessible(page, 'photos dropped into the body, one file refused');
});

test('Shift+Alt+M opens the picker, which imports a new photo and places it; "Byt bild" swaps it for another', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.press('Shift+Alt+KeyM');
  const dialog = page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' });
  await expect(dialog.getByText('Bildbiblioteket är tomt: importera en bild.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Importera ny bild…' }).click();
  await (await chooser).setFiles(files.exif);
  await expect(dialog).toHaveCount(0);
  const block = bodyEditor(page).getByRole('group', { name: 'Bild' });
  await expect(block.getByText(exif.description)).toBeVisible();
  await expect(block.getByText('Kredit saknas.')).toBeVisible();
  const photoId = String(photoRows(spalt)[0]?.id);
  await expect.poll(() => storedArticle(spalt, id).body[0]).toMatchObject({ type: 'photo', photoId });
  await expect(
    page.getByRole('region', { name: 'Kontrollista' }).getByRole('button', { name: 'Fel: En bild saknar fotokredit.' }),
  ).toBeVisible();

  // "Byt bild" puts another library photo in the same block; typing in its search stays in the dialog.
  const other = await creditedPhoto(page, spalt, files.xmp);
  await block.getByRole('button', { name: 'Byt bild' }).click();
  const replace = page.getByRole('dialog', { name: 'Byt bild' });
  await replace.getByRole('searchbox', { name: 'Sök bland bilder' }).pressSequentially('resenärer');
  await expect(replace.getByRole('listitem')).toHaveCount(1);
  await replace.getByRole('button', { name: new RegExp(`^${xmp.description}`) }).click();
  await expect(block.getByText(`${xmp.description} Foto: ${xmp.creator}`, { exact: true })).toBeVisible();
  await expect.poll(() => storedArticle(spalt, id).body[0]).toMatchObject({ type: 'photo', photoId: other.id, caption: xmp.description });
  // Nothing typed in the dialog went into the text.
  expect(storedArticle(spalt, id).body.slice(1)).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })]);
});
