import type { Page } from '@playwright/test';
import { bodyEditor, expect, openSpalt, test } from './fixtures';

const articleCount = 320;
const headline = (i: number) => `Artikel ${String(i).padStart(3, '0')} om Södertälje`;

/** Writes the articles through the contract, as the page's own calls do, oldest first. */
async function writeManyArticles(page: Page, count = articleCount): Promise<void> {
  await page.evaluate(
    async ({ count }) => {
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
      for (let i = 0; i < count; i++) {
        const created = await call('articles.create', { kind: 'news' });
        const draft = Object.fromEntries(draftKeys.map((key) => [key, created[key]]));
        draft.headline = `Artikel ${String(i).padStart(3, '0')} om Södertälje`;
        await call('articles.save', { id: created.id, baseRevision: 0, draft });
      }
    },
    { count },
  );
}

test('a library of 320 articles shows only the rows on screen, scrolls to its oldest article, searches and opens one', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await writeManyArticles(page);
  await expect(page.getByText(/^\d+ artik/)).toHaveText('320 artiklar');
  expect(spalt.readDatabase((db) => db.prepare('SELECT count(*) FROM articles').pluck().get())).toBe(articleCount);

  const table = page.getByRole('table', { name: 'Alla artiklar' });
  await expect(table).toHaveAttribute('aria-rowcount', String(articleCount + 1));
  // The newest first; only the rows on screen and a few more are in the document.
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(table.getByRole('link').first()).toHaveText(headline(articleCount - 1));
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  // Each row is the one line the table counts on, so the scrollbar and the rows agree.
  const heights = await table
    .locator('tbody tr[aria-rowindex]')
    .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(new Set(heights)).toEqual(new Set([42]));

  // The keyboard reaches rows that were not in the document: each row's checkbox, link and button in turn.
  await table.getByRole('checkbox', { name: `Välj ${headline(articleCount - 1)}` }).focus();
  for (let i = 0; i < 3 * 45; i++) await page.keyboard.press('Tab');
  const reached = table.getByRole('checkbox', { name: `Välj ${headline(articleCount - 46)}` });
  await expect(reached).toBeFocused();
  await expect(
    table.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Välj ${headline(articleCount - 46)}` }) }),
  ).toHaveAttribute('aria-rowindex', '47');

  // Scrolling down as a reader does, a turn of the wheel at a time, reaches the oldest article.
  const oldest = table.getByRole('link', { name: headline(0), exact: true });
  await table.getByRole('link').first().hover();
  await expect(async () => {
    await page.mouse.wheel(0, 2_000);
    await expect(oldest).toBeInViewport({ timeout: 300 });
  }).toPass();
  await expect(table.getByRole('row').filter({ has: page.getByRole('link', { name: headline(0), exact: true }) })).toHaveAttribute(
    'aria-rowindex',
    String(articleCount + 1),
  );
  // Every row on the way down stood in its place: the indices in the document run without a gap.
  const indices = (await table.getByRole('row').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))))).slice(
    1,
  );
  expect(indices).toEqual(Array.from({ length: indices.length }, (_, i) => articleCount + 2 - indices.length + i));
  const shownTitles = await table.getByRole('link').allTextContents();
  expect(shownTitles.at(-1)).toBe(headline(0));
  expect(new Set(shownTitles).size).toBe(shownTitles.length);

  // "Välj alla" chooses every article of the list for export, not only the rows on screen.
  await table.getByRole('checkbox', { name: 'Välj alla', exact: true }).check();
  await expect(page.getByRole('button', { name: /^Exportera valda/ })).toHaveText(`Exportera valda (${articleCount})`);
  await table.getByRole('checkbox', { name: 'Välj alla', exact: true }).uncheck();
  await expect(page.getByRole('button', { name: /^Exportera valda/ })).toBeDisabled();

  // A search finds one article among all of them, and it opens.
  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('artikel 007');
  await expect(table.getByRole('link')).toHaveText([headline(7)]);
  await expect(page.getByText(/^\d+ artik/)).toHaveText('1 artikel');
  await table.getByRole('link', { name: headline(7) }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(headline(7));

  // The Läs även picker finds an old article by its headline, far past the last changed ones it offers first.
  await bodyEditor(page).click();
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Läs även' }).click();
  const picker = bodyEditor(page).getByRole('combobox', { name: 'Välj artikel för Läs även' });
  await picker.focus();
  await expect(picker.getByRole('option', { name: headline(2), exact: true })).toHaveCount(0);
  await bodyEditor(page).getByRole('searchbox', { name: 'Sök artikel för Läs även' }).fill('artikel 002');
  await expect(picker.getByRole('option', { name: headline(2), exact: true })).toHaveCount(1);
  await picker.selectOption({ label: headline(2) });
  await expect(bodyEditor(page).getByRole('textbox', { name: 'Länktext för Läs även' })).toHaveValue(headline(2));
});

test('a search matching more than 500 articles lists the 500 newest, newest first, and says so', async ({ page, spalt }) => {
  // 520 articles written through the contract one by one take most of the default 45 s on a busy machine.
  test.setTimeout(120_000);
  const count = 520;
  await openSpalt(page, spalt);
  await writeManyArticles(page, count);
  await expect(page.getByText(/^\d+ artik/)).toHaveText(`${count} artiklar`);
  const table = page.getByRole('table', { name: 'Alla artiklar' });

  // A word every article holds, typed without its å and ä.
  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('sodertalje');
  await expect(page.getByText(/^Fler än/)).toHaveText(
    'Fler än 500 träffar: de 500 nyaste visas, nyast först. Lägg till ett ord för att hitta färre.',
  );
  await expect(table).toHaveAttribute('aria-rowcount', '501');
  await expect(table.getByRole('link').first()).toHaveText(headline(count - 1));
  await expect(table.getByRole('row').nth(1).getByText('Södertälje', { exact: true })).toBeVisible();

  // Sorted by a column, the same newest matches; the note no longer says newest first.
  await table.getByRole('button', { name: 'Rubrik', exact: true }).click();
  await expect(page.getByText(/^Fler än/)).toHaveText('Fler än 500 träffar: de 500 nyaste visas. Lägg till ett ord för att hitta färre.');
  await expect(table.getByRole('link').first()).toHaveText(headline(20));

  // A word more, and the few matches are counted.
  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('sodertalje artikel 513');
  await expect(page.getByText(/^\d+ artik/)).toHaveText('1 artikel');
  await expect(table.getByRole('link')).toHaveText([headline(513)]);
});
