/**
 * Shortcuts never eat a character. Under Windows, AltGr on a Swedish keyboard reaches the page
 * as a keydown with Ctrl and Alt (and the AltGraph modifier state), then the character's
 * input. Playwright's keyboard cannot hold AltGraph, so the keydown is made in the page with
 * that state (Lexical reads it as it would a real key), and through CDP as a trusted key
 * with Ctrl+Alt; the character then arrives as text input unless the keydown was cancelled,
 * as the browser does.
 */
import type { CDPSession, Page } from '@playwright/test';
import { bodyEditor, createArticle, expect, openSpalt, test, type SpaltServer } from './fixtures';

// The page's own classes, used inside evaluate; this project is typed for Node, not the DOM.
declare const KeyboardEvent: { new (type: string, init: Record<string, unknown>): Event };
declare const document: { activeElement: EventTarget | null };
declare const window: { addEventListener(type: string, listener: (event: Event) => void): void; lastKeyDownPrevented?: boolean };

/** Swedish Windows layout: AltGr with these digit keys. */
const altGrCharacters = [
  { text: '@', code: 'Digit2', keyCode: 50 },
  { text: '£', code: 'Digit3', keyCode: 51 },
  { text: '$', code: 'Digit4', keyCode: 52 },
  { text: '{', code: 'Digit7', keyCode: 55 },
  { text: '}', code: 'Digit0', keyCode: 48 },
];

type AltGrKey = (typeof altGrCharacters)[number];

/** The keydown as Windows sends it for AltGr, with the AltGraph state; then the character, unless cancelled. */
async function typeWithAltGraphState(page: Page, key: AltGrKey): Promise<void> {
  const cancelled = await page.evaluate(({ text, code }) => {
    const event = new KeyboardEvent('keydown', {
      key: text,
      code,
      ctrlKey: true,
      altKey: true,
      modifierAltGraph: true,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement?.dispatchEvent(event);
    return event.defaultPrevented;
  }, key);
  if (!cancelled) await page.keyboard.insertText(key.text);
}

/** The same key as a trusted keydown through CDP (which has no AltGraph bit): Ctrl+Alt and the character. */
async function typeWithCtrlAlt(page: Page, cdp: CDPSession, key: AltGrKey): Promise<void> {
  const ctrlAlt = 1 | 2;
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    modifiers: 2,
    key: 'Control',
    code: 'ControlLeft',
    windowsVirtualKeyCode: 17,
  });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    modifiers: ctrlAlt,
    key: 'AltGraph',
    code: 'AltRight',
    windowsVirtualKeyCode: 18,
  });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    modifiers: ctrlAlt,
    key: key.text,
    code: key.code,
    windowsVirtualKeyCode: key.keyCode,
  });
  // Chromium on Linux inserts no text for a key with Ctrl, where Windows does: the text goes in as the input that follows.
  if (!(await page.evaluate(() => window.lastKeyDownPrevented))) await page.keyboard.insertText(key.text);
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    modifiers: ctrlAlt,
    key: key.text,
    code: key.code,
    windowsVirtualKeyCode: key.keyCode,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 2, key: 'AltGraph', code: 'AltRight', windowsVirtualKeyCode: 18 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 });
}

function storedBlocks(spalt: SpaltServer, id: string): Array<{ type: string; tag?: string; text: string }> {
  const body = spalt.readDatabase((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id)) as string;
  type Node = { type: string; tag?: string; text?: string; children?: Node[] };
  const text = (node: Node): string => (node.text ?? '') + (node.children ?? []).map(text).join('');
  return (JSON.parse(body) as { root: { children: Node[] } }).root.children.map((node) => ({
    type: node.type,
    ...(node.tag ? { tag: node.tag } : {}),
    text: text(node),
  }));
}

test('AltGr on a Swedish keyboard under Windows types "@", "£", "$", "{", "}" into the body, and the paragraph stays body text', async ({
  page,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const body = bodyEditor(page);
  const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
  await body.click();
  await page.keyboard.type('Mejla ');
  for (const key of altGrCharacters) await typeWithAltGraphState(page, key);
  await page.keyboard.type(' eller ');

  await page.evaluate(() => window.addEventListener('keydown', (event) => (window.lastKeyDownPrevented = event.defaultPrevented)));
  const cdp = await page.context().newCDPSession(page);
  for (const key of altGrCharacters) await typeWithCtrlAlt(page, cdp, key);

  const typed = 'Mejla @£${} eller @£${}';
  await expect(body.locator('p')).toHaveText([typed]);
  await expect(body.locator('h2, h3')).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Brödtext' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => storedBlocks(spalt, id)).toEqual([{ type: 'paragraph', text: typed }]);
});

test('the block shortcuts use Shift+Alt, as WordPress does, and none fires while AltGr is held', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  const body = bodyEditor(page);
  const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
  await expect(toolbar.getByRole('button', { name: 'Mellanrubrik (H2)' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+2');
  await expect(toolbar.getByRole('button', { name: 'Mellanrubrik (H2)' })).toHaveAttribute('title', 'Mellanrubrik (H2) (Shift+Alt+2)');
  await expect(toolbar.getByRole('button', { name: 'Underrubrik (H3)' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+3');
  await expect(toolbar.getByRole('button', { name: 'Brödtext' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+0');
  await expect(toolbar.getByRole('button', { name: 'Länk' })).toHaveAttribute('aria-keyshortcuts', 'Control+K');

  await body.click();
  await page.keyboard.type('Insatsen i Hall');
  await page.keyboard.press('Shift+Alt+Digit2');
  await expect(body.locator('h2')).toHaveText('Insatsen i Hall');
  await page.keyboard.press('Shift+Alt+Digit3');
  await expect(body.locator('h3')).toHaveText('Insatsen i Hall');
  await page.keyboard.press('Shift+Alt+Digit0');
  await expect(body.locator('p')).toHaveText(['Insatsen i Hall']);

  // The same keys while AltGr is held (a layout where AltGr with Shift types a character) do nothing.
  const cancelled = await page.evaluate(() => {
    const event = new KeyboardEvent('keydown', {
      key: '2',
      code: 'Digit2',
      shiftKey: true,
      altKey: true,
      modifierAltGraph: true,
      bubbles: true,
      cancelable: true,
    });
    document.activeElement?.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(cancelled).toBe(false);
  await expect(body.locator('h2')).toHaveCount(0);

  // A newsroom block by its letter: S for the signature, from the "Infoga" menu's own list.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Infoga block' });
  await expect(menu.getByRole('menuitem', { name: 'Signatur' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+S');
  await expect(menu.getByRole('menuitem', { name: 'Bild' })).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+M');
  await page.keyboard.press('Escape');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Alt+KeyS');
  await expect(body.getByRole('group', { name: 'Signatur' })).toBeVisible();
  await expect.poll(() => storedBlocks(spalt, id).map((block) => block.type)).toContain('signature');
});
