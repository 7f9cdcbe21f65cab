import type { Page } from '@playwright/test';
import { bodyEditor, caretAfter, createArticle, expect, openSpalt, test, type SpaltServer } from './fixtures';

const articleRow = (spalt: SpaltServer, id: string) =>
  spalt.readDatabase((db) => db.prepare('SELECT headline, body_text AS body FROM articles WHERE id = ?').get(id));

/** Replaces the last `count` characters before the caret with `typed`. */
async function replaceBeforeCaret(page: Page, count: number, typed: string) {
  for (let i = 0; i < count; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(typed);
}

/** Reloads the article: the page is a new window, so its next save starts a new revision. */
async function reopen(page: Page, headline: string) {
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^(Rubrik|Headline)$/ })).toHaveValue(headline);
}

test('Historik lists who and when, shows the words changed, and restores an old version without losing the newer one', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('textbox', { name: 'Ditt namn' }).fill('Anna Svensson');
  await page.getByRole('textbox', { name: 'Ditt namn' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Inställningarna är sparade.' })).toBeVisible();
  await page.getByRole('link', { name: 'Artiklar' }).click();

  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Brand i hamnen');
  await bodyEditor(page).click();
  await page.keyboard.type('Räddningstjänsten larmades vid lunch.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ingen person skadades i branden.');
  await expect
    .poll(() => articleRow(spalt, id))
    .toEqual({
      headline: 'Brand i hamnen',
      body: 'Räddningstjänsten larmades vid lunch.\n\nIngen person skadades i branden.',
    });

  await reopen(page, 'Brand i hamnen');
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Storbrand i hamnen');
  await bodyEditor(page).click();
  await caretAfter(page, 'Control+End', 'Ingen person skadades i branden.');
  await replaceBeforeCaret(page, 'branden.'.length, 'olyckan.');
  await expect(bodyEditor(page)).toContainText('Ingen person skadades i olyckan.');
  await caretAfter(page, 'Control+Home', 'End', 'Räddningstjänsten larmades vid lunch.');
  await replaceBeforeCaret(page, 'lunch.'.length, 'kvällen.');
  await expect
    .poll(() => articleRow(spalt, id))
    .toEqual({
      headline: 'Storbrand i hamnen',
      body: 'Räddningstjänsten larmades vid kvällen.\n\nIngen person skadades i olyckan.',
    });

  await page.getByRole('button', { name: 'Historik' }).click();
  // Named after the article's headline, which follows a restore.
  const dialog = page.getByRole('dialog', { name: /^Historik: / });
  await expect(dialog).toHaveAccessibleName('Historik: Storbrand i hamnen');
  const entries = dialog.getByRole('group', { name: 'Sparade versioner' }).getByRole('radio');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAccessibleName(/\d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} \(nuvarande\) · Anna Svensson · 12 ord/);
  await expect(entries.nth(1)).toHaveAccessibleName(/Anna Svensson · 12 ord/);
  // The earlier revision is chosen and compared with the current one.
  await expect(entries.nth(1)).toBeChecked();
  await expect(dialog.getByRole('heading', { name: /^Ändringar från .+ till .+$/ })).toBeVisible();

  const diff = dialog.locator('.revision-diff');
  await expect(diff.locator('dd del')).toHaveText(['borttaget: Brand']);
  await expect(diff.locator('dd ins')).toHaveText(['tillagt: Storbrand']);
  const blocks = dialog.getByRole('region', { name: 'Brödtext' }).getByRole('listitem');
  await expect(blocks).toHaveCount(2);
  await expect(blocks.nth(0)).toContainText('Ändrat, block 1');
  await expect(blocks.nth(0).locator('del')).toHaveText(['borttaget: lunch']);
  await expect(blocks.nth(0).locator('ins')).toHaveText(['tillagt: kvällen']);
  await expect(blocks.nth(1).locator('del')).toHaveText(['borttaget: branden']);
  await expect(blocks.nth(1).locator('ins')).toHaveText(['tillagt: olyckan']);

  await dialog.getByRole('button', { name: 'Återställ den här versionen' }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Återställa versionen från .+\?$/ });
  await expect(confirm).toContainText('Den nuvarande versionen finns kvar i historiken.');
  await confirm.getByRole('button', { name: 'Återställ', exact: true }).click();

  await expect(dialog.getByRole('status')).toHaveText(/^Versionen från .+ är återställd\.$/);
  await expect(dialog).toHaveAccessibleName('Historik: Brand i hamnen');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toHaveAccessibleName(/\(nuvarande\) · Anna Svensson · 12 ord Återställd från .+ av Anna Svensson/);
  // The newer version is still there: compared with the restored one, its words come back as removed.
  await entries.nth(1).check();
  await expect(diff.locator('dd del')).toHaveText(['borttaget: Storbrand']);
  await expect(blocks.nth(1).locator('del')).toHaveText(['borttaget: olyckan']);
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Brand i hamnen');
  await expect(bodyEditor(page)).toContainText('Räddningstjänsten larmades vid lunch.');
  await expect(bodyEditor(page)).toContainText('Ingen person skadades i branden.');

  expect(articleRow(spalt, id)).toEqual({
    headline: 'Brand i hamnen',
    body: 'Räddningstjänsten larmades vid lunch.\n\nIngen person skadades i branden.',
  });
  const onDisk = spalt.readDatabase((db) => ({
    revisions: db
      .prepare(
        `SELECT json_extract(r.draft, '$.headline') AS headline, r.saved_by AS savedBy FROM article_revisions r
         JOIN articles a ON a.seq = r.article_seq WHERE a.id = ? ORDER BY r.revision`,
      )
      .all(id),
    names: db
      .prepare(
        `SELECT n.name, n.named_by AS namedBy FROM article_revision_names n
         JOIN articles a ON a.seq = n.article_seq WHERE a.id = ?`,
      )
      .all(id),
  }));
  expect(onDisk).toEqual({
    revisions: [
      { headline: 'Brand i hamnen', savedBy: 'Anna Svensson' },
      { headline: 'Storbrand i hamnen', savedBy: 'Anna Svensson' },
      { headline: 'Brand i hamnen', savedBy: 'Anna Svensson' },
    ],
    names: [{ name: 'restored', namedBy: 'Anna Svensson' }],
  });
});

test('History in English: the list, the words changed and the restore button', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Fire at the harbour');
  const id = /#\/article\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  await expect.poll(() => articleRow(spalt, id)).toMatchObject({ headline: 'Fire at the harbour' });

  await reopen(page, 'Fire at the harbour');
  await page.getByRole('textbox', { name: 'Headline' }).fill('Fire at the old harbour');
  await expect.poll(() => articleRow(spalt, id)).toMatchObject({ headline: 'Fire at the old harbour' });

  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'History: Fire at the old harbour' });
  await expect(dialog.getByRole('group', { name: 'Saved revisions' }).getByRole('radio')).toHaveCount(2);
  await expect(dialog.getByText('Enter your name under Settings')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Changes from .+ to .+$/ })).toBeVisible();
  await expect(dialog.locator('.revision-diff dd ins')).toHaveText(['added: old ']);
  await expect(dialog.getByRole('button', { name: 'Restore this revision' })).toBeEnabled();
});
