/**
 * Notes between Spalt's client and WordPress's own block editor, in Chromium against a real
 * WordPress. On 7.1: a note Spalt anchors shows on that block in WordPress's editor (which
 * would save the anchor exactly as Spalt wrote it), and a note made in WordPress's editor
 * reaches Spalt on the same block, with Spalt's answer back in the editor. On 6.1, which has no
 * Notes: the anchored markup still opens as valid blocks, its editor drops the anchors when it
 * saves (so the companion keeps its own hint of the block), and no block offers "Add note".
 */
import type { Page } from '@playwright/test';
import { nativeNotes } from '../../main/publish/wordpress/notes-native';
import { anchorNote, readNoteAnchors, withoutNoteAnchors } from '../../main/publish/wordpress/note-anchors';
import { submitForReview } from '../../main/publish/wordpress/review';
import { clientAs, postOnSite } from '../support/wordpress-workflow';
import { editorMarkup, openInEditor, readBlockValidity, savedAs } from '../wordpress/block-editor';
import { expect, test } from '../wordpress/fixtures';
import type { WordPressSite } from '../wordpress/site';
import { defaultWordPressVersion } from '../wordpress/versions';

test.describe.configure({ mode: 'default' });
test.setTimeout(150_000);

const article = [
  '<!-- wp:paragraph {"className":"spalt-lead"} -->\n<p class="spalt-lead"><strong>Kommunen bygger en ny bro.</strong></p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading {"level":3} -->\n<h3>Kostnaden</h3>\n<!-- /wp:heading -->',
  '<!-- wp:paragraph -->\n<p>Bron kostar 40 miljoner kronor enligt kommunen.</p>\n<!-- /wp:paragraph -->',
  [
    '<!-- wp:group {"className":"spalt-fact-box","layout":{"type":"constrained"}} -->',
    '<div class="wp-block-group spalt-fact-box"><!-- wp:heading {"level":3} -->',
    '<h3>Fakta</h3>',
    '<!-- /wp:heading -->',
    '',
    '<!-- wp:paragraph -->',
    '<p>Bron blir 120 meter lång.</p>',
    '<!-- /wp:paragraph --></div>',
    '<!-- /wp:group -->',
  ].join('\n'),
].join('\n\n');

/** A Contributor's submission with Spalt's markup. */
async function submission(site: WordPressSite, title: string): Promise<number> {
  const writer = clientAs(site, 'contributor');
  const post = await writer.createPost({ title, content: article, status: 'draft' });
  await submitForReview(writer, post.id);
  return post.id;
}

function canvasOf(page: Page) {
  return page.frameLocator('iframe[name="editor-canvas"]');
}

if (defaultWordPressVersion() === '7.1') {
  test('a note Spalt anchors to a block shows on that block in WordPress’s editor', async ({ page, wordpress }) => {
    const postId = await submission(wordpress, 'Anteckning från Spalt');
    const editor = clientAs(wordpress, 'editor');
    const notes = nativeNotes(editor);
    const onHeading = await notes.create({ postId, text: 'Är kostnaden exkl. moms?' });
    const onFact = await notes.create({ postId, text: 'Källa på längden?' });
    const onBox = await notes.create({ postId, text: 'Behövs faktarutan?' });
    const stored = (await postOnSite(wordpress, postId)).content.raw;
    const markup = anchorNote(anchorNote(anchorNote(stored, [1], onHeading.id), [3, 1], onFact.id), [3], onBox.id);
    expect(markup).toContain(
      `<!-- wp:group {"metadata":{"noteId":[${onBox.id}]},"className":"spalt-fact-box","layout":{"type":"constrained"}} -->`,
    );
    await editor.updatePost(postId, { content: markup });

    await openInEditor(page, wordpress, postId, 'editor');
    // WordPress's editor would save the anchors exactly as Spalt wrote them.
    expect(await editorMarkup(page)).toBe(savedAs(wordpress, markup));

    await page.getByRole('button', { name: 'All notes' }).click();
    const sidebar = page.getByRole('region', { name: 'Editor settings' });
    for (const [text, blockText] of [
      ['Är kostnaden exkl. moms?', 'Kostnaden'],
      ['Källa på längden?', 'Bron blir 120 meter lång.'],
    ] as const) {
      await sidebar.getByRole('treeitem', { name: `Note: ${text}` }).click();
      await expect(canvasOf(page).locator('.is-selected')).toHaveText(blockText);
    }
  });

  test('a note made in WordPress’s editor reaches Spalt on the same block, and Spalt’s answer shows in the editor', async ({
    page,
    wordpress,
  }) => {
    const postId = await submission(wordpress, 'Anteckning från WordPress');
    await openInEditor(page, wordpress, postId, 'editor');
    await canvasOf(page).getByText('Bron kostar 40 miljoner kronor').click();
    await page.getByRole('toolbar', { name: 'Block tools' }).getByRole('button', { name: 'Options' }).click();
    await page
      .getByRole('menu', { name: 'Options' })
      .getByRole('menuitem', { name: /Add note/ })
      .click();
    const sidebar = page.getByRole('region', { name: 'Editor settings' });
    await sidebar.getByRole('textbox', { name: 'New note' }).fill('Dubbelkolla siffran & källan.');
    await sidebar.getByRole('button', { name: 'Add note' }).click();
    await expect(sidebar.getByRole('treeitem', { name: 'Note: Dubbelkolla siffran & källan.' })).toBeVisible();
    await page.getByRole('button', { name: 'Save as pending' }).click();
    // Saved once the post on the site carries the anchor.
    await expect.poll(async () => readNoteAnchors((await postOnSite(wordpress, postId)).content.raw).length, { timeout: 30_000 }).toBe(1);

    const writer = nativeNotes(clientAs(wordpress, 'contributor'));
    const [note] = await writer.list([postId]);
    expect(note).toMatchObject({ text: 'Dubbelkolla siffran & källan.', author: { name: 'Editor' }, state: 'open', parentId: null });
    const raw = (await postOnSite(wordpress, postId)).content.raw;
    expect(readNoteAnchors(raw)).toEqual([{ noteId: note!.id, path: [2], blockName: 'core/paragraph', markedText: null }]);
    expect(raw).toContain(`<!-- wp:paragraph {"metadata":{"noteId":[${note!.id}]}} -->`);

    await writer.create({ postId, text: 'Siffran kommer från budgeten.', parentId: note!.id });
    await page.reload();
    await page.getByRole('button', { name: 'All notes' }).click();
    await expect(sidebar.getByRole('treeitem', { name: 'Note: Dubbelkolla siffran & källan.' })).toContainText(
      'Siffran kommer från budgeten.',
    );
  });
} else {
  test('on 6.1 the anchored markup opens as valid blocks, its editor drops the anchors, and no block offers "Add note"', async ({
    page,
    wordpress,
  }) => {
    const postId = await submission(wordpress, 'Ankare i 6.1');
    const markup = anchorNote(anchorNote(article, [1], 1_234_567_890_123), [3, 1], 2_345_678_901_234);
    await clientAs(wordpress, 'editor').updatePost(postId, { content: markup });

    await openInEditor(page, wordpress, postId, 'editor');
    const blocks = await readBlockValidity(page);
    expect(blocks.filter((block) => !block.isValid)).toEqual([]);
    expect(blocks.map((block) => block.name)).toEqual([
      'core/paragraph',
      'core/heading',
      'core/paragraph',
      'core/group',
      'core/heading',
      'core/paragraph',
    ]);
    expect(await editorMarkup(page)).toBe(withoutNoteAnchors(markup));

    await page.getByText('Bron kostar 40 miljoner kronor').click();
    await page.getByRole('toolbar', { name: 'Block tools' }).getByRole('button', { name: 'Options' }).click();
    const menu = page.getByRole('menu', { name: 'Options' });
    await expect(menu.getByRole('menuitem', { name: /Duplicate/ })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /Add note/ })).toHaveCount(0);
  });
}
