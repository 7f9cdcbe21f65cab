import type { Page } from '@playwright/test';
import { adSlot, body, factBox, p, photo, pullQuote, question, readAlso, signature, text } from '../fixtures/seeds/build';
import { expectAccessible } from './axe-support';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, openSpalt, test, type SpaltServer } from './fixtures';
import { blockIdOf, withBlockId } from '../../shared/revisions/block-id';

/** A photo on the site: the URL policy stores only http and https addresses besides the library. */
const sitePhoto = 'https://lokaltidning.se/wp-content/uploads/cyklister.png';
const rawMarkup = '<!-- wp:gallery {"ids":[12,13]} -->\n<figure class="wp-block-gallery">Galleri</figure>\n<!-- /wp:gallery -->';

/** A body with every newsroom node, as the core stores it. */
const everyBlock = body(
  p('Räddningstjänsten larmades strax efter tio.'),
  photo({ photoId: 'hallen-brand', alt: 'Brandbilar utanför hallen', caption: 'Hallen i Hall', credit: 'Foto: Privat' }),
  pullQuote('Vi fick ut alla i tid', 'Insatsledaren'),
  question('Hur gick det till?'),
  p('– Vi var på plats efter sex minuter.'),
  {
    type: 'live-update',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    time: '2024-05-09T12:05:00.000Z',
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [text('Branden är nu släckt.')],
      },
    ],
  },
  readAlso('Stor insats i Hall', 'https://example.se/stor-insats'),
  adSlot(),
  factBox('Så larmar du', ['Ring 112', 'Beskriv platsen']),
  signature(['Metin Hawsho', 'gruppledare (L)']),
  { type: 'separator', version: 1 },
  { type: 'raw-block', version: 1, markup: rawMarkup },
);

async function call<T>(page: Page, spalt: SpaltServer, operation: string, input: unknown): Promise<T> {
  const token = new URL(spalt.url).searchParams.get('token') ?? '';
  const response = await page.request.post(`${spalt.origin}/api/invoke/${operation}`, { data: input, headers: { 'x-spalt-token': token } });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function storedBody(spalt: SpaltServer, id: string): string {
  return spalt.readDatabase((db) => (db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body);
}

test('an opinion piece gets its pull quote from the slash menu and its signature from the Infoga menu', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const checklist = page.getByRole('region', { name: 'Kontrollista' });

  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Debatt/Insändare' });
  await expect(page.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('INSÄNDARE:');
  await expect(page.getByRole('textbox', { name: 'Friskrivning' })).toHaveValue(
    'Detta är en debatt/insändare. Åsikterna är skribentens egna.',
  );
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Starkare Europa, starkare Sverige');
  await expect(checklist.getByRole('button', { name: /Debattartikeln saknar signatur/ })).toBeVisible();

  await bodyEditor(page).click();
  await page.keyboard.type('Det finns två stora hot mot den europeiska säkerheten.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Liberalerna vill inrätta en gemensam Europa-polis.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/citat');
  const slashMenu = page.getByRole('listbox', { name: 'Block att infoga' });
  await expect(slashMenu.getByRole('option')).toHaveText(['Citatpuff']);
  await page.keyboard.press('Enter');
  await expect(slashMenu).toHaveCount(0);
  const quote = 'Europa ska inte vara ett gängparadis där svenska gängledare kan gömma sig';
  await page.getByRole('textbox', { name: 'Citattext' }).fill(quote);

  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Infoga block' });
  await expect(menu.getByRole('menuitem', { name: 'Signatur' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+S');
  await menu.getByRole('menuitem', { name: 'Signatur' }).click();
  await expect(menu).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Undertecknarens namn 1' }).fill('Metin Hawsho');
  await page.getByRole('textbox', { name: 'Undertecknarens titel 1' }).fill('gruppledare (L)');
  await expect(checklist.getByRole('button', { name: /Debattartikeln saknar signatur/ })).toHaveCount(0);

  await expectSaved(page);
  await expect.poll(() => storedBody(spalt, id)).toContain('gruppledare (L)');
  const stored = JSON.parse(storedBody(spalt, id)) as { root: { children: Array<Record<string, unknown>> } };
  expect(stored.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'pull-quote', 'signature', 'paragraph']);
  expect(stored.root.children[2]).toMatchObject({ type: 'pull-quote', text: quote });
  expect(stored.root.children[3]).toMatchObject({ type: 'signature', signers: [{ name: 'Metin Hawsho', title: 'gruppledare (L)' }] });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Starkare Europa, starkare Sverige');
  await expect(bodyEditor(page).getByText('Liberalerna vill inrätta en gemensam Europa-polis.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Citattext' })).toHaveValue(quote);
  await expect(page.getByRole('textbox', { name: 'Undertecknarens namn 1' })).toHaveValue('Metin Hawsho');
  await expect(page.getByRole('textbox', { name: 'Undertecknarens titel 1' })).toHaveValue('gruppledare (L)');
  await expect(checklist.getByRole('button', { name: /Debattartikeln saknar signatur/ })).toHaveCount(0);
});

test('the checklist flags a photo block of an address (not the library) without alt text and clears once it is described', async ({
  page,
  spalt,
}) => {
  // New photos come from the library (tests/e2e/photos-article.spec.ts); a block read from the
  // site's markup keeps its own address and fields, edited in the block.
  await openSpalt(page, spalt);
  const { id, revision } = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  const urlPhoto = { type: 'photo', version: 1, src: sitePhoto, alt: '', caption: '', credit: '' };
  await call(page, spalt, 'articles.save', {
    id,
    baseRevision: revision,
    draft: {
      kind: 'news',
      kicker: '',
      headline: '',
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      body: body(p('Cyklisterna tog sig över bron.'), urlPhoto),
    },
  });
  await page.goto(`${spalt.origin}/#/article/${id}`);
  const checklist = page.getByRole('region', { name: 'Kontrollista' });
  await expect(bodyEditor(page).locator('img.spalt-photo-image')).toHaveAttribute('src', sitePhoto);
  await page.getByRole('textbox', { name: 'Fotokredit' }).fill('Foto: Privat');
  await expect(checklist.getByRole('button', { name: 'Fel: En bild saknar alternativtext.' })).toBeVisible();
  await expect(checklist.getByRole('button', { name: /saknar fotokredit/ })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('Två cyklister på den nya bron');
  await expect(checklist.getByRole('button', { name: /alternativtext/i })).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Alternativtext' }).fill('IMG_9098');
  await expect(checklist.getByRole('button', { name: /”IMG_9098” ser ut som ett filnamn/ })).toBeVisible();

  await expectSaved(page);
  await expect.poll(() => storedBody(spalt, id)).toContain('"alt":"IMG_9098"');
  const stored = JSON.parse(storedBody(spalt, id)) as { root: { children: Array<Record<string, unknown>> } };
  expect(stored.root.children.find((node) => node.type === 'photo')).toMatchObject({
    src: sitePhoto,
    credit: 'Foto: Privat',
    alt: 'IMG_9098',
  });
});

test('a body holding every newsroom block opens without error and shows each one', async ({ page, spalt }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openSpalt(page, spalt);
  const created = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  await call(page, spalt, 'articles.save', {
    id: created.id,
    baseRevision: created.revision,
    draft: {
      kind: 'news',
      kicker: '',
      headline: 'Stor insats i Hall',
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      body: everyBlock,
    },
  });
  await page.goto(`${spalt.origin}/#/article/${created.id}`);

  const editor = bodyEditor(page);
  await expect(editor.getByText('Räddningstjänsten larmades strax efter tio.')).toBeVisible();
  await expect(editor.getByText('Bild ur bildbanken: hallen-brand')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Alternativtext' })).toHaveValue('Brandbilar utanför hallen');
  await expect(editor.getByRole('textbox', { name: 'Bildtext' })).toHaveValue('Hallen i Hall');
  await expect(editor.getByRole('textbox', { name: 'Citattext' })).toHaveValue('Vi fick ut alla i tid');
  await expect(editor.getByRole('textbox', { name: 'Citerad person' })).toHaveValue('Insatsledaren');
  await expect(editor.locator('p.spalt-question')).toHaveText('Hur gick det till?');
  await expect(editor.getByRole('heading', { name: 'Uppdatering 14:05' })).toBeVisible();
  await expect(editor.getByText('Branden är nu släckt.')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Länktext för Läs även' })).toHaveValue('Stor insats i Hall');
  await expect(editor.getByRole('textbox', { name: 'Länk (URL) för Läs även' })).toHaveValue('https://example.se/stor-insats');
  await expect(editor.getByRole('note', { name: 'Annonsplats' })).toHaveText('Annons');
  await expect(editor.getByRole('textbox', { name: 'Faktarutans titel' })).toHaveValue('Så larmar du');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 1' })).toHaveValue('Ring 112');
  await expect(editor.getByRole('textbox', { name: 'Faktapunkt 2' })).toHaveValue('Beskriv platsen');
  await expect(editor.getByRole('textbox', { name: 'Undertecknarens namn 1' })).toHaveValue('Metin Hawsho');
  await expect(editor.getByRole('separator')).toHaveCount(1);
  const raw = editor.getByRole('note', { name: /WordPress-block som Spalt inte känner till/ });
  await expect(raw).toContainText('<figure class="wp-block-gallery">Galleri</figure>');
  await expect(raw.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page, 'a body holding every newsroom block, a library photo not found among them');

  // Changing the update's time rewrites its heading and the stored instant, and nothing else.
  await editor.getByRole('textbox', { name: 'Tid för uppdateringen' }).or(editor.getByLabel('Tid för uppdateringen')).first().fill('15:30');
  await expect(editor.getByRole('heading', { name: 'Uppdatering 15:30' })).toBeVisible();
  await expectSaved(page);
  await expect.poll(() => storedBody(spalt, created.id)).toContain('"time":"2024-05-09T13:30:00.000Z"');
  // The editor's subclasses serialize exactly as the shared nodes: the same JSON but the new
  // time, and each block's id (given by the editor, one of its own per block).
  const expected = JSON.parse(JSON.stringify(everyBlock).replace('2024-05-09T12:05:00.000Z', '2024-05-09T13:30:00.000Z')) as unknown;
  const stored = JSON.parse(storedBody(spalt, created.id)) as { root: { children: Array<Record<string, unknown>> } };
  const ids = stored.root.children.map((block) => blockIdOf(block));
  expect(ids.every((id) => id !== null)).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  expect({ root: { ...stored.root, children: stored.root.children.map((block) => withBlockId(block, null)) } }).toEqual(expected);
  expect(errors).toEqual([]);
});

test('a shortcut turns the paragraph into an interview question', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Hur känns det?');
  await page.keyboard.press('Shift+Alt+KeyQ');
  await expect(bodyEditor(page).locator('p.spalt-question')).toHaveText('Hur känns det?');
  await page.keyboard.press('Enter');
  await page.keyboard.type('– Det känns bra.');
  await expect(bodyEditor(page).locator('p.body-paragraph')).toHaveText('– Det känns bra.');
});

test('the slash menu filters as you type and answers the arrow keys, Escape and Enter', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.type('/');
  const slashMenu = page.getByRole('listbox', { name: 'Block att infoga' });
  await expect(slashMenu.getByRole('option')).toHaveCount(9);
  await expect(slashMenu.getByRole('option', { selected: true })).toHaveText('Citatpuff');
  await page.keyboard.press('ArrowDown');
  await expect(slashMenu.getByRole('option', { selected: true })).toHaveText('Intervjufråga');
  await expectAccessible(page, 'the slash menu, an entry chosen');
  await page.keyboard.press('Escape');
  await expect(slashMenu).toHaveCount(0);
  await expect(editor).toHaveText('/');

  await page.keyboard.press('Backspace');
  await page.keyboard.type('/fakta');
  await expect(slashMenu.getByRole('option')).toHaveText(['Faktaruta']);
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Faktarutans titel' })).toBeVisible();
  await expect(editor.getByText('/fakta')).toHaveCount(0);
});

test('a body stored without any block opens as an empty paragraph to type in', async ({ page, spalt }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openSpalt(page, spalt);
  const { id, revision } = await call<{ id: string; revision: number }>(page, spalt, 'articles.create', { kind: 'news' });
  await call(page, spalt, 'articles.save', {
    id,
    baseRevision: revision,
    draft: {
      kind: 'news',
      kicker: '',
      headline: 'Tom brödtext',
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      body: body(),
    },
  });
  await page.goto(`${spalt.origin}/#/article/${id}`);
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Tom brödtext');
  await bodyEditor(page).click();
  await page.keyboard.type('Nu finns det text.');
  await expect.poll(() => storedBody(spalt, id)).toContain('Nu finns det text.');
  expect(errors).toEqual([]);
});

test('after a block without text (separator, ad slot) the caret waits in a paragraph below it, and typing goes there', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  await createArticle(page);
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.type('Första stycket.');
  await page.keyboard.press('Shift+Alt+KeyR');
  await page.keyboard.type('Efter avdelaren.');
  await page.keyboard.press('Shift+Alt+KeyN');
  await page.keyboard.type('Efter annonsen.');
  // In front of another block without text: a new paragraph opens between the two for the caret.
  await caretAfter(page, 'Control+Home', 'End', 'Första stycket.');
  await page.keyboard.press('Shift+Alt+KeyR');
  await page.keyboard.type('Mitt emellan. ');

  type Block = { tagName: string; textContent: string | null; querySelector(selector: string): unknown };
  const order = await editor.evaluate((element: { children: ArrayLike<Block> }) =>
    Array.from(element.children).map((child) =>
      child.tagName === 'HR' || child.querySelector('hr')
        ? '<hr>'
        : child.querySelector('[aria-label="Annonsplats"]')
          ? '<annons>'
          : (child.textContent ?? '').trim(),
    ),
  );
  expect(order).toEqual(['Första stycket.', '<hr>', 'Mitt emellan.', '<hr>', 'Efter avdelaren.', '<annons>', 'Efter annonsen.']);
});

/** Inserts a block from the toolbar's Infoga menu, where the caret is. */
async function insertFromMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name, exact: true }).click();
}

/** A new article with a paragraph and, below it, a live update the caret is in. */
async function articleWithLiveUpdate(page: Page, spalt: SpaltServer): Promise<string> {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.keyboard.type('Polisen larmades strax före tio.');
  await page.keyboard.press('Enter');
  await insertFromMenu(page, 'Uppdatering');
  return id;
}

/** The stored body's blocks, and those inside its first live update. */
function storedStructure(spalt: SpaltServer, id: string): { top: string[]; inUpdate: string[] } {
  type Node = { type: string; children?: Node[] };
  const children = (JSON.parse(storedBody(spalt, id)) as { root: { children: Node[] } }).root.children;
  return {
    top: children.map((node) => node.type),
    inUpdate: (children.find((node) => node.type === 'live-update')?.children ?? []).map((node) => node.type),
  };
}

test('a block inserted right after a live update goes after it, not inside it', async ({ page, spalt }) => {
  const id = await articleWithLiveUpdate(page, spalt);
  await page.keyboard.type('Bilen hittades inte.');
  await page.keyboard.press('Enter');
  // On the update's empty last line: the fact box follows the update.
  await insertFromMenu(page, 'Faktaruta');
  await page.getByRole('textbox', { name: 'Faktarutans titel' }).fill('Så larmar du');

  const editor = bodyEditor(page);
  const update = editor.locator('section.spalt-live-update');
  await expect(update).toHaveCount(1);
  await expect(update.getByRole('textbox', { name: 'Faktarutans titel' })).toHaveCount(0);
  await expect(editor.getByRole('textbox', { name: 'Faktarutans titel' })).toHaveValue('Så larmar du');
  await expectSaved(page);
  expect(storedStructure(spalt, id)).toEqual({ top: ['paragraph', 'live-update', 'fact-box', 'paragraph'], inUpdate: ['paragraph'] });
});

test('a block inserted right after inserting a live update follows it; the update keeps its empty line', async ({ page, spalt }) => {
  const id = await articleWithLiveUpdate(page, spalt);
  await insertFromMenu(page, 'Uppdatering');
  await page.keyboard.type('Bilen hittades inte.');

  // Two updates one after the other, neither inside the other; the text went into the second.
  const updates = bodyEditor(page).locator('section.spalt-live-update');
  await expect(updates).toHaveCount(2);
  await expect(updates.locator('section.spalt-live-update')).toHaveCount(0);
  await expect(updates.nth(1)).toContainText('Bilen hittades inte.');
  await expectSaved(page);
  await expect.poll(() => storedBody(spalt, id)).toContain('Bilen hittades inte.');
  expect(storedStructure(spalt, id)).toEqual({ top: ['paragraph', 'live-update', 'live-update'], inUpdate: ['paragraph'] });
});
