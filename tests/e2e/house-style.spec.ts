/**
 * The newsroom's house style: times, small numbers, per cent and double spaces are warnings in
 * the checklist, each with a button that puts it right in the body or the field (and the fix is
 * saved); the rules are the newsroom's to set in Inställningar.
 */
import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

test('fixes the house style from the checklist in the body and the lead, and follows the newsroom’s choice of rules', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Budgeten klubbad');
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Mötet började kl 9.30 i stadshuset.');
  await bodyEditor(page).click();
  await page.keyboard.type('Beslutet kom 13:18 när 5 ledamöter röstade för 25 % av  budgeten.');

  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await expect(checklist.getByRole('button', { name: /Klockslag: skriv ”13\.18”, inte ”13:18”/ })).toBeVisible();
  await expect(checklist.getByRole('button', { name: /Tal under tio skrivs med bokstäver/ })).toBeVisible();
  await expectAccessible(page, 'the checklist with house style warnings, each with its fix');
  await checklist.getByRole('button', { name: 'Rätta till ”13.18”' }).click();
  await checklist.getByRole('button', { name: 'Rätta till ”fem”' }).click();
  await checklist.getByRole('button', { name: 'Rätta till ”25 procent”' }).click();
  await checklist.getByRole('button', { name: 'Rätta till ett mellanslag' }).click();
  await expect(bodyEditor(page)).toHaveText('Beslutet kom 13.18 när fem ledamöter röstade för 25 procent av budgeten.');

  await checklist.getByRole('button', { name: 'Rätta till ”kl. 9.30”' }).click();
  await expect(page.getByRole('textbox', { name: 'Ingress' })).toHaveValue('Mötet började kl. 9.30 i stadshuset.');
  await expect(checklist.getByRole('button', { name: /^Rätta till/ })).toHaveCount(0);
  // The fixes are saved as typing is: the row on disk comes to hold them.
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT lead, body_text FROM articles WHERE id = ?').get(id)))
    .toMatchObject({
      lead: 'Mötet började kl. 9.30 i stadshuset.',
      body_text: expect.stringContaining('Beslutet kom 13.18 när fem ledamöter röstade för 25 procent av budgeten.'),
    });

  // The newsroom writes "kl. 9:30" and "25 %": the same text now needs the other way round.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const rules = page.getByRole('group', { name: 'Redaktionens språkregler' });
  await rules.getByRole('combobox', { name: 'Klockslag' }).selectOption({ label: 'kl. 13:18' });
  await rules.getByRole('combobox', { name: 'Procent' }).selectOption({ label: '25 %' });
  await rules.getByRole('checkbox', { name: 'Tal under tio med bokstäver i löptext' }).uncheck();
  await page.getByRole('button', { name: 'Spara reglerna' }).click();
  await expect
    .poll(() =>
      spalt.readDatabase((db) => {
        // No row until the rules are first saved.
        const value = db.prepare("SELECT value FROM settings WHERE key = 'newsroom'").pluck().get() as string | undefined;
        return value === undefined ? null : (JSON.parse(value) as unknown);
      }),
    )
    .toMatchObject({ houseStyle: { clock: 'colon', percent: 'sign', smallNumbers: false } });

  await page.goBack();
  await expect(checklist.getByRole('button', { name: 'Rätta till ”kl. 9:30”' })).toBeVisible();
  await checklist.getByRole('button', { name: 'Rätta till ”25 %”' }).click();
  await expect(bodyEditor(page)).toHaveText('Beslutet kom 13.18 när fem ledamöter röstade för 25 % av budgeten.');
});
