import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

test('a "Läs även" link is picked from the library; the checklist warns while that article is unpublished, and flags it in the trash and once gone', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const target = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Stor insats vid anstalten Hall');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(target)))
    .toBe('Stor insats vid anstalten Hall');
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();

  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Läs även' }).click();
  const picker = bodyEditor(page).getByRole('combobox', { name: 'Välj artikel för Läs även' });
  await picker.focus();
  await expect(picker.getByRole('option', { name: 'Stor insats vid anstalten Hall' })).toHaveCount(1);
  await picker.selectOption({ label: 'Stor insats vid anstalten Hall' });
  await expect(bodyEditor(page).getByRole('textbox', { name: 'Länktext för Läs även' })).toHaveValue('Stor insats vid anstalten Hall');

  await expect
    .poll(() =>
      spalt.readDatabase((db) => {
        const body = JSON.parse(db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string) as {
          root: { children: Array<{ type: string; articleId?: string; title?: string }> };
        };
        return body.root.children.find((node) => node.type === 'read-also');
      }),
    )
    .toMatchObject({ articleId: target, title: 'Stor insats vid anstalten Hall' });
  // The linked article is a draft: a warning, since it may still be published first.
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await expect(checklist.getByRole('button', { name: /Läs även/ })).toHaveText([
    'Varning: ”Läs även” leder till ”Stor insats vid anstalten Hall”, som inte är publicerad ännu. Publicera den först, annars kan länken inte följa med.',
  ]);

  // The linked article goes to the trash: an error that says how to mend it.
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await page.getByRole('button', { name: 'Flytta Stor insats vid anstalten Hall till papperskorgen' }).click();
  await page.goto(`${spalt.origin}/#/article/${id}`);
  await expect(checklist.getByRole('button', { name: /Läs även/ })).toHaveText([
    'Fel: ”Läs även” leder till ”Stor insats vid anstalten Hall”, som ligger i papperskorgen. Återställ artikeln eller välj en annan.',
  ]);

  // The trash is emptied: the link now leads nowhere.
  await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
  await page.getByRole('link', { name: 'Papperskorg' }).click();
  await page.getByRole('button', { name: 'Töm papperskorgen' }).click();
  await page.getByRole('alertdialog', { name: 'Töm papperskorgen?' }).getByRole('button', { name: 'Radera för alltid' }).click();
  await expect(page.getByText('Papperskorgen är tom.')).toBeVisible();
  await page.goto(`${spalt.origin}/#/article/${id}`);
  await expect(checklist.getByRole('button', { name: /Läs även/ })).toHaveText([
    'Fel: ”Läs även”-länken Stor insats vid anstalten Hall går inte till någon artikel. Välj en artikel ur arkivet eller skriv en adress.',
  ]);
});
