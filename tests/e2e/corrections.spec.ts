/**
 * Corrections through the publish dialog against a real WordPress: an editor publishes an
 * article, then publishes an update marked "Markera som rättelse"; an empty "Vad rättades?" is
 * refused with a message and nothing is queued; the note, dated in Swedish, ends the reader's
 * page once; "Rättelser" in the menu lists it, and "Exportera CSV" downloads it. Once in English.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatDay, newsroomDate } from '../../shared/format/date';
import { bodyEditor, openSpalt, type SpaltServer } from './fixtures';
import { expectAccessible, scansWith } from './axe-support';
import { addSite, expect, expectAllStepsDone, openPublish, postBySlug, test, writeArticle } from './publish-support';

test.describe.configure({ mode: 'default' });

const today = () => `Rättelse ${formatDay(newsroomDate(Date.now()), 'sv')}:`;

/** The notes a logged-out reader sees at the post's address. */
async function readerNotes(link: string): Promise<string[]> {
  const html = await (await fetch(link)).text();
  return [...html.matchAll(/<p class="[^"]*spalt-correction[^"]*">([\s\S]*?)<\/p>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function addText(page: Page, spalt: SpaltServer, id: string, text: string): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id) as string))
    .toContain(text);
}

test('an editor corrects a published article: an empty note refused, the dated note on the page, in the log and its CSV', async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('textbox', { name: 'Ditt namn' }).fill('Maria Lind');
  await page.getByRole('textbox', { name: 'Ditt namn' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Inställningarna är sparade.' })).toBeVisible();
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const headline = 'Bron över Igelstaviken stängs';
  const id = await writeArticle(page, spalt, {
    headline,
    lead: 'Trafiken leds om i tre veckor.',
    body: 'Bron stängs den 6 december.',
    byline: 'Alexander Isa',
  });

  // Not out yet: no correction to mark.
  let dialog = await openPublish(page);
  await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Markera som rättelse' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await addText(page, spalt, id, 'Rättat: bron stängs den 8 december.');
  dialog = await openPublish(page);
  await dialog.getByRole('checkbox', { name: 'Markera som rättelse' }).check();
  const note = dialog.getByRole('textbox', { name: 'Vad rättades?' });
  await expect(note).toHaveAccessibleDescription(`Visas sist i artikeln: ”${today()} …”. Tidigare rättelser står kvar.`);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Skriv vad som rättades. Texten visas för läsarna sist i artikeln, efter ”Rättelse” och dagens datum.',
  );
  if (scansWith(wordpress)) await expectAccessible(page, 'publish dialog marking a correction, its note missing');
  expect(spalt.readDatabase((db) => db.prepare('SELECT COUNT(*) FROM publish_jobs').pluck().get())).toBe(1);

  const text = 'Bron stängs den 8 december, inte den 6 som vi skrev först.';
  await note.fill(text);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  const post = await postBySlug(wordpress, 'bron-over-igelstaviken-stangs');
  expect(await readerNotes(post.link)).toEqual([`${today()} ${text}`]);
  expect(
    spalt.readDatabase((db) => db.prepare('SELECT made_by, post_id, published_at IS NOT NULL AS out FROM article_corrections').all()),
  ).toEqual([{ made_by: 'Maria Lind', post_id: post.id, out: 1 }]);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rättelser' }).click();
  await expect(page.getByRole('heading', { name: 'Rättelser', level: 1 })).toBeVisible();
  const row = page.getByRole('table', { name: 'Rättelser under perioden' }).getByRole('row', { name: new RegExp(headline) });
  await expect(row.getByRole('cell')).toHaveText([
    /\d{4} \d{2}:\d{2}$/,
    headline,
    'Telge Nytt',
    `Visa på webbplatsen #${post.id}`,
    'Maria Lind',
    text,
  ]);
  await expect(row.getByRole('link', { name: 'Visa på webbplatsen' })).toHaveAttribute('href', post.link);
  if (scansWith(wordpress)) await expectAccessible(page, 'corrections log with a correction');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rattelser-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(header).toBe('Rättad;Artikel;Webbplats;Inlägg-id;Vem;Rättelse;Länk');
  expect(rows).toHaveLength(1);
  expect(rows[0]?.split(';').slice(1)).toEqual([headline, 'Telge Nytt', String(post.id), 'Maria Lind', text, post.link]);
  await expect(page.getByRole('status').filter({ hasText: 'med 1 rad' })).toBeVisible();
});

test('corrections in English: the dialog, the log, and the site user as who when no name is set', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const headline = 'Hamnen öppnar ny kaj';
  const id = await writeArticle(page, spalt, {
    headline,
    lead: 'Kajen blir 300 meter.',
    body: 'Bygget tar två år.',
    byline: 'Helen Shabo',
  });
  let dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await addText(page, spalt, id, 'Bygget tar tre år.');

  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.goBack();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Publish' });
  await dialog.getByRole('checkbox', { name: 'Mark as a correction' }).check();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Write what was corrected. Readers see the text at the end of the article, after “Rättelse” and today’s date.',
  );
  const text = 'The work takes three years, not two.';
  await dialog.getByRole('textbox', { name: 'What was corrected?' }).fill(text);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Published on Telge Nytt.' })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const post = await postBySlug(wordpress, 'hamnen-oppnar-ny-kaj');
  // The site's text stays Swedish.
  expect(await readerNotes(post.link)).toEqual([`${today()} ${text}`]);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Corrections' }).click();
  const row = page.getByRole('table', { name: 'Corrections in the period' }).getByRole('row', { name: new RegExp(headline) });
  await expect(row.getByRole('cell')).toHaveText([
    /\d{4} \d{2}:\d{2}$/,
    headline,
    'Telge Nytt',
    `View on the site #${post.id}`,
    'Editor',
    text,
  ]);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});
