/**
 * The publishing queue against a real WordPress: a post changed on the site and here merges
 * by itself, or, at a true clash, brings up the merge (in the dialog and in the queue) where
 * the person picks per clash, and the same post is updated; a site
 * that cannot be reached leaves the job waiting with the reason, and the queue view lists the
 * jobs live, retries and cancels after asking.
 */
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { bodyEditor, expectSaved, openSpalt, type SpaltServer } from './fixtures';
import {
  addSite,
  expect,
  expectAllStepsDone,
  openPublish,
  postBySlug,
  postsMatching,
  rest,
  test,
  writeArticle,
  type EditPost,
} from './publish-support';
import type { WordPressSite } from '../wordpress/site';
import { expectAccessible, scansWith } from './axe-support';

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

/** Writes a two-paragraph article and publishes it; answers the post as the site has it and the article's id. */
async function publishedTwice(page: Page, spalt: SpaltServer, wordpress: WordPressSite, headline: string, paragraphs: [string, string]) {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const id = await writeArticle(page, spalt, { headline, lead: 'Bygget börjar i vår.', body: paragraphs[0], byline: 'Alexander Isa' });
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraphs[1]);
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toContain(paragraphs[1]);
  const dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('list', { name: 'Webbplatser' })).toContainText('Publicerad på Telge Nytt');
  const slug = headline.toLowerCase().replace(/ /g, '-').replace(/[åä]/g, 'a').replace(/ö/g, 'o');
  const post = await postBySlug(wordpress, slug);
  // WordPress keeps modified_gmt to the second: another person's edit comes in a later second.
  await expect.poll(() => Date.now(), { timeout: 3_000 }).toBeGreaterThan(Date.parse(`${post.modified_gmt}Z`) + 1_000);
  return { id, post, slug };
}

/** The caret at the end of the paragraph that reads `text`, as a click just after its last word puts it. */
async function caretAtEnd(page: Page, text: string): Promise<void> {
  const paragraph = bodyEditor(page).getByText(text);
  const box = await paragraph.boundingBox();
  if (box === null) throw new Error(`no paragraph "${text}"`);
  await paragraph.click({ position: { x: box.width - 1, y: box.height / 2 } });
  await page.keyboard.press('End');
  const atEnd =
    '(() => { const s = getSelection(); return s !== null && s.isCollapsed && s.anchorOffset === (s.anchorNode?.textContent ?? "").length; })()';
  await expect.poll(() => page.evaluate<boolean>(atEnd)).toBe(true);
}

/** Another user of the site edits the post in WordPress. */
async function editOnSite(wordpress: WordPressSite, post: EditPost, change: { title?: string; from: string; to: string }) {
  expect(post.content.raw).toContain(change.from);
  await rest<EditPost>(wordpress, `/wp/v2/posts/${post.id}`, {
    method: 'POST',
    as: 'administrator',
    body: { ...(change.title ? { title: change.title } : {}), content: post.content.raw.replace(change.from, change.to) },
  });
}

/** The post's public page, as a reader who is not logged in gets it. */
async function publicPage(post: EditPost): Promise<string> {
  const response = await fetch(post.link);
  expect(response.status).toBe(200);
  return response.text();
}

test('edits on the site and here in different paragraphs merge by themselves: the post has both, and the editor shows the site’s', async ({
  page,
  spalt,
  wordpress,
}) => {
  const headline = 'Ny skola byggs i Geneta';
  const { id, post, slug } = await publishedTwice(page, spalt, wordpress, headline, [
    'Skolan får plats för 600 elever.',
    'Bygget tar två år.',
  ]);
  const siteTitle = 'Ny skola byggs i Geneta – kommunen bekräftar';
  await editOnSite(wordpress, post, { title: siteTitle, from: '600 elever', to: '650 elever' });

  await caretAtEnd(page, 'Bygget tar två år.');
  await page.keyboard.type(' Kostnaden är 300 miljoner kronor.');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toContain('Bygget tar två år. Kostnaden är 300 miljoner kronor.');
  await expectSaved(page);
  const before = spalt.readDatabase((db) => db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id)) as number;

  const dialog = await openPublish(page);
  await expect(dialog.getByText('Artikeln finns redan på webbplatsen; samma inlägg uppdateras.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  const after = await postBySlug(wordpress, slug);
  expect(after.id).toBe(post.id);
  expect(after.title.raw).toBe(siteTitle);
  expect(after.content.raw).toContain('Skolan får plats för 650 elever.');
  expect(after.content.raw).toContain('Bygget tar två år. Kostnaden är 300 miljoner kronor.');
  const reader = await publicPage(after);
  expect(reader).toContain('Skolan får plats för 650 elever.');
  expect(reader).toContain('Kostnaden är 300 miljoner kronor.');
  expect((await postsMatching(wordpress, 'Geneta')).map((found) => found.id)).toEqual([post.id]);

  // The merge is the article's next revision, and the open editor follows it.
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(siteTitle);
  await expect(bodyEditor(page)).toContainText('Skolan får plats för 650 elever.');
  await expect(bodyEditor(page)).toContainText('Kostnaden är 300 miljoner kronor.');
  expect(spalt.readDatabase((db) => db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id))).toBeGreaterThan(before);
});

test('a true clash shows the ancestor and both sides; the pick per clash goes out and the other side is kept', async ({
  page,
  spalt,
  wordpress,
}) => {
  const headline = 'Simhallen i Ronna stänger';
  const { id, post, slug } = await publishedTwice(page, spalt, wordpress, headline, [
    'Simhallen stänger för renovering.',
    'Den öppnar igen i augusti.',
  ]);
  await editOnSite(wordpress, post, { from: 'i augusti.', to: 'i september.' });
  await editOnSite(wordpress, await postBySlug(wordpress, slug), { from: 'för renovering', to: 'för en stor renovering' });

  await caretAtEnd(page, 'Den öppnar igen i augusti.');
  for (let i = 0; i < 'augusti.'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('oktober.');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toContain('Den öppnar igen i oktober.');
  const newLead = 'Renoveringen kostar 40 miljoner kronor.';
  await page.getByRole('textbox', { name: 'Ingress' }).fill(newLead);
  await expectSaved(page);

  const dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  const merge = dialog.getByRole('region', { name: 'Ändrat både här och på webbplatsen' });
  await expect(merge).toBeVisible({ timeout: 30_000 });
  await expect(merge.getByRole('status')).toHaveText(
    'Webbplatsen ändrade 2 delar av artikeln. Du ändrade 2 delar. 1 krock att välja i, resten är ihopslaget.',
  );
  const clash = merge.getByRole('group', { name: 'Krock 1 av 1: stycke 2' });
  await expect(clash.getByRole('group', { name: 'Förut' })).toContainText('Den öppnar igen i augusti.');
  // Each side marks, word by word, what it changed since then.
  const mine = clash.getByRole('group', { name: 'Din version' });
  await expect(mine.getByRole('deletion')).toHaveText('augusti');
  await expect(mine.getByRole('insertion')).toHaveText('oktober');
  const theirs = clash.getByRole('group', { name: 'Webbplatsens version' });
  await expect(theirs.getByRole('deletion')).toHaveText('augusti');
  await expect(theirs.getByRole('insertion')).toHaveText('september');
  await expect(theirs).toContainText('Den öppnar igen i');
  await expect(merge.getByRole('button', { name: 'Slå ihop och publicera' })).toBeDisabled();
  if (scansWith(wordpress)) await expectAccessible(page, 'the merge in the publish dialog');
  // Nothing goes to the site while the person decides.
  expect((await postBySlug(wordpress, slug)).content.raw).toContain('i september.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('list', { name: 'Webbplatser' })).toContainText('Ändrat på Telge Nytt – öppna Publicera och välj');

  // The queue opens the same merge, here in English as chosen in the settings; the person picks the site's words.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Publishing queue' }).click();
  const row = page.getByRole('table', { name: 'Publishes' }).getByRole('row', { name: /Changed on the site/ });
  await row.getByRole('button', { name: `Resolve the conflict for ${headline}` }).click();
  const resolveDialog = page.getByRole('dialog', { name: 'Resolve the conflict' });
  const inEnglish = resolveDialog.getByRole('region', { name: 'Changed both here and on the site' });
  await expect(inEnglish.getByRole('status')).toHaveText(
    'The site changed 2 parts of the article. You changed 2 parts. 1 clash to choose in, the rest is merged.',
  );
  const inQueue = inEnglish.getByRole('group', { name: 'Clash 1 of 1: paragraph 2' });
  await expect(inQueue.getByRole('group', { name: 'Before' })).toContainText('Den öppnar igen i augusti.');
  await expect(inQueue.getByRole('group', { name: 'Your version' }).getByRole('insertion')).toHaveText('oktober');
  await expect(inQueue.getByRole('group', { name: "The site's version" }).getByRole('insertion')).toHaveText('september');
  if (scansWith(wordpress)) await expectAccessible(page, 'the queue’s conflict dialog, in English', ['light']);
  await inQueue.getByRole('radio', { name: "The site's" }).check();
  await resolveDialog.getByRole('button', { name: 'Merge and publish' }).click();
  await expect(page.getByRole('table', { name: 'Publishes' }).getByRole('row', { name: /Changed on the site/ })).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect.poll(async () => (await postBySlug(wordpress, slug)).excerpt.raw, { timeout: 30_000 }).toBe(newLead);

  const after = await postBySlug(wordpress, slug);
  expect(after.id).toBe(post.id);
  const reader = await publicPage(after);
  expect(reader).toContain('Simhallen stänger för en stor renovering.');
  expect(reader).toContain('Den öppnar igen i september.');
  expect(reader).not.toContain('oktober');

  // The article is the merge; the version not picked is in its history.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Den öppnar igen i september.');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('för en stor renovering');
  const history = spalt.readDatabase((db) =>
    db.prepare('SELECT r.draft FROM article_revisions r JOIN articles a ON a.seq = r.article_seq WHERE a.id = ?').pluck().all(id),
  ) as string[];
  expect(history.some((draft) => draft.includes('Den öppnar igen i oktober.'))).toBe(true);
});

test('an unreachable site leaves the job waiting with the reason; the queue lists the jobs, retries, and cancels after asking', async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await addSite(page, wordpress, 'Nere', 'editor', `http://127.0.0.1:${await closedPort()}`);
  const headline = 'Elavbrott i Ronna';
  const id = await writeArticle(page, spalt, {
    headline,
    lead: 'Hundratals hushåll saknar ström.',
    body: 'Felet väntas vara åtgärdat i kväll.',
    byline: 'Helen Shabo',
  });

  let dialog = await openPublish(page);
  await dialog.getByRole('combobox', { name: 'Webbplats', exact: true }).selectOption({ label: 'Nere' });
  await expect(dialog.getByRole('note')).toContainText(
    'Spalt når inte webbplatsen just nu och har inte hämtat dess kategorier och taggar tidigare.',
  );
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
    spalt.readDatabase((db) =>
      db
        .prepare('SELECT s.name, j.state FROM publish_jobs j JOIN sites s ON s.id = j.site_id WHERE j.article_id = ? ORDER BY s.name')
        .all(id),
    ),
  ).toEqual([
    { name: 'Nere', state: 'cancelled' },
    { name: 'Telge Nytt', state: 'done' },
  ]);
});
