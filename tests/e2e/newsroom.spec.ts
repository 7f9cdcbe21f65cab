import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

test('choosing a kind brings its kicker, label and disclaimer, and the checklist follows', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await expect(checklist.getByRole('button', { name: 'Fel: Rubrik saknas.' })).toBeVisible();
  await expect(checklist.getByRole('button', { name: 'Fel: Byline saknas: lägg till vem som skrivit texten.' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Debatt/Insändare' });
  await expect(page.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('INSÄNDARE:');
  await expect(page.getByRole('textbox', { name: 'Friskrivning' })).toHaveValue(
    'Detta är en debatt/insändare. Åsikterna är skribentens egna.',
  );
  await expect(page.getByText('Debattartiklar signeras av skribenterna')).toBeVisible();
  await expect(checklist.getByRole('button', { name: /Debattartikeln saknar signatur/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Annons' });
  await expect(page.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Etikett' })).toHaveValue('Annons');
  await expect(page.getByRole('textbox', { name: 'Friskrivning' })).toHaveCount(0);
  await expect(checklist.getByRole('button', { name: 'Fel: Annonsör saknas.' })).toBeVisible();

  // Each problem jumps to its place.
  await checklist.getByRole('button', { name: 'Fel: Annonsör saknas.' }).click();
  await expect(page.getByRole('textbox', { name: 'Annonsör' })).toBeFocused();
  await page.keyboard.type('Södertälje kommun');
  await checklist.getByRole('button', { name: 'Fel: Rubrik saknas.' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toBeFocused();
  await page.keyboard.type('Så lockas medarbetare till Socialkontoret i kommunen');
  await checklist.getByRole('button', { name: 'Fel: Ingress saknas.' }).click();
  await page.keyboard.type('På socialkontoret i Södertälje kommun arbetar man aktivt med introduktion.');
  await page.getByRole('button', { name: 'Lägg till byline' }).click();
  await page.getByRole('combobox', { name: 'Namn' }).fill('Helen Shabo');
  await expect(checklist.getByText('Allt är klart för publicering.')).toBeVisible();

  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT kind, label, sponsor, disclaimer FROM articles WHERE id = ?').get(id)))
    .toEqual({ kind: 'sponsored', label: 'Annons', sponsor: 'Södertälje kommun', disclaimer: '' });
});

test('the checklist finds a leftover TK in the body and clears when it is gone', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Skadeläget är TK.');
  const tk = page.getByRole('region', { name: 'Kontrollista' }).getByRole('button', { name: /Det står kvar ”TK”/ });
  await expect(tk).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('oklart.');
  await expect(tk).toHaveCount(0);
  await expect(
    page.getByText(/^\d+ ord · \d+ tecken · Lästid 1 min · LIX \d+, (mycket lätt|lätt|medelsvår|svår|mycket svår)$/),
  ).toBeVisible();
});

test('bylines are picked from the people registry', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Personer' }).click();
  const form = page.getByRole('form', { name: 'Lägg till person' });
  await form.getByRole('textbox', { name: 'Namn' }).fill('Alexander Isa');
  await form.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Reporter' });
  await form.getByRole('textbox', { name: 'Titel' }).fill('reporter');
  await form.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('status')).toHaveText('Alexander Isa är sparad.');
  await expect(
    page.getByRole('table', { name: 'Redaktionens personer' }).getByRole('cell', { name: 'Alexander Isa', exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'the people registry with a person just added', ['light']);
  const personId = spalt.readDatabase((db) => db.prepare("SELECT id FROM people WHERE name = 'Alexander Isa'").pluck().get());

  await page.getByRole('link', { name: 'Artiklar' }).click();
  const id = await createArticle(page);
  await page.getByRole('button', { name: 'Lägg till byline' }).click();
  const name = page.getByRole('combobox', { name: 'Namn' });
  await name.fill('Ale');
  await expect(page.locator('datalist option[value="Alexander Isa"]')).toHaveCount(1);
  await name.fill('Alexander Isa');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT bylines FROM articles WHERE id = ?').pluck().get(id)))
    .toBe(JSON.stringify([{ role: 'text', name: 'Alexander Isa', personId }]));
  await expectAccessible(page, 'an article with a byline from the registry', ['light']);
  await page.getByRole('button', { name: 'Ta bort Alexander Isa' }).click();
  await expect(page.getByRole('region', { name: 'Kontrollista' }).getByRole('button', { name: /Byline saknas/ })).toBeVisible();
});

test('Swedish typography as you type, each rule switchable in settings', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type('- Europa ska inte vara ett "gängparadis"... säger hon.');
  await expect(body).toHaveText('– Europa ska inte vara ett ”gängparadis”… säger hon.');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('– Europa ska inte vara ett ”gängparadis”… säger hon.');

  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('checkbox', { name: 'Citattecken blir ” (samma tecken på båda sidor)' }).uncheck();
  await expect(page.getByRole('status')).toHaveText('Inställningarna är sparade.');
  await page.getByRole('link', { name: 'Artiklar' }).click();
  await page.getByRole('link', { name: '(Utan rubrik)' }).click();
  await bodyEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' "Raka"...');
  await expect(bodyEditor(page)).toHaveText('– Europa ska inte vara ett ”gängparadis”… säger hon. "Raka"…');
});

test('the newsroom’s texts for each kind are settings', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('textbox', { name: 'Etikett (Annons)' }).fill('Företag i fokus');
  await page.getByRole('textbox', { name: 'Vinjett för nya artiklar (Debatt/Insändare)' }).fill('DEBATT:');
  await page.getByRole('button', { name: 'Spara reglerna' }).click();
  await expect(page.getByRole('status')).toHaveText('Inställningarna är sparade.');
  await page.getByRole('link', { name: 'Artiklar' }).click();
  await createArticle(page);
  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Annons' });
  await expect(page.getByRole('textbox', { name: 'Etikett' })).toHaveValue('Företag i fokus');
  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Debatt/Insändare' });
  await expect(page.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('DEBATT:');
});
