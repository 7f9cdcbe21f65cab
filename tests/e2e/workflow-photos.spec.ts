/**
 * A Contributor's photos through the interface, two Spalts (own data folder, own browser
 * context) on one WordPress: the journalist places a library photo in the body and chooses a
 * main photo, and submits; WordPress refuses the role media, so the photos go beside the post.
 * The pending post opens as valid blocks in WordPress's own editor. The editor opens the
 * submission from "Att granska", sees both photos with their "Foto: …" lines in the article
 * (from the editor's own photo library), publishes, and a logged-out reader sees both photos
 * and their credits on the public page. A photo whose companion draft was changed by hand on
 * the site is named in the editor's checklist, in Swedish and in English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Photo } from '../../shared/article/photo';
import { fixtureText } from '../support/photo-fixtures';
import { startSpaltProcess } from '../support/spalt-process';
import { openInEditor, readBlockValidity } from '../wordpress/block-editor';
import { bodyEditor, openSpalt, savedLine } from './fixtures';
import { body, p as paragraph, photo as photoBlock } from '../fixtures/seeds/build';
import { call, importByApi, photoFixtures } from './photos-support';
import {
  addSite,
  chooseMainPhoto,
  creditedPhoto,
  expect,
  expectAllStepsDone,
  openPublish,
  postsMatching,
  rest,
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
  await expect(savedLine(page)).toBeVisible();

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

test('a photo whose draft was changed by hand on the site is named in the editor’s checklist, in Swedish and in English', async ({
  page,
  spalt,
  wordpress,
  browser,
}) => {
  test.setTimeout(150_000);
  const title = 'Kvällsljus över kanalen';
  const alt = 'Kanalen i kvällsljus vid slussen';

  // The journalist's submission, made through Spalt's operations: one library photo in the body.
  await openSpalt(page, spalt);
  const site = await call<{ id: string }>(page, spalt, 'sites.save', {
    name: 'Telge Nytt',
    address: wordpress.url,
    username: wordpress.users.contributor.username,
    password: wordpress.users.contributor.applicationPassword,
  });
  const photo = await creditedPhoto(page, spalt, alt);
  const created = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  await call(page, spalt, 'articles.save', {
    id: created.id,
    baseRevision: created.revision,
    draft: {
      kind: 'news',
      kicker: '',
      headline: title,
      lead: 'Slussen lyser upp kanalen.',
      bylines: [{ role: 'text', name: 'Anna Lind', personId: null }],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: body(paragraph('Ljuset tänds klockan sju.'), photoBlock({ photoId: photo.id, alt, credit: photo.creditLine })),
    },
  });
  await call(page, spalt, 'publish.start', { articleId: created.id, siteId: site.id, action: 'pending' });
  await expect
    .poll(async () => (await postsMatching(wordpress, 'Kvällsljus')).filter((found) => found.status === 'pending').length, {
      timeout: 30_000,
    })
    .toBe(1);
  const [post] = (await postsMatching(wordpress, 'Kvällsljus')).filter((found) => found.status === 'pending');
  const [companion] = await rest<Array<{ id: number }>>(
    wordpress,
    `/wp/v2/posts?search=spalt-photo-${post!.id}-&status=draft&context=edit`,
    { as: 'administrator' },
  );
  // Someone opens the draft in WordPress and saves it with other content: the photo's bytes are gone.
  await rest(wordpress, `/wp/v2/posts/${companion!.id}`, {
    method: 'POST',
    as: 'administrator',
    body: { content: '<!-- wp:paragraph --><p>Rensat.</p><!-- /wp:paragraph -->' },
  });

  const editorDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-photo-editor-'));
  const editorServer = await startSpaltProcess(editorDir);
  const editorContext = await browser.newContext();
  try {
    const desk = await editorContext.newPage();
    await desk.goto(editorServer.url);
    await addSite(desk, wordpress, 'Telge Nytt', 'editor');
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att granska' }).click();
    await desk
      .getByRole('table', { name: 'Inskickat på Telge Nytt' })
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('button', { name: `Öppna ”${title}”` })
      .click();
    await expect(desk.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(title);
    const checklist = desk.getByRole('region', { name: 'Kontrollista' });
    await expect(
      checklist.getByRole('button', {
        name: `Fel: Bilden ”${alt}” kom inte fram med granskningen (dess utkast på webbplatsen saknas eller går inte att läsa). Be skribenten skicka artikeln till granskning igen, öppna den sedan på nytt under Att granska, eller byt bilden.`,
      }),
    ).toBeVisible();

    await desk.getByRole('link', { name: 'Inställningar' }).click();
    await desk.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
    await desk.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'To review' }).click();
    await desk
      .getByRole('table', { name: 'Submitted on Telge Nytt' })
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('button', { name: `Open “${title}”` })
      .click();
    await expect(
      desk.getByRole('region', { name: 'Checklist' }).getByRole('button', {
        name: `Error: The photo “${alt}” did not arrive with the review (its draft on the site is missing or cannot be read). Ask the writer to submit the article for review again, then open it again under To review, or replace the photo.`,
      }),
    ).toBeVisible();
  } finally {
    await editorContext.close();
    await editorServer.stop();
    rmSync(editorDir, { recursive: true, force: true });
  }
});
