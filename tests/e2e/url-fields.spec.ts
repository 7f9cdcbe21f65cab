import type { Page } from '@playwright/test';
import { expectAccessible } from './axe-support';
import { bodyEditor, createArticle, expect, expectSaved, openSpalt, test, type SpaltServer } from './fixtures';

interface StoredNode {
  type: string;
  url?: string;
  src?: string;
}

function storedBlock(spalt: SpaltServer, id: string, type: string): StoredNode | undefined {
  return spalt.readDatabase((db) => {
    const body = JSON.parse(db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string) as {
      root: { children: StoredNode[] };
    };
    return body.root.children.find((node) => node.type === type);
  });
}

/** Calls the contract from the page, as the renderer does: the cookie is the page's own. */
async function invoke(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: { revision: number } }> {
  return (await page.evaluate(
    async ([operation, body]) =>
      (await fetch(`/api/invoke/${operation}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json(),
    [name, JSON.stringify(input)] as const,
  )) as { ok: boolean; value?: { revision: number } };
}

test('a "Läs även" address outside the URL policy is said to be refused and never stored; a bare address is completed', async ({
  page,
  spalt,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await bodyEditor(page).click();
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Läs även' }).click();
  await bodyEditor(page).getByRole('textbox', { name: 'Länktext för Läs även' }).fill('Vad förväntade du dig?');
  const address = bodyEditor(page).getByRole('textbox', { name: 'Länk (URL) för Läs även' });

  await address.pressSequentially('javascript:alert(1)');
  const refusal = bodyEditor(page).getByRole('alert');
  await expect(refusal).toHaveText(
    'Bara adresser som börjar med https://, http:// eller mailto: kan bli länkar. Adressen sparas inte förrän den är en sådan.',
  );
  await expect(address).toHaveValue('javascript:alert(1)');
  await expect(address).toHaveAccessibleDescription(/Bara adresser som börjar med https:\/\//);
  await expectAccessible(page, 'a "Läs även" block refusing its address', ['light']);
  await expectSaved(page);
  await expect.poll(() => storedBlock(spalt, id, 'read-also')).toMatchObject({ type: 'read-also' });
  expect(storedBlock(spalt, id, 'read-also')?.url ?? '').toBe('');

  await address.fill('lokaltidning.se/nyheter/boel');
  await expect(refusal).toHaveCount(0);
  await expect.poll(() => storedBlock(spalt, id, 'read-also')?.url).toBe('https://lokaltidning.se/nyheter/boel');
  await expectSaved(page);
  expect(dialogs).toBe(0);
});

test('a photo address outside the URL policy is said to be refused and never stored', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const article = await invoke(page, 'articles.get', { id });
  const photo = {
    type: 'photo',
    version: 1,
    src: 'https://lokaltidning.se/bild.jpg',
    alt: 'Polisbilar',
    caption: 'Polisbilar utanför.',
    credit: 'Foto: Alexander Isa',
  };
  const draft = {
    kind: 'news',
    kicker: '',
    headline: 'Bild från webben',
    lead: '',
    bylines: [],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [photo] } },
  };
  expect((await invoke(page, 'articles.save', { id, baseRevision: article.value?.revision, draft })).ok).toBe(true);
  await page.reload();
  const source = bodyEditor(page).getByRole('textbox', { name: 'Bildens URL (http, https)' });
  await expect(source).toHaveValue('https://lokaltidning.se/bild.jpg');

  await source.fill('javascript:alert(document.cookie)');
  await expect(bodyEditor(page).getByRole('alert')).toHaveText(
    'Bara bilder från https:// eller http:// kan visas. Adressen sparas inte förrän den är en sådan; välj annars en bild ur bildbanken.',
  );
  await expect.poll(() => storedBlock(spalt, id, 'photo')?.src ?? '').toBe('');
  await expectAccessible(page, 'a photo block by address, its address refused', ['light']);
  await expectSaved(page);
  expect(JSON.stringify(storedBlock(spalt, id, 'photo'))).not.toContain('javascript');
});
