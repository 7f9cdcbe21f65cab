import type { Locator, Page } from '@playwright/test';
import { body, factBox, p, pullQuote, question, readAlso, signature } from '../fixtures/seeds/build';
import type { BodyDocument } from '../../shared/document/body';
import { bodyEditor, createArticle, expect, expectSaved, openSpalt, test, type SpaltServer } from './fixtures';

/** A photo on the site: the URL policy stores only http and https addresses besides the library. */
const sitePhoto = 'https://lokaltidning.se/wp-content/uploads/cyklister.png';

async function call<T>(page: Page, spalt: SpaltServer, operation: string, input: unknown): Promise<T> {
  const token = new URL(spalt.url).searchParams.get('token') ?? '';
  const response = await page.request.post(`${spalt.origin}/api/invoke/${operation}`, { data: input, headers: { 'x-spalt-token': token } });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Opens an article holding `content` as its body, saved through the core as the site's import would. */
async function openArticleWith(page: Page, spalt: SpaltServer, content: BodyDocument): Promise<string> {
  await openSpalt(page, spalt);
  const { id, revision } = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  const draft = { kind: 'news', kicker: '', headline: 'Stor insats i Hall', lead: '', bylines: [], label: '', disclaimer: '', sponsor: '' };
  await call(page, spalt, 'articles.save', { id, baseRevision: revision, draft: { ...draft, body: content } });
  await page.goto(`${spalt.origin}/#/article/${id}`);
  await expect(bodyEditor(page)).toBeVisible();
  return id;
}

type Block = Record<string, unknown> & { type: string };

function storedBlocks(spalt: SpaltServer, id: string): Block[] {
  const stored = spalt.readDatabase((db) => (db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body);
  return (JSON.parse(stored) as { root: { children: Block[] } }).root.children;
}

/** The browser's window as far as these tests use it (their own code is typed without the DOM). */
type StyleWindow = { getComputedStyle(element: unknown): { getPropertyValue(property: string): string } };
/** A computed style of the element, as the browser set it. */
const style = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => (globalThis as unknown as StyleWindow).getComputedStyle(element).getPropertyValue(name), property);
const fontSize = async (locator: Locator) => parseFloat(await style(locator, 'font-size'));
const fontWeight = async (locator: Locator) => Number(await style(locator, 'font-weight'));

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

test('each newsroom block shows as the page prints it, its text in place and no form labels', async ({ page, spalt }) => {
  await openArticleWith(
    page,
    spalt,
    body(
      p('Räddningstjänsten larmades strax efter tio.'),
      pullQuote('Vi fick ut alla i tid', 'Insatsledaren'),
      question('Hur gick det till?'),
      p('– Vi var på plats efter sex minuter.'),
      factBox('Så larmar du', ['Ring 112', 'Beskriv platsen']),
      readAlso('Stor insats i Hall', 'https://example.se/stor-insats'),
      { type: 'photo', version: 1, src: sitePhoto, alt: 'Två cyklister på bron', caption: 'Bron öppnade i går.', credit: 'Foto: Privat' },
      signature(['Metin Hawsho', 'gruppledare (L)']),
    ),
  );
  const editor = bodyEditor(page);
  const paragraph = editor.getByText('Räddningstjänsten larmades strax efter tio.');
  const bodySize = await fontSize(paragraph);

  // The pull quote: a blockquote in a figure, the quote in large type, the person below it.
  const quote = editor.locator('figure blockquote').getByRole('textbox', { name: 'Citattext' });
  await expect(quote).toHaveValue('Vi fick ut alla i tid');
  expect(await fontSize(quote)).toBeGreaterThan(bodySize * 1.3);
  const person = editor.locator('figure blockquote cite').getByRole('textbox', { name: 'Citerad person' });
  await expect(person).toHaveValue('Insatsledaren');
  expect((await box(person)).y).toBeGreaterThanOrEqual((await box(quote)).y + (await box(quote)).height);

  // The interview question in bold, its answer in the body's plain type.
  expect(await fontWeight(editor.locator('p.spalt-question'))).toBeGreaterThanOrEqual(700);
  expect(await fontWeight(editor.getByText('– Vi var på plats efter sex minuter.'))).toBeLessThan(700);

  // The fact box: its heading, and its facts as a list.
  const facts = editor.getByRole('group', { name: 'Faktaruta' });
  await expect(facts.getByRole('heading', { level: 3 }).getByRole('textbox', { name: 'Faktarutans titel' })).toHaveValue('Så larmar du');
  const items = facts.getByRole('list').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole('textbox', { name: 'Faktapunkt 1' })).toHaveValue('Ring 112');
  await expect(items.nth(1).getByRole('textbox', { name: 'Faktapunkt 2' })).toHaveValue('Beskriv platsen');

  // "Läs även:" and the headline on one line, set as a link.
  const readAlsoBlock = editor.getByRole('group', { name: 'Läs även' });
  const label = readAlsoBlock.getByText('Läs även:', { exact: true });
  const headline = readAlsoBlock.getByRole('textbox', { name: 'Länktext för Läs även' });
  await expect(headline).toHaveValue('Stor insats i Hall');
  expect(Math.abs((await box(headline)).y - (await box(label)).y)).toBeLessThan(4);
  await expect(headline).toHaveCSS('text-decoration-line', 'underline');

  // The photo by address: its caption and credit line under the picture.
  const photo = editor.getByRole('group', { name: 'Bild' });
  const picture = photo.locator('img.spalt-photo-image');
  await expect(picture).toHaveAttribute('src', sitePhoto);
  await expect(photo.getByRole('textbox', { name: 'Bildtext' })).toHaveValue('Bron öppnade i går.');
  await expect(photo.getByRole('textbox', { name: 'Fotokredit' })).toHaveValue('Foto: Privat');

  // The signature: the name in bold, the title on the line below.
  const name = editor.getByRole('textbox', { name: 'Undertecknarens namn 1' });
  const title = editor.getByRole('textbox', { name: 'Undertecknarens titel 1' });
  await expect(name).toHaveValue('Metin Hawsho');
  expect(await fontWeight(name)).toBeGreaterThanOrEqual(700);
  expect((await box(title)).y).toBeGreaterThanOrEqual((await box(name)).y + (await box(name)).height);

  // No label above the text: what the page shows is all there is to read.
  for (const formLabel of [
    'Citattext',
    'Citerad person',
    'Faktarutans titel',
    'Länktext för Läs även',
    'Undertecknarens namn 1',
    'Bildtext',
  ]) {
    await expect(editor.getByText(formLabel, { exact: true })).toHaveCount(0);
  }
});

test('a pull quote is typed where it shows: Tab and Enter go on to the person, Enter after it goes on writing below, the arrow keys lead out, and it is saved', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.type('Insatsledaren var nöjd.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Alt+KeyP');

  const quote = editor.getByRole('textbox', { name: 'Citattext' });
  await quote.click();
  await page.keyboard.type('Vi fick ut alla i tid');
  await page.keyboard.press('Tab');
  const person = editor.getByRole('textbox', { name: 'Citerad person' });
  await expect(person).toBeFocused();
  await page.keyboard.type('Insatsledaren');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Branden var släckt vid elva.');

  await expect(quote).toHaveValue('Vi fick ut alla i tid');
  await expect(person).toHaveValue('Insatsledaren');
  await expectSaved(page);
  await expect
    .poll(() => storedBlocks(spalt, id).map(({ type, text, attribution }) => ({ type, text, attribution })))
    .toEqual([
      { type: 'paragraph', text: undefined, attribution: undefined },
      { type: 'pull-quote', text: 'Vi fick ut alla i tid', attribution: 'Insatsledaren' },
      { type: 'paragraph', text: undefined, attribution: undefined },
    ]);
  await expect(editor.locator('p.body-paragraph').last()).toHaveText('Branden var släckt vid elva.');

  // Enter in the quote itself goes on to the person, never a line break in the quote.
  await quote.press('End');
  await quote.press('Enter');
  await expect(person).toBeFocused();
  await expect(quote).toHaveValue('Vi fick ut alla i tid');

  // The arrow keys at a field's very end or start go on to the next field, and out of the block to the text beside it.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Nu ');
  await quote.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(quote).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(person).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await expect(quote).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await expect(editor).toBeFocused();
  await page.keyboard.type(' Mycket.');
  await expect(editor.locator('p.body-paragraph')).toHaveText(['Insatsledaren var nöjd. Mycket.', 'Nu Branden var släckt vid elva.']);

  await page.reload();
  await expect(editor.getByRole('textbox', { name: 'Citattext' })).toHaveValue('Vi fick ut alla i tid');
  await expect(editor.getByRole('textbox', { name: 'Citerad person' })).toHaveValue('Insatsledaren');
  await expect(editor.locator('p.body-paragraph')).toHaveText(['Insatsledaren var nöjd. Mycket.', 'Nu Branden var släckt vid elva.']);
});

test('a fact box is written as a list: Enter adds a fact, Backspace joins two, Enter on an empty last fact leaves the box', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.press('Shift+Alt+KeyF');
  await editor.getByRole('textbox', { name: 'Faktarutans titel' }).click();
  await page.keyboard.type('Så larmar du');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 1' })).toBeFocused();
  await page.keyboard.type('Ring 112');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 2' })).toBeFocused();
  await page.keyboard.type('Beskriv platsen');
  const facts = editor.getByRole('group', { name: 'Faktaruta' }).getByRole('listitem');
  await expect(facts).toHaveCount(2);

  // Backspace at the start of a fact joins it to the one above; Enter there splits them again.
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect(facts).toHaveCount(1);
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 1' })).toHaveValue('Ring 112Beskriv platsen');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(facts).toHaveCount(2);
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 1' })).toHaveValue('Ring 112');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 2' })).toHaveValue('Beskriv platsen');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 2' })).toBeFocused();

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(facts).toHaveCount(3);
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(facts).toHaveCount(2);
  await page.keyboard.type('Räddningstjänsten kom efter sex minuter.');

  // Lines pasted into one fact become as many facts.
  await editor.getByRole('textbox', { name: 'Faktapunkt 2' }).fill('Beskriv platsen\nStanna kvar tills hjälpen kommer');
  await expect(facts).toHaveCount(3);
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 2' })).toHaveValue('Beskriv platsen');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 3' })).toHaveValue('Stanna kvar tills hjälpen kommer');

  await expectSaved(page);
  await expect
    .poll(() => storedBlocks(spalt, id).map(({ type, heading, items }) => ({ type, heading, items })))
    .toEqual([
      { type: 'fact-box', heading: 'Så larmar du', items: ['Ring 112', 'Beskriv platsen', 'Stanna kvar tills hjälpen kommer'] },
      { type: 'paragraph', heading: undefined, items: undefined },
    ]);
  await expect(editor.locator('p.body-paragraph').last()).toHaveText('Räddningstjänsten kom efter sex minuter.');
});

test('a signature is written line by line: Enter goes from the name to the title, Tab on to the next signer', async ({ page, spalt }) => {
  const id = await openArticleWith(page, spalt, body(p('Liberalerna vill se ett starkt EU.'), signature(['', ''], ['', ''])));
  const editor = bodyEditor(page);
  await editor.getByRole('textbox', { name: 'Undertecknarens namn 1' }).click();
  await page.keyboard.type('Metin Hawsho');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Undertecknarens titel 1' })).toBeFocused();
  await page.keyboard.type('gruppledare (L)');
  // Tab passes the signer's remove button on its way to the next signer.
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Ta bort undertecknare 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('textbox', { name: 'Undertecknarens namn 2' })).toBeFocused();
  await page.keyboard.type('Yelda Hadodo');
  await page.keyboard.press('Enter');
  await page.keyboard.type('skådespelare/regissör');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Slut.');

  await expectSaved(page);
  await expect
    .poll(() => storedBlocks(spalt, id).find((block) => block.type === 'signature')?.signers)
    .toEqual([
      { name: 'Metin Hawsho', title: 'gruppledare (L)' },
      { name: 'Yelda Hadodo', title: 'skådespelare/regissör' },
    ]);
  await expect(editor.locator('p.body-paragraph').last()).toHaveText('Slut.');
});

test("a photo's caption and credit line are typed under the picture, as the page prints them, and saved", async ({ page, spalt }) => {
  const blank = { type: 'photo', version: 1, src: sitePhoto, alt: 'Två cyklister på bron', caption: '', credit: '' };
  const id = await openArticleWith(page, spalt, body(p('Cyklisterna tog sig över bron.'), blank));
  const photo = bodyEditor(page).getByRole('group', { name: 'Bild' });
  const caption = photo.getByRole('textbox', { name: 'Bildtext' });
  const credit = photo.getByRole('textbox', { name: 'Fotokredit' });
  const picture = await box(photo.locator('img.spalt-photo-image'));
  expect((await box(caption)).y).toBeGreaterThanOrEqual(picture.y + picture.height);

  await caption.click();
  await page.keyboard.type('Bron öppnade i går.');
  await page.keyboard.press('Tab');
  await expect(credit).toBeFocused();
  await page.keyboard.type('Foto: Privat');
  // The credit line follows the caption on its line, in the credit's own type.
  expect(Math.abs((await box(credit)).y - (await box(caption)).y)).toBeLessThan(6);
  expect(await fontSize(credit)).toBeLessThan(await fontSize(caption));
  // A line break pasted into the caption is a space: a caption is one line of text.
  await caption.fill('Bron öppnade\ni går.');
  await expect(caption).toHaveValue('Bron öppnade i går.');

  await expectSaved(page);
  await expect
    .poll(() => storedBlocks(spalt, id).find((block) => block.type === 'photo'))
    .toMatchObject({ src: sitePhoto, caption: 'Bron öppnade i går.', credit: 'Foto: Privat' });
});
