import { format } from 'date-fns';
import { sv } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import { expectAccessible } from './axe-support';
import { expect, openSpalt, test, writeArticle } from './fixtures';

test('search finds an article by a word in its body as you type, with å, ä and ö folded, and counts "1 artikel", "2 artiklar"', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await writeArticle(page, spalt, {
    headline: 'Stor insats vid anstalten Hall',
    body: 'Ambulanshelikopter landade i Södertälje vid lunchtid.',
  });
  await writeArticle(page, spalt, { headline: 'Peer supporters inom socialtjänsten', body: 'Kommunen erbjuder en utbildning i Västerås.' });
  const table = page.getByRole('table', { name: 'Alla artiklar' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByText(/^\d+ artik/)).toHaveText('2 artiklar');

  const search = page.getByRole('searchbox', { name: 'Sök i artiklar' });
  await search.fill('ambulanshel');
  await expect(table.getByRole('link')).toHaveText(['Stor insats vid anstalten Hall']);
  await expect(table.locator('mark')).toHaveText('Ambulanshelikopter');
  // One article is "1 artikel", never "1 artiklar".
  await expect(page.getByText(/^\d+ artik/)).toHaveText('1 artikel');

  await search.fill('sodertalje');
  await expect(table.getByRole('link')).toHaveText(['Stor insats vid anstalten Hall']);

  await search.fill('vasteras');
  await expect(table.getByRole('link')).toHaveText(['Peer supporters inom socialtjänsten']);

  await search.fill('Göteborg');
  await expect(page.getByText('Inga artiklar matchar ”Göteborg”.')).toBeVisible();

  await search.fill('');
  await expect(table.getByRole('link')).toHaveCount(2);
});

test('the library shows when each article last changed, in Swedish and Stockholm time', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await writeArticle(page, spalt, { headline: 'Nytt initiativ inom socialtjänsten', body: 'Text.' });
  const updatedAt = spalt.readDatabase((db) => db.prepare('SELECT updated_at FROM articles WHERE id = ?').pluck().get(id)) as string;
  const expected = format(new TZDate(Date.parse(updatedAt), 'Europe/Stockholm'), 'd MMMM yyyy HH:mm', { locale: sv });
  expect(expected).toMatch(
    /^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4} \d{2}:\d{2}$/,
  );

  const row = page.getByRole('row').filter({ hasText: 'Nytt initiativ inom socialtjänsten' });
  await expect(row.locator('time')).toHaveText(expected);
  await expect(row.getByRole('cell', { name: 'Nyhet', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Utkast', exact: true })).toBeVisible();
});

test('move to trash, restore, and empty the trash after confirming', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const keepId = await writeArticle(page, spalt, { headline: 'Artikel att behålla', body: 'Den här ska finnas kvar.' });
  const dropId = await writeArticle(page, spalt, { headline: 'Artikel att radera', body: 'Den här ska bort.' });

  await page.getByRole('button', { name: 'Flytta Artikel att behålla till papperskorgen' }).click();
  await expect(page.getByRole('status')).toHaveText('”Artikel att behålla” ligger nu i papperskorgen.');
  await expectAccessible(page, 'the library with its notice after moving an article to the trash');
  await page.getByRole('button', { name: 'Flytta Artikel att radera till papperskorgen' }).click();
  await expect(page.getByRole('table', { name: 'Alla artiklar' })).toHaveCount(0);
  await expect(page.getByText('Inga artiklar ännu.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Papperskorg' }).click();
  const trash = page.getByRole('table', { name: 'Artiklar i papperskorgen' });
  await expect(trash.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Återställ Artikel att behålla' }).click();
  await expect(trash.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('”Artikel att behålla” är återställd.');
  await expectAccessible(page, 'the trash with its notice after restoring an article', ['light']);

  await page.getByRole('button', { name: 'Töm papperskorgen' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Töm papperskorgen?' });
  await expect(dialog).toContainText('1 artikel raderas för alltid.');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  expect(spalt.readDatabase((db) => db.prepare('SELECT count(*) FROM articles').pluck().get())).toBe(2);

  await page.getByRole('button', { name: 'Töm papperskorgen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Radera för alltid' }).click();
  await expect(page.getByText('Papperskorgen är tom.')).toBeVisible();

  const ids = spalt.readDatabase((db) => db.prepare('SELECT id FROM articles').pluck().all());
  expect(ids).toEqual([keepId]);
  expect(
    spalt.readDatabase((db) => db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'radera'").pluck().get()),
  ).toBe(0);
  expect(dropId).not.toEqual(keepId);

  await page.getByRole('navigation').getByRole('link', { name: 'Artiklar' }).click();
  await expect(page.getByRole('table', { name: 'Alla artiklar' }).getByRole('link')).toHaveText(['Artikel att behålla']);
});
