import { readFile } from 'node:fs/promises';
import { fixtureText } from '../support/photo-fixtures';
import { expectAccessible } from './axe-support';
import { expect, savedLine } from './fixtures';
import { call, dropFiles, importByApi, importThroughChooser, openPhotoLibrary, pasteFiles, photoRows, test } from './photos-support';

const { iptc, xmp, exif } = fixtureText;

test('a photo imported through the file chooser shows its embedded credit and where each value came from', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  await openPhotoLibrary(page, spalt);
  await expect(page.getByText(/Inga bilder ännu/)).toBeVisible();

  await importThroughChooser(page, [files.iptc]);
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('iptc-credit.jpg Importerad');

  const detail = page.getByRole('region', { name: iptc.caption });
  // The web rendition loads (the preview's alt text is still empty, so it is no named image yet).
  await expect
    .poll(() => detail.locator('img.photo-detail-preview').evaluate((img: { naturalWidth: number }) => img.naturalWidth))
    .toBe(1600);
  await expect(detail.getByRole('textbox', { name: 'Bildtext' })).toHaveValue(iptc.caption);
  await expect(detail.getByText('Från IPTC Caption-Abstract')).toBeVisible();
  await expect(detail.getByRole('combobox', { name: 'Namn' })).toHaveValue(iptc.byline);
  await expect(detail.getByText('Från IPTC By-line')).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Organisation eller källa' })).toHaveValue(iptc.credit);
  await expect(detail.getByText('Från IPTC Credit')).toBeVisible();
  await expect(detail.getByRole('textbox', { name: 'Licens', exact: true })).toHaveValue(iptc.copyright);
  await expect(detail.getByText('Från IPTC Copyright Notice')).toBeVisible();

  // The file's own words, field by field under the standard's names.
  const embedded = detail.getByRole('table', { name: 'Uppgifter inbäddade i filen' });
  await expect(embedded.getByRole('row', { name: /^IPTC By-line/ })).toHaveText(`IPTC By-line${iptc.byline}`);
  await expect(embedded.getByRole('row', { name: /^IPTC Headline/ })).toHaveText(`IPTC Headline${iptc.headline}`);
  await expect(detail.getByText(/^1\s600 × 1\s067 px$/)).toBeVisible();

  // No credit type yet: no credit line, and the tile says what is missing.
  const creditLine = detail.getByRole('status', { name: 'Kreditrad' });
  await expect(creditLine).toHaveText('Krediten saknas: välj kredittyp och skriv namn eller källa.');
  const grid = page.getByRole('grid', { name: 'Bilder i biblioteket' });
  await expect(grid.getByRole('button', { name: `${iptc.caption}, kredit saknas. Saknar kredit. Saknar alt-text` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^1 bild$/ })).toBeVisible();
});

test('credit and alt text are filled in, checked as typed and saved without a save button', async ({ page, spalt, photoFiles: files }) => {
  await openPhotoLibrary(page, spalt);
  await importThroughChooser(page, [files.iptc]);
  const detail = page.getByRole('region', { name: iptc.caption });
  const creditLine = detail.getByRole('status', { name: 'Kreditrad' });

  await detail.getByRole('combobox', { name: 'Kredittyp' }).selectOption({ label: 'Frilans' });
  await expect(creditLine).toHaveText(`Foto: ${iptc.byline}`);
  const alt = detail.getByRole('textbox', { name: 'Alternativtext' });
  await expect(detail.getByText('Alternativtext krävs: beskriv vad bilden visar.')).toBeVisible();
  await alt.fill('IMG_4711.jpg');
  await expect(detail.getByText('”IMG_4711.jpg” ser ut som ett filnamn: beskriv vad bilden visar.')).toBeVisible();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  const description = 'Två polisbilar parkerade framför anstaltens grind';
  await alt.fill(description);
  await expect(alt).toHaveAttribute('aria-invalid', 'false');
  await detail.getByRole('checkbox', { name: 'Får bara publiceras en gång' }).check();
  await detail.getByLabel('Licensen gäller till och med').fill('2031-12-31');

  await expect
    .poll(() => photoRows(spalt)[0])
    .toMatchObject({
      alt: description,
      credit_type: 'freelance',
      credit_name: iptc.byline,
      credit_line: `Foto: ${iptc.byline}`,
      credit_one_time_use: 1,
      credit_expires_on: '2031-12-31',
      incomplete: 0,
    });
  await expect(savedLine(detail)).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Bilder i biblioteket' });
  await expect(grid.getByRole('button', { name: `${iptc.caption}, Foto: ${iptc.byline}`, exact: true })).toBeVisible();

  // Typing and leaving at once loses nothing: the field's blur saves.
  await detail.getByRole('textbox', { name: 'Villkor och anteckningar' }).fill('Endast i papperstidningen och på webben');
  await detail.getByRole('textbox', { name: 'Bildtext' }).focus();
  await page.getByRole('link', { name: 'Artiklar' }).click();
  await expect.poll(() => photoRows(spalt)[0]?.credit_usage_notes).toBe('Endast i papperstidningen och på webben');

  await page.goto(`${spalt.origin}/#/photos/${String(photoRows(spalt)[0]?.id)}`);
  await expect(page.getByRole('region', { name: iptc.caption }).getByRole('textbox', { name: 'Alternativtext' })).toHaveValue(description);
});

test('the same file imported again is found in the library, and files that are no images are refused in words', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  await openPhotoLibrary(page, spalt);
  const imports = page.getByRole('region', { name: 'Import' });
  await importThroughChooser(page, [files.iptc]);
  await expect(imports.getByRole('listitem').first()).toContainText('Importerad');
  await importThroughChooser(page, [files.xmp]);
  await expect(page.getByRole('region', { name: xmp.description })).toBeVisible();

  await importThroughChooser(page, [files.iptc]);
  await expect(imports.getByRole('listitem').first()).toContainText('iptc-credit.jpg Bilden finns redan i biblioteket');
  // The photo already there opens.
  await expect(page.getByRole('region', { name: iptc.caption })).toBeVisible();
  expect(photoRows(spalt)).toHaveLength(2);

  await importThroughChooser(page, [files.notImage, files.empty]);
  await expect(imports.getByRole('alert').filter({ hasText: 'not-an-image.jpg' })).toHaveText(
    '”not-an-image.jpg” är ingen bild som Spalt kan läsa. Använd JPEG, PNG, WebP eller GIF.',
  );
  await expect(imports.getByRole('alert').filter({ hasText: 'empty.jpg' })).toContainText('”empty.jpg” är tom (0 byte).');
  expect(photoRows(spalt)).toHaveLength(2);
  await expectAccessible(page, 'the import list with imported, already there and refused files');

  // The library keeps working after a refusal.
  await importThroughChooser(page, [files.exif]);
  await expect(page.getByRole('region', { name: exif.description })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Bilder i biblioteket' }).getByRole('button')).toHaveCount(3);
  expect(photoRows(spalt).map((row) => row.file_name)).toEqual(['iptc-credit.jpg', 'xmp-credit.jpg', 'exif-credit.jpg']);
});

test('search, the credit type filter and "Saknar kredit eller alt-text" narrow the grid', async ({ page, spalt, photoFiles: files }) => {
  const exifPhoto = await importByApi(page, spalt, files.exif);
  await importByApi(page, spalt, files.iptc);
  await importByApi(page, spalt, files.xmp);
  await call(page, spalt, 'photos.update', {
    id: exifPhoto.id,
    edit: { caption: exifPhoto.caption, alt: 'Segelbåtar förtöjda vid kajen', credit: { ...exifPhoto.credit, type: 'freelance' } },
  });
  await openPhotoLibrary(page, spalt);
  const grid = page.getByRole('grid', { name: 'Bilder i biblioteket' });
  const tiles = grid.getByRole('button');
  await expect(tiles).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Saknar kredit eller alt-text' }).check();
  await expect(tiles).toHaveCount(2);
  await expect(grid.getByRole('button', { name: new RegExp(exif.description) })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Saknar kredit eller alt-text' }).uncheck();
  await expect(tiles).toHaveCount(3);

  const search = page.getByRole('searchbox', { name: 'Sök bland bilder' });
  await search.fill('Öberg');
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toHaveAccessibleName(new RegExp(`^${xmp.description}, Foto: ${xmp.creator}/`));
  await search.fill('polisbilar');
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toHaveAccessibleName(new RegExp(`^${iptc.caption}`));
  await search.fill('Göteborg');
  await expect(page.getByText('Inga bilder matchar ”Göteborg”.')).toBeVisible();
  await search.fill('');
  await expect(tiles).toHaveCount(3);

  const type = page.getByRole('combobox', { name: 'Visa kredittyp' });
  await type.selectOption({ label: 'Frilans' });
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toHaveAccessibleName(`${exif.description}, Foto: ${exif.artist}`);
  await type.selectOption({ label: 'Utan kredittyp' });
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toHaveAccessibleName(new RegExp(`^${iptc.caption}, kredit saknas`));
});

test('photos dropped anywhere on the view or pasted are imported', async ({ page, spalt, photoFiles: files }) => {
  await openPhotoLibrary(page, spalt);
  await dropFiles(page.getByRole('region', { name: 'Bilder', exact: true }), [files.webp, files.gif]);
  const imports = page.getByRole('region', { name: 'Import' });
  await expect(imports).toContainText('photo.webp Importerad');
  await expect(imports).toContainText('animated.gif Importerad');

  await page.getByRole('heading', { name: 'Bilder', level: 1 }).click();
  await pasteFiles(page, [files.png]);
  await expect(imports).toContainText('alpha.png Importerad');
  await expect(page.getByRole('grid', { name: 'Bilder i biblioteket' }).getByRole('button')).toHaveCount(3);
  expect(photoRows(spalt).map((row) => [row.file_name, row.mime_type])).toEqual([
    ['photo.webp', 'image/webp'],
    ['animated.gif', 'image/gif'],
    ['alpha.png', 'image/png'],
  ]);
});

test('the credit report downloads as CSV with the photos used in the period, naming the credit type as the form does', async ({
  page,
  spalt,
  photoFiles: files,
}) => {
  const photo = await importByApi(page, spalt, files.iptc);
  await call(page, spalt, 'photos.update', {
    id: photo.id,
    edit: { caption: photo.caption, alt: 'Två polisbilar vid grinden', credit: { ...photo.credit, type: 'freelance' } },
  });
  const article = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  await call(page, spalt, 'articles.save', {
    id: article.id,
    baseRevision: article.revision,
    draft: {
      kind: 'news',
      kicker: '',
      headline: 'Rymning från anstalten Hall',
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: photo.id,
      body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] } },
    },
  });
  await openPhotoLibrary(page, spalt);
  // The type is chosen by its name in the form; the report and the credit line use the same word.
  await page.getByRole('grid', { name: 'Bilder i biblioteket' }).getByRole('button').click();
  const detail = page.getByRole('region', { name: iptc.caption });
  await detail.getByRole('combobox', { name: 'Kredittyp' }).selectOption({ label: 'Privat' });
  await expect(detail.getByRole('status', { name: 'Kreditrad' })).toHaveText('Foto: Privat');
  await expect.poll(() => photoRows(spalt)[0]?.credit_type).toBe('handout');
  await page.getByRole('button', { name: 'Kreditrapport' }).click();
  const form = page.getByRole('form', { name: 'Kreditrapport för en period' });
  await expect(form.getByLabel('Till och med')).not.toHaveValue('');
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Ladda ner CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toContain('Bildbyline');
  expect(rows).toHaveLength(1);
  const cells = rows[0]?.split(';') ?? [];
  const column = (name: string) => cells[header?.split(';').indexOf(name) ?? -1];
  expect(column('Krediteringstyp')).toBe('Privat');
  expect(column('Bildbyline')).toBe('Foto: Privat');
  expect(rows[0]).toContain('Rymning från anstalten Hall');
  await expect(form.getByRole('status')).toContainText('med 1 rad.');
  await expectAccessible(page, 'the credit report form, its report downloaded', ['light']);
});

test('"Används i" lists every article using the photo, and the licence warnings show', async ({ page, spalt, photoFiles: files }) => {
  const photo = await importByApi(page, spalt, files.iptc);
  await call(page, spalt, 'photos.update', {
    id: photo.id,
    edit: {
      caption: photo.caption,
      alt: 'Två polisbilar vid grinden',
      credit: { ...photo.credit, type: 'freelance', oneTimeUse: true, expiresOn: '2020-01-31' },
    },
  });
  const emptyBody = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] } };
  for (const headline of ['Rymning från anstalten Hall', 'Polisen söker vittnen']) {
    const article = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
    await call(page, spalt, 'articles.save', {
      id: article.id,
      baseRevision: article.revision,
      draft: {
        kind: 'news',
        kicker: '',
        headline,
        lead: '',
        bylines: [],
        label: '',
        disclaimer: '',
        sponsor: '',
        mainPhotoId: photo.id,
        body: emptyBody,
      },
    });
  }
  await openPhotoLibrary(page, spalt);
  const tile = page.getByRole('grid', { name: 'Bilder i biblioteket' }).getByRole('button');
  await expect(tile).toHaveAccessibleName(`${iptc.caption}, Foto: ${iptc.byline}. Licensen har gått ut. Engångslicens i flera artiklar`);
  await tile.click();

  const detail = page.getByRole('region', { name: iptc.caption });
  const warnings = detail.getByRole('list', { name: 'Varningar' });
  await expect(warnings.getByRole('listitem')).toHaveText([
    'Licensen gick ut 31 januari 2020. Bilden får inte publiceras igen.',
    'Licensen gäller en enda publicering, men bilden används i 2 artiklar. Bara den som publiceras först får ha den.',
  ]);
  const uses = detail.getByRole('region', { name: 'Används i' });
  await expect(uses.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'a photo with licence warnings and the articles using it');
  await expect(uses.getByRole('listitem').filter({ hasText: 'Polisen söker vittnen' })).toHaveText(
    'Polisen söker vittnen – Utkast, huvudbild',
  );
  await uses.getByRole('link', { name: 'Polisen söker vittnen' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Polisen söker vittnen');
  await expect(page.getByRole('region', { name: 'Huvudbild' })).toContainText(`${iptc.caption} Foto: ${iptc.byline}`);
});

test('metadata holding markup and control characters is shown as text, never run', async ({ page, spalt, photoFiles: files }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openPhotoLibrary(page, spalt);
  await importThroughChooser(page, [files.hostileMetadata]);
  // Control characters are gone (the escape of "\u001b[31m" too, leaving its harmless letters).
  const caption = 'Bildtext[31m med kontroll tecken och radbrytning';
  const detail = page.getByRole('region', { name: caption });
  const embedded = detail.getByRole('table', { name: 'Uppgifter inbäddade i filen' });
  await expect(embedded.getByRole('row', { name: /^IPTC Headline/ }).getByRole('cell')).toHaveText(fixtureText.hostile.script);
  await expect(embedded.getByRole('row', { name: /^IPTC By-line/ }).getByRole('cell')).toHaveText(fixtureText.hostile.img);
  await expect(detail.getByRole('combobox', { name: 'Namn' })).toHaveValue(fixtureText.hostile.img);
  await expect(detail.getByRole('textbox', { name: 'Bildtext' })).toHaveValue(caption);
  // Nothing of it became markup: no element from the metadata, no script run.
  await expect(page.locator('.photo-detail script, .photo-detail img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the grid is reached with Tab and walked with the arrow keys; Enter opens a photo', async ({ page, spalt, photoFiles: files }) => {
  for (const path of [files.exif, files.xmp, files.iptc]) await importByApi(page, spalt, path);
  await openPhotoLibrary(page, spalt);
  const grid = page.getByRole('grid', { name: 'Bilder i biblioteket' });
  await expect(grid.getByRole('button')).toHaveCount(3);
  // Newest first; only one tile is in the tab order.
  await page.getByRole('checkbox', { name: 'Saknar kredit eller alt-text' }).focus();
  await page.keyboard.press('Tab');
  await expect(grid.getByRole('button').nth(0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(grid.getByRole('button').nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: exif.description })).toBeVisible();
  await expect(page).toHaveURL(/#\/photos\/[0-9a-f-]{36}$/);
});
