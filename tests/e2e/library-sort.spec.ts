import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, openSpalt, test, type SpaltServer } from './fixtures';

interface NewArticle {
  headline: string;
  kind?: 'news' | 'brief' | 'opinion' | 'sponsored' | 'interview';
}

/** Writes the articles through the contract, as the page's own calls do, in the order given; returns their ids. */
async function writeArticles(page: Page, articles: NewArticle[]): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const call = async (name: string, input: unknown) => {
      const response = await fetch(`/api/invoke/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const answer = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      if (!answer.ok) throw new Error(`${name} failed`);
      return answer.value;
    };
    const draftKeys = ['kind', 'kicker', 'headline', 'lead', 'bylines', 'label', 'disclaimer', 'sponsor', 'mainPhotoId', 'body'];
    const ids: string[] = [];
    for (const { headline, kind = 'news' } of wanted) {
      const created = await call('articles.create', { kind });
      const draft = Object.fromEntries(draftKeys.map((key) => [key, created[key]]));
      draft.headline = headline;
      await call('articles.save', { id: created.id, baseRevision: 0, draft });
      ids.push(created.id as string);
    }
    return ids;
  }, articles);
}

/** Sets an article's status on disk as a sync with the site does (published, in review): the site is not what is tested here. */
function setStatus(spalt: SpaltServer, id: string, status: string): void {
  const db = new Database(spalt.databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, id);
  } finally {
    db.close();
  }
}

const library = (page: Page) => page.getByRole('table', { name: 'Alla artiklar' });
const rowOf = (page: Page, headline: string) => library(page).getByRole('row').filter({ hasText: headline });

test('the library sorts by a column header, says so with aria-sort, and a second click reverses', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await writeArticles(page, [
    { headline: 'Öppet hus i Hallunda', kind: 'news' },
    { headline: 'Anstalten Hall', kind: 'brief' },
    { headline: 'Bygglov i Ronna', kind: 'opinion' },
  ]);
  const links = library(page).getByRole('link');
  await expect(links).toHaveText(['Bygglov i Ronna', 'Anstalten Hall', 'Öppet hus i Hallunda']);
  await expect(page.getByRole('columnheader', { name: 'Senast ändrad' })).toHaveAttribute('aria-sort', 'descending');

  await page.getByRole('button', { name: 'Rubrik', exact: true }).click();
  await expect(links).toHaveText(['Anstalten Hall', 'Bygglov i Ronna', 'Öppet hus i Hallunda']);
  await expect(page.getByRole('columnheader', { name: 'Rubrik' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Senast ändrad' })).not.toHaveAttribute('aria-sort');

  await page.getByRole('button', { name: 'Rubrik', exact: true }).click();
  await expect(links).toHaveText(['Öppet hus i Hallunda', 'Bygglov i Ronna', 'Anstalten Hall']);
  await expect(page.getByRole('columnheader', { name: 'Rubrik' })).toHaveAttribute('aria-sort', 'descending');

  // Kinds in the newsroom's order: Nyhet, Notis, Debatt/Insändare.
  await page.getByRole('button', { name: 'Typ', exact: true }).click();
  await expect(links).toHaveText(['Öppet hus i Hallunda', 'Anstalten Hall', 'Bygglov i Ronna']);
  await expect(page.getByRole('columnheader', { name: 'Typ' })).toHaveAttribute('aria-sort', 'ascending');
});

test('the library filters by status and by kind, together and with the search', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const [harbour, briefHarbour, school, briefSchool] = await writeArticles(page, [
    { headline: 'Hamnen byggs ut', kind: 'news' },
    { headline: 'Hamnen stänger i kväll', kind: 'brief' },
    { headline: 'Skolan renoveras', kind: 'news' },
    { headline: 'Skolan får ny rektor', kind: 'brief' },
  ]);
  for (const id of [harbour!, briefSchool!]) setStatus(spalt, id, 'published');
  expect([briefHarbour, school]).toHaveLength(2);
  await page.reload();
  const links = library(page).getByRole('link');
  await expect(links).toHaveCount(4);

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Publicerad' });
  await expect(links).toHaveText(['Skolan får ny rektor', 'Hamnen byggs ut']);
  await expect(page.getByText(/^\d+ artik/)).toHaveText('2 artiklar');

  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Notis' });
  await expect(links).toHaveText(['Skolan får ny rektor']);

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Utkast' });
  await expect(links).toHaveText(['Hamnen stänger i kväll']);
  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('skolan');
  await expect(page.getByText('Inga artiklar matchar ”skolan”.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alla statusar' });
  await expect(links).toHaveText(['Skolan får ny rektor']);

  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Återsänd' });
  await expect(page.getByText('Inga artiklar passar filtret. Välj ”Alla statusar” och ”Alla typer” för att se alla.')).toBeVisible();
});

test('an article opens with Enter on its row and with a double-click', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const [id] = await writeArticles(page, [{ headline: 'Stor insats vid anstalten Hall' }, { headline: 'Skolan renoveras' }]);
  const headline = page.getByRole('textbox', { name: 'Rubrik' });

  await rowOf(page, 'Stor insats vid anstalten Hall').getByRole('cell', { name: 'Utkast' }).click();
  await page.keyboard.press('Enter');
  await expect(headline).toHaveValue('Stor insats vid anstalten Hall');
  expect(page.url()).toContain(`#/article/${id}`);

  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await rowOf(page, 'Skolan renoveras').getByRole('cell', { name: 'Nyhet' }).dblclick();
  await expect(headline).toHaveValue('Skolan renoveras');

  // From the row's checkbox, Enter opens too.
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await page.getByRole('checkbox', { name: 'Välj Stor insats vid anstalten Hall' }).focus();
  await page.keyboard.press('Enter');
  await expect(headline).toHaveValue('Stor insats vid anstalten Hall');
});

test('the trash sorts by headline, kind and status; its date column, when each went there, does not sort', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const ids = await writeArticles(page, [
    { headline: 'Bussar i Ronna' },
    { headline: 'Älgar vid E4', kind: 'brief' },
    { headline: 'Anstalten Hall' },
  ]);
  await page.evaluate(async (trashed) => {
    for (const id of trashed) {
      const response = await fetch('/api/invoke/articles.trash', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      if (!response.ok) throw new Error('articles.trash failed');
    }
  }, ids);
  await page.getByRole('navigation').getByRole('link', { name: 'Papperskorg' }).click();
  const table = page.getByRole('table', { name: 'Artiklar i papperskorgen' });
  await table.getByRole('button', { name: 'Rubrik', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Rubrik' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Anstalten Hall');
  await expect(table.getByRole('row').nth(3)).toContainText('Älgar vid E4');
  // The newsroom's order of kinds: news before briefs.
  await table.getByRole('button', { name: 'Typ', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Typ' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(3)).toContainText('Älgar vid E4');
  const moved = table.getByRole('columnheader', { name: 'Flyttad hit' });
  await expect(moved).not.toHaveAttribute('aria-sort');
  await expect(moved.getByRole('button')).toHaveCount(0);
});

test('the arrow keys move from row to row, and Enter opens the row reached', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await writeArticles(page, [{ headline: 'Äldst' }, { headline: 'Mitten' }, { headline: 'Nyast' }]);
  // Newest first: Nyast, Mitten, Äldst.
  await rowOf(page, 'Nyast').getByRole('cell', { name: 'Utkast' }).click();
  await expect(rowOf(page, 'Nyast')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rowOf(page, 'Mitten')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rowOf(page, 'Äldst')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rowOf(page, 'Mitten')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Mitten');
});

test('Delete moves an article to the trash, and Ångra in the notice puts it back as it was', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const [first, middle] = await writeArticles(page, [
    { headline: 'Äldsta artikeln' },
    { headline: 'Artikel att ångra' },
    { headline: 'Nyaste artikeln' },
  ]);
  const links = library(page).getByRole('link');
  await expect(links).toHaveText(['Nyaste artikeln', 'Artikel att ångra', 'Äldsta artikeln']);
  const before = spalt.readDatabase((db) => db.prepare('SELECT revision, updated_at, trashed_at FROM articles WHERE id = ?').get(middle));
  await page.getByRole('checkbox', { name: 'Välj Artikel att ångra' }).check();

  await rowOf(page, 'Artikel att ångra').getByRole('cell', { name: 'Utkast' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toHaveText('”Artikel att ångra” ligger nu i papperskorgen.');
  await expect(links).toHaveText(['Nyaste artikeln', 'Äldsta artikeln']);
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT trashed_at FROM articles WHERE id = ?').pluck().get(middle)))
    .not.toBeNull();
  // The row that took its place has the focus: Delete again would go on down the list.
  await expect(rowOf(page, 'Äldsta artikeln')).toBeFocused();

  await page.getByRole('button', { name: 'Ångra', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('”Artikel att ångra” är tillbaka bland artiklarna.');
  await expect(links).toHaveText(['Nyaste artikeln', 'Artikel att ångra', 'Äldsta artikeln']);
  await expect(page.getByRole('checkbox', { name: 'Välj Artikel att ångra' })).toBeChecked();
  expect(spalt.readDatabase((db) => db.prepare('SELECT revision, updated_at, trashed_at FROM articles WHERE id = ?').get(middle))).toEqual(
    before,
  );
  await expect(page.getByRole('button', { name: 'Ångra', exact: true })).toHaveCount(0);

  // The row's own action is one compact button on the row's one line, with Ångra as well.
  const row = rowOf(page, 'Äldsta artikeln');
  expect((await row.boundingBox())?.height).toBe(42);
  await row.getByRole('button', { name: 'Flytta Äldsta artikeln till papperskorgen' }).click();
  await expect(page.getByRole('status')).toHaveText('”Äldsta artikeln” ligger nu i papperskorgen.');
  await page.getByRole('button', { name: 'Ångra', exact: true }).click();
  // The notice says it once the core has put it back; the list may show all three before that.
  await expect(page.getByRole('status')).toHaveText('”Äldsta artikeln” är tillbaka bland artiklarna.');
  await expect(links).toHaveText(['Nyaste artikeln', 'Artikel att ångra', 'Äldsta artikeln']);
  expect(spalt.readDatabase((db) => db.prepare('SELECT trashed_at FROM articles WHERE id = ?').pluck().get(first))).toBeNull();
});

test('Personer sorts by a column header, and Delete removes a person with Ångra to bring them back', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('navigation').getByRole('link', { name: 'Personer' }).click();
  const form = page.getByRole('form', { name: 'Lägg till person' });
  for (const [name, kind, title] of [
    ['Örjan Lind', 'Redaktör', 'nyhetschef'],
    ['Alexander Isa', 'Reporter', 'reporter'],
    ['Åsa Berg', 'Fotograf', 'fotograf'],
  ] as const) {
    await form.getByRole('textbox', { name: 'Namn' }).fill(name);
    await form.getByRole('combobox', { name: 'Typ' }).selectOption({ label: kind });
    await form.getByRole('textbox', { name: 'Titel' }).fill(title);
    await form.getByRole('button', { name: 'Lägg till person' }).click();
    await expect(page.getByRole('status')).toHaveText(`${name} är sparad.`);
  }
  const table = page.getByRole('table', { name: 'Redaktionens personer' });
  const names = table.locator('tbody tr td:first-child');
  // Swedish order: Å and Ö after the rest of the alphabet.
  await expect(names).toHaveText(['Alexander Isa', 'Åsa Berg', 'Örjan Lind']);
  await expect(table.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: 'Namn' }).click();
  await expect(names).toHaveText(['Örjan Lind', 'Åsa Berg', 'Alexander Isa']);
  await expect(table.getByRole('columnheader', { name: 'Namn' })).toHaveAttribute('aria-sort', 'descending');
  await table.getByRole('button', { name: 'Typ' }).click();
  await expect(names).toHaveText(['Alexander Isa', 'Åsa Berg', 'Örjan Lind']);
  await table.getByRole('button', { name: 'Titel' }).click();
  await expect(names).toHaveText(['Åsa Berg', 'Örjan Lind', 'Alexander Isa']);

  const person = () => spalt.readDatabase((db) => db.prepare("SELECT id, name, kind, title FROM people WHERE name = 'Örjan Lind'").get());
  const before = person();
  await table.getByRole('row').filter({ hasText: 'Örjan Lind' }).getByRole('cell', { name: 'nyhetschef' }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toHaveText('Örjan Lind är borttagen ur personregistret.');
  await expect(names).toHaveText(['Åsa Berg', 'Alexander Isa']);
  expect(person()).toBeUndefined();
  await expect(table.getByRole('row').filter({ hasText: 'Alexander Isa' })).toBeFocused();

  await page.getByRole('button', { name: 'Ångra', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Örjan Lind är tillbaka i personregistret.');
  await expect(names).toHaveText(['Åsa Berg', 'Örjan Lind', 'Alexander Isa']);
  expect(person()).toEqual(before);
});
