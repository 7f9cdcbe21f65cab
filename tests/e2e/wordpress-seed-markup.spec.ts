import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { seedArticles } from '../fixtures/seeds';
import { blockValidity, editorMarkup } from '../wordpress/block-editor';
import { expect, test } from '../wordpress/fixtures';

// One WordPress for this worker; the block editor is a lot of JavaScript for a 2-core machine.
test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

for (const [name, article] of Object.entries(seedArticles)) {
  test(`the ${name} seed article's block markup opens in WordPress's block editor with every block valid, and saves back unchanged`, async ({ page, wordpress }) => {
    const markup = documentToBlocks(article.body);
    const blocks = await blockValidity(page, wordpress, markup);
    expect(blocks.length).toBeGreaterThan(2);
    const invalid = blocks.filter((block) => !block.isValid);
    expect(invalid, JSON.stringify(invalid, null, 2)).toEqual([]);
    expect(blocks.map((block) => block.name).every((block) => block.startsWith('core/'))).toBe(true);
    // What the editor would save is what Spalt sent: an editor who opens and saves changes nothing.
    expect(await editorMarkup(page)).toBe(markup);
  });
}
