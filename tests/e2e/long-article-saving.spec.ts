import type { Route } from '@playwright/test';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, openSpalt, test } from './fixtures';

// A long article's saves carry its body as JSON written a block at a time, and go to the core
// from a worker of their own; what lands on disk must be the whole body.
const paragraphs = Array.from({ length: 300 }, (_, i) => `Stycke ${i + 1} om budgeten för skolor, vård och omsorg i kommunen.`);

// The page's own classes, used inside page.evaluate; this project is typed for Node, not the DOM.
declare const DataTransfer: { new (): { setData(format: string, data: string): void } };
declare const ClipboardEvent: { new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }): object };
const bodyTextOf = (id: string) => `SELECT body_text FROM articles WHERE id = '${id}'`;

test("a long article's typing is saved whole, and a failed save of it says so and succeeds on retry", async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await bodyEditor(page).evaluate(
    (element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    paragraphs.map((text) => `<p>${text}</p>`).join(''),
  );
  await expect(bodyEditor(page).locator('p')).toHaveCount(300);
  await expectSaved(page);
  expect(spalt.readDatabase((db) => db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(id))).toBeGreaterThan(
    32 * 1024,
  );

  // Typing in the middle changes one block; the rest must still be there as they were.
  await bodyEditor(page).getByText('Stycke 150 om').click();
  await caretAfter(page, 'End', paragraphs[149] as string);
  await page.keyboard.type(' Nämnden beslutar i mars.');
  const edited = paragraphs.map((text, i) => (i === 149 ? `${text} Nämnden beslutar i mars.` : text));
  await expect.poll(() => spalt.readDatabase((db) => db.prepare(bodyTextOf(id)).pluck().get())).toBe(edited.join('\n\n'));

  await page.route('**/api/invoke/articles.save', (route: Route) => route.abort('connectionrefused'));
  await page.keyboard.type(' Beslutet kan överklagas.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Kunde inte spara');
  expect(spalt.readDatabase((db) => db.prepare(bodyTextOf(id)).pluck().get())).toBe(edited.join('\n\n'));

  await page.unroute('**/api/invoke/articles.save');
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expectSaved(page);
  const final = edited.map((text, i) => (i === 149 ? `${text} Beslutet kan överklagas.` : text));
  expect(spalt.readDatabase((db) => db.prepare(bodyTextOf(id)).pluck().get())).toBe(final.join('\n\n'));

  await page.reload();
  await expect(bodyEditor(page).locator('p')).toHaveCount(300);
  await expect(bodyEditor(page).locator('p').nth(149)).toHaveText(final[149] as string);
});
