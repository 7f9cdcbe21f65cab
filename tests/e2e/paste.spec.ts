import type { Page } from '@playwright/test';
import { bodyEditor, createArticle, expect, openSpalt, test } from './fixtures';

// The page's own classes, used inside page.evaluate; this project is typed for Node, not the DOM.
declare const DataTransfer: { new (): { setData(format: string, data: string): void } };
declare const ClipboardEvent: { new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }): object };

/** Pastes as the browser does from another program: a paste event carrying text/html. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await bodyEditor(page).click();
  await bodyEditor(page).evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', markup.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

const fromWord = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style></head><body>
<h1 style="color:#2F5496;font-family:Calibri">Stor insats vid anstalten Hall</h1>
<p class="MsoNormal" style="text-align:center;margin-left:36pt"><span style="font-size:14pt;color:red;background:yellow">Vid lunchtid </span><b>mottog SOS Alarm</b> <i>ett samtal</i> <s>struket</s> <code>kod</code>.</p>
<h4>Polisens besked</h4>
<ul><li><span style="font-family:Wingdings">polis</span></li><li>ambulans</li></ul>
<ol><li>först</li><li>sedan</li></ol>
<p><a href="https://polisen.se/" onclick="steal()">Polisen</a> och <a href="javascript:alert(document.cookie)">en fälla</a> och <a href="data:text/html,<script>alert(1)</script>">en till</a>.</p>
<img src="x" onerror="alert(1)"><script>window.__pwned = true</script>
<p onmouseover="alert(1)">Slut.</p></body></html>`;

test('pasted HTML keeps headings, lists, bold, italic and links, and nothing unsafe', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);
  await pasteHtml(page, fromWord);
  const body = bodyEditor(page);

  await expect(body.getByRole('heading', { level: 2 })).toHaveText('Stor insats vid anstalten Hall');
  await expect(body.getByRole('heading', { level: 3 })).toHaveText('Polisens besked');
  await expect(body.locator('strong')).toHaveText('mottog SOS Alarm');
  await expect(body.locator('em')).toHaveText('ett samtal');
  await expect(body.locator('ul > li')).toHaveText(['polis', 'ambulans']);
  await expect(body.locator('ol > li')).toHaveText(['först', 'sedan']);
  await expect(body.getByRole('link')).toHaveCount(1);
  await expect(body.getByRole('link', { name: 'Polisen' })).toHaveAttribute('href', 'https://polisen.se/');
  await expect(body).toContainText('en fälla');
  await expect(body).toContainText('Slut.');

  const html = await body.innerHTML();
  for (const unsafe of [
    'javascript:',
    'onclick',
    'onerror',
    'onmouseover',
    '<script',
    '<img',
    'data:text',
    'color:',
    'font-family',
    'text-align',
    '<s>',
    '<code',
  ]) {
    expect(html, unsafe).not.toContain(unsafe);
  }
  expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();

  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string))
    .toContain('Polisens besked');
  const stored = spalt.readDatabase((db) => db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string);
  for (const unsafe of ['javascript:', 'data:text', 'onclick', '"h1"', '"h4"', 'color:', 'font-family']) {
    expect(stored, unsafe).not.toContain(unsafe);
  }
});
