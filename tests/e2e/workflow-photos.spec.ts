/**
 * A Contributor's photos through the interface, two Spalts (own data folder, own browser
 * context) on one WordPress: the journalist places a library photo in the body and chooses a
 * main photo, and submits; WordPress refuses the role media, so the photos go beside the post.
 * The pending post opens as valid blocks in WordPress's own editor. The editor opens the
 * submission from "Att granska", sees both photos with their "Foto: …" lines in the article
 * (from the editor's own photo library), publishes, and a logged-out reader sees both photos
 * and their credits on the public page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Photo } from '../../shared/article/photo';
import { fixtureText } from '../support/photo-fixtures';
import { startSpaltProcess } from '../support/spalt-process';
import { openInEditor, readBlockValidity } from '../wordpress/block-editor';
import { bodyEditor, openSpalt } from './fixtures';
import { call, importByApi, photoFixtures } from './photos-support';
import {
  addSite,
  chooseMainPhoto,
  creditedPhoto,
  expect,
  expectAllStepsDone,
  openPublish,
  postsMatching,
  test,
  writeArticle,
} from './publish-support';

const headline = 'Nya perronger på Södertälje syd';
const bodyAlt = 'Två polisbilar vid perrongen';

test('a Contributor submits an article with library photos; the Editor sees them with their credits, publishes, and readers see them', async ({
  page,
  spalt,
  wordpress,
  browser,
}) => {
  test.setTimeout(180_000);

  // The journalist, as Contributor: a main photo and a photo placed in the body, both credited.
  await openSpalt(page, spalt);
  const main = await creditedPhoto(page, spalt, 'Resenärer väntar på perrongen en regnig morgon');
  const files = await photoFixtures();
  const imported = await importByApi(page, spalt, files.iptc);
  const inBody = await call<Photo>(page, spalt, 'photos.update', {
    id: imported.id,
    edit: { caption: imported.caption, alt: bodyAlt, credit: { ...imported.credit, type: 'freelance' } },
  });
  await addSite(page, wordpress, 'Telge Nytt', 'contributor');
  await writeArticle(page, spalt, {
    headline,
    lead: 'Trafikverket bygger om stationen.',
    body: 'Arbetet pågår till sommaren.',
    byline: 'Anna Lind',
  });
  await chooseMainPhoto(page, main.caption);
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Bild' }).click();
  const picker = page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' });
  await picker.getByRole('searchbox', { name: 'Sök bland bilder' }).fill('polisbilar');
  await picker.getByRole('button', { name: new RegExp(`^${fixtureText.iptc.caption}`) }).click();
  const bodyLine = `${inBody.caption} ${inBody.creditLine}`;
  await expect(bodyEditor(page).getByRole('group', { name: 'Bild' }).getByText(bodyLine, { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Sparat \d{2}:\d{2}$/ })).toBeVisible();

  const dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Skicka till granskning', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Skickad till granskning på Telge Nytt.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const [post, ...others] = (await postsMatching(wordpress, 'perronger')).filter((found) => !found.slug.startsWith('spalt-photo-'));
  expect(others).toEqual([]);
  expect(post?.status).toBe('pending');

  // WordPress's own editor opens the pending post as valid blocks, the photo waiting without an address.
  const wpContext = await browser.newContext();
  try {
    const wpPage = await wpContext.newPage();
    await openInEditor(wpPage, wordpress, post!.id);
    const blocks = await readBlockValidity(wpPage);
    expect(blocks.filter((block) => !block.isValid)).toEqual([]);
    expect(blocks.map((block) => block.name)).toContain('core/image');
  } finally {
    await wpContext.close();
  }

  // The editor, in a Spalt and a browser of their own, opens it from the queue.
  const editorDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-photo-editor-'));
  const editorServer = await startSpaltProcess(editorDir);
  const editorContext = await browser.newContext();
  try {
    const desk = await editorContext.newPage();
    await desk.goto(editorServer.url);
    await addSite(desk, wordpress, 'Telge Nytt', 'editor');
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att granska' }).click();
    const row = desk.getByRole('table', { name: 'Inskickat på Telge Nytt' }).getByRole('row').filter({ hasText: headline });
    await row.getByRole('button', { name: `Öppna ”${headline}”` }).click();
    await expect(desk.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(headline);

    // Both photos, from the editor's own library, with the writer's captions and credit lines.
    const mainRegion = desk.getByRole('region', { name: 'Huvudbild' });
    await expect(mainRegion.getByText(`${main.caption} ${main.creditLine}`, { exact: true })).toBeVisible();
    const block = bodyEditor(desk).getByRole('group', { name: 'Bild' });
    await expect(block.getByText(bodyLine, { exact: true })).toBeVisible();
    await expect.poll(() => block.locator('img').evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBeGreaterThan(0);

    const deskDialog = await openPublish(desk);
    await expect(deskDialog.getByRole('region', { name: 'Kontrollista' })).toContainText('Checklistan är klar.');
    await expect(deskDialog.getByText('2 av 2 bilder laddas upp.')).toBeVisible();
    await deskDialog.getByRole('radio', { name: 'Publicera nu' }).check();
    await deskDialog.getByRole('button', { name: 'Publicera', exact: true }).click();
    await expectAllStepsDone(deskDialog);
    await expect(deskDialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();
  } finally {
    await editorContext.close();
    await editorServer.stop();
    rmSync(editorDir, { recursive: true, force: true });
  }

  // A logged-out reader: both photos, each with its caption and credit line; no companion left.
  const published = (await postsMatching(wordpress, 'perronger')).filter((found) => found.status === 'publish');
  expect(published.map((found) => found.id)).toEqual([post!.id]);
  expect((await postsMatching(wordpress, 'perronger')).filter((found) => found.slug.startsWith('spalt-photo-'))).toEqual([]);
  const readerContext = await browser.newContext();
  try {
    const reader = await readerContext.newPage();
    await reader.goto(published[0]!.link);
    await expect(reader.getByRole('heading', { name: headline, level: 1 })).toBeVisible();
    const bodyImage = reader.getByRole('img', { name: bodyAlt });
    await expect(bodyImage).toBeVisible();
    await expect.poll(() => bodyImage.evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(reader.getByRole('img', { name: main.alt })).toBeVisible();
    await expect(reader.getByText(bodyLine, { exact: true })).toBeVisible();
    await expect(reader.getByText(`${main.caption} ${main.creditLine}`, { exact: true })).toBeVisible();
  } finally {
    await readerContext.close();
  }
});
