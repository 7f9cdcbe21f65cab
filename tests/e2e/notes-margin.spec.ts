/**
 * An editor's note beside the paragraph it is about. The returned article and its note are
 * written into the journalist's profile the way the review sync stores what it read from the
 * site (main/db/workflow.ts); the site itself is an address where nothing answers, so an answer
 * waits in the profile, as it would offline. On a wide window the note stands in the margin
 * level with its paragraph and follows it when a paragraph is added above; on a narrow one the
 * paragraph's marker takes the focus to the note in the panel.
 */
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { getArticle } from '../../main/db/articles';
import { insertNote, linkSyncedPost, setWorkflowState } from '../../main/db/workflow';
import { blockTextAt } from '../../main/publish/review/blocks';
import { expectAccessible } from './axe-support';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, openSpalt, test, type SpaltServer } from './fixtures';

const headline = 'Ny gång- och cykelbro över kanalen';
const paragraphs = [
  'Kommunen bygger en ny bro.',
  'Bron kostar 40 miljoner kronor enligt kommunen och ska stå klar om två år.',
  'Arbetet börjar i mars.',
];
const note = 'Stämmer 40 miljoner? Kolla mot beslutet.';
const noteId = '6f1f6c2e-8a4b-4d3e-9c55-0b7d1e2a9f10';

/** Nothing listens on the discard port: every request to this site is refused at once. */
const unreachableSite = 'http://127.0.0.1:9';

async function addUnreachableSite(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Webbplatser' }).click();
  const form = page.getByRole('form', { name: 'Lägg till webbplats' });
  await form.getByRole('textbox', { name: 'Namn', exact: true }).fill('Telge Nytt');
  await form.getByRole('textbox', { name: 'Adress' }).fill(unreachableSite);
  await form.getByRole('textbox', { name: 'Användarnamn' }).fill('anna');
  await form.getByLabel('Applikationslösenord').fill('abcd efgh ijkl mnop qrst uvwx');
  await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '”Telge Nytt” är sparad' })).toBeVisible();
}

async function writeArticle(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar' }).click();
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(headline);
  await bodyEditor(page).click();
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
  await expectSaved(page);
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  return id;
}

/** What the sync stores for an article an editor returned with a note on its second paragraph. */
function storeReturnedWithNote(spalt: SpaltServer, articleId: string): void {
  const db = new Database(spalt.databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const siteId = db.prepare('SELECT id FROM sites').pluck().get() as string;
    const article = getArticle(db, articleId);
    const at = new Date().toISOString();
    linkSyncedPost(
      db,
      siteId,
      articleId,
      {
        postId: 41,
        link: `${unreachableSite}/?p=41`,
        status: 'draft',
        modifiedGmt: at.slice(0, 19),
        snapshot: {},
        revision: article.revision,
      },
      at,
    );
    setWorkflowState(db, articleId, siteId, { state: 'returned', changedAt: at, changedBy: 'Eva Redaktör', scheduledGmt: null });
    insertNote(db, {
      id: noteId,
      articleId,
      siteId,
      remoteId: 501,
      threadId: null,
      blockIndex: 1,
      blockText: blockTextAt(article.body, 1),
      authorName: 'Eva Redaktör',
      text: note,
      state: 'open',
      outbox: 'sent',
      writtenAt: at,
    });
  } finally {
    db.close();
  }
}

async function openArticle(page: Page, headlineLabel = 'Rubrik'): Promise<void> {
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('textbox', { name: headlineLabel })).toHaveValue(headline);
}

/** The vertical extent of a box, to compare where two things stand. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on the page');
  return found;
}

test('the note stands beside its paragraph, follows it as a paragraph is added above, and is answered there', async ({ page, spalt }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSpalt(page, spalt);
  await addUnreachableSite(page);
  const articleId = await writeArticle(page);
  storeReturnedWithNote(spalt, articleId);
  await openArticle(page);

  const card = page.getByRole('article', { name: `Anteckning om stycke 2: ”${blockName(paragraphs[1]!)}”`, exact: true });
  await expect(card.getByRole('paragraph').filter({ hasText: note })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Granskning' })).toContainText('1 anteckning står i marginalen bredvid sitt stycke.');
  const paragraph = bodyEditor(page).getByRole('paragraph').filter({ hasText: paragraphs[1]! });
  const beside = async () => {
    const [cardBox, paragraphBox, editorBox] = [await box(card), await box(paragraph), await box(bodyEditor(page))];
    return {
      rightOfEditor: cardBox.x >= editorBox.x + editorBox.width,
      overlapsParagraph: cardBox.y < paragraphBox.y + paragraphBox.height && cardBox.y + cardBox.height > paragraphBox.y,
      topsApart: Math.abs(cardBox.y - paragraphBox.y),
    };
  };
  await expect.poll(beside).toEqual({ rightOfEditor: true, overlapsParagraph: true, topsApart: expect.any(Number) });
  expect((await beside()).topsApart).toBeLessThan(2);
  const marker = page.getByRole('button', { name: `Anteckning: ${note}` });
  const markerBox = await box(marker);
  const paragraphBox = await box(paragraph);
  expect(markerBox.y).toBeGreaterThanOrEqual(paragraphBox.y - 4);
  expect(markerBox.y).toBeLessThan(paragraphBox.y + paragraphBox.height);

  // A paragraph of several lines added above: the note moves down with its paragraph, now the third.
  const before = (await box(card)).y;
  await caretAfter(page, bodyEditor(page).getByText(paragraphs[0]!), 'End', paragraphs[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(
    'Bron blir 120 meter lång och byggs i stål. Den ersätter den gamla bron som revs förra året efter att ha stått i sextio år.',
  );
  const moved = page.getByRole('article', { name: `Anteckning om stycke 3: ”${blockName(paragraphs[1]!)}”`, exact: true });
  await expect(moved).toBeVisible();
  await expect.poll(async () => (await box(moved)).y).toBeGreaterThan(before + 40);
  await expect.poll(async () => Math.abs((await box(moved)).y - (await box(paragraph)).y)).toBeLessThan(2);
  await expectSaved(page);

  // The marker takes the focus to the note; the answer is kept while the site cannot be reached.
  await marker.click();
  await expect(moved).toBeFocused();
  await moved.getByRole('textbox', { name: 'Svar till Eva Redaktör' }).fill('Kollat, det är 42 miljoner.');
  await moved.getByRole('button', { name: 'Svara' }).click();
  await expect(moved.getByRole('paragraph').filter({ hasText: 'Kollat, det är 42 miljoner.' })).toBeVisible();
  await expect(moved.getByText('väntar på att skickas')).toBeVisible();
  expect(
    spalt.readDatabase((db) => db.prepare('SELECT thread_id, text, outbox FROM article_notes WHERE thread_id IS NOT NULL').all()),
  ).toEqual([{ thread_id: noteId, text: 'Kollat, det är 42 miljoner.', outbox: 'pending' }]);

  // Done: the card says so, and the paragraph is no longer marked.
  await moved.getByRole('button', { name: 'Markera som klar' }).click();
  await expect(moved.getByText('Klar', { exact: true })).toBeVisible();
  await expect(marker).toHaveCount(0);
  expect(spalt.readDatabase((db) => db.prepare('SELECT state FROM article_notes WHERE id = ?').pluck().get(noteId))).toBe('resolved');
});

test('in English on a narrow window: the note stays in the panel, and the paragraph’s marker shows it', async ({ page, spalt }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await openSpalt(page, spalt);
  await addUnreachableSite(page);
  const articleId = await writeArticle(page);
  storeReturnedWithNote(spalt, articleId);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Articles' }).click();
  await openArticle(page, 'Headline');

  const panel = page.getByRole('region', { name: 'Review' });
  const thread = panel.getByRole('listitem', { name: note });
  await expect(thread.getByRole('button', { name: `Paragraph 2: “${blockName(paragraphs[1]!)}”` })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Note on paragraph/ })).toHaveCount(0);
  await expectAccessible(page, 'the note in the review panel, on a narrow window, in English');

  const marker = page.getByRole('button', { name: `Note: ${note}` });
  const body = page.getByRole('textbox', { name: 'Body' });
  const [markerBox, paragraphBox] = [await box(marker), await box(body.getByRole('paragraph').filter({ hasText: paragraphs[1]! }))];
  expect(markerBox.y).toBeGreaterThanOrEqual(paragraphBox.y - 4);
  expect(markerBox.y).toBeLessThan(paragraphBox.y + paragraphBox.height);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(thread).toBeFocused();
  await expect(thread).toBeInViewport();
  await thread.getByRole('button', { name: `Paragraph 2: “${blockName(paragraphs[1]!)}”` }).click();
  await expect(body).toBeFocused();
});

/** A paragraph named by its first eight words, as the note keeps it. */
function blockName(text: string): string {
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
}
