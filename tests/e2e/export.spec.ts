import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe-support';
import { expect, openSpalt, test, writeArticle } from './fixtures';

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('exports chosen articles as HTML, Markdown and JSON, and a JSON export imports back', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await writeArticle(page, spalt, {
    headline: 'Stor insats vid anstalten Hall',
    lead: 'En omfattande insats har genomförts.',
    body: 'Ambulanshelikopter landade vid lunchtid.',
  });
  await writeArticle(page, spalt, {
    headline: 'Snabbussar till Stockholm',
    lead: 'Nya linjer från december.',
    body: 'Resan tar 35 minuter.',
  });
  const table = page.getByRole('table', { name: 'Alla artiklar' });
  const exportButton = page.getByRole('button', { name: /^Exportera valda/ });
  await expect(exportButton).toBeDisabled();

  await table.getByRole('checkbox', { name: 'Välj Stor insats vid anstalten Hall' }).check();
  await expect(exportButton).toHaveText('Exportera valda (1)');
  const html = await download(page, () => exportButton.click());
  expect(html.name).toBe('stor-insats-vid-anstalten-hall.html');
  const page1 = html.bytes.toString('utf8');
  expect(page1).toContain('<h1>Stor insats vid anstalten Hall</h1>');
  expect(page1).toContain('<p class="spalt-lead">En omfattande insats har genomförts.</p>');
  expect(page1).toContain('Ambulanshelikopter landade vid lunchtid.');
  await expect(page.getByRole('status')).toHaveText('stor-insats-vid-anstalten-hall.html är sparad.');

  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Markdown med YAML' });
  await table.getByRole('checkbox', { name: 'Välj Snabbussar till Stockholm' }).check();
  const markdown = await download(page, () => page.getByRole('button', { name: 'Exportera valda (2)' }).click());
  expect(markdown.name).toMatch(/^artiklar-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(markdown.bytes));
  expect(Object.keys(files).sort()).toEqual(['snabbussar-till-stockholm.md', 'stor-insats-vid-anstalten-hall.md']);
  expect(strFromU8(files['snabbussar-till-stockholm.md']!)).toMatch(
    /^---\ntitle: Snabbussar till Stockholm\n[\s\S]*\n---\n\nNya linjer från december\.\n\nResan tar 35 minuter\.\n$/,
  );

  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'JSON (kan importeras i Spalt)' });
  const json = await download(page, () => page.getByRole('button', { name: 'Exportera valda (2)' }).click());
  const exported = JSON.parse(json.bytes.toString('utf8')) as { articles: Array<{ draft: { headline: string } }> };
  expect(exported.articles.map((a) => a.draft.headline).sort()).toEqual(['Snabbussar till Stockholm', 'Stor insats vid anstalten Hall']);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera artiklar' }).click()]);
  await chooser.setFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect(page.getByRole('status')).toHaveText(`2 artiklar importerades från ${json.name}.`);
  await expect(table.getByRole('link', { name: 'Snabbussar till Stockholm' })).toHaveCount(2);
  const drafts = spalt.readDatabase((db) => db.prepare('SELECT headline, lead, body_text FROM articles ORDER BY headline').all());
  expect(drafts).toEqual([
    { headline: 'Snabbussar till Stockholm', lead: 'Nya linjer från december.', body_text: 'Resan tar 35 minuter.' },
    { headline: 'Snabbussar till Stockholm', lead: 'Nya linjer från december.', body_text: 'Resan tar 35 minuter.' },
    {
      headline: 'Stor insats vid anstalten Hall',
      lead: 'En omfattande insats har genomförts.',
      body_text: 'Ambulanshelikopter landade vid lunchtid.',
    },
    {
      headline: 'Stor insats vid anstalten Hall',
      lead: 'En omfattande insats har genomförts.',
      body_text: 'Ambulanshelikopter landade vid lunchtid.',
    },
  ]);
});

test('copies one article’s block markup, and says what to do for a file that is not an export', async ({ page, spalt, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: spalt.origin });
  await openSpalt(page, spalt);
  await writeArticle(page, spalt, { headline: 'Förebyggande arbete', lead: 'Ingress.', body: 'Det bästa sättet att förhindra våld.' });
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Kopiera som blockmarkering' });
  await page.getByRole('checkbox', { name: 'Välj Förebyggande arbete' }).check();
  await page.getByRole('button', { name: 'Kopiera blockmarkering' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Blockmarkeringen för ”Förebyggande arbete” är kopierad. Klistra in den i WordPress kodredigerare.',
  );
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(
    '<!-- wp:paragraph -->\n<p>Det bästa sättet att förhindra våld.</p>\n<!-- /wp:paragraph -->',
  );

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importera artiklar' }).click()]);
  await chooser.setFiles({ name: 'anteckningar.json', mimeType: 'application/json', buffer: Buffer.from('{"todo": 1}') });
  await expect(page.getByRole('alert')).toHaveText(
    '”anteckningar.json” är ingen artikelexport från Spalt. Välj en JSON-fil som Spalt har exporterat.',
  );
  await expectAccessible(page, 'the library refusing a file that is no export, an article chosen', ['light']);
  await expect(page.getByRole('table', { name: 'Alla artiklar' }).getByRole('link')).toHaveText(['Förebyggande arbete']);
});
