/**
 * The article view under hostile input: every payload typed into every text field of an
 * article and of each newsroom block, and pasted into the body as HTML and as text.
 */
import type { Locator, Page } from '@playwright/test';
import type { Findings } from './findings';
import { chunks, isBareAddress, type Payload } from './payloads';

export const bodyEditor = (page: Page): Locator => page.getByRole('textbox', { name: 'Brödtext' });

/** Types each value into the field in turn (a fill is one input event, as a paste or IME gives). */
async function typeInto(field: Locator, values: readonly string[]): Promise<void> {
  for (const value of values) await field.fill(value);
}

/** One field, every payload, as many per value as its length limit allows; then the page is judged. */
export async function typeAll(
  page: Page,
  findings: Findings,
  name: string,
  field: Locator,
  payloads: readonly Payload[],
  limit: number,
): Promise<void> {
  const separator = (await field.evaluate('(el) => el.localName')) === 'textarea' ? '\n' : ' ';
  await typeInto(field, chunks(payloads, limit, separator));
  findings.typed(name);
  await findings.checkPage(page, name);
}

/** A paste from another program: a paste event carrying these types, at the caret. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(${JSON.stringify(data)})) data.setData(type, value);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

async function insertBlock(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name, exact: true }).click();
}

/** Creates an article in the library and returns its id. */
export async function createArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Ny artikel' }).click();
  await page.getByRole('textbox', { name: 'Rubrik' }).waitFor();
  const id = /#\/article\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`no article id in ${page.url()}`);
  return id;
}

/** Kicker, label, headline, lead, sponsor, disclaimer and a byline's name. */
export async function typeArticleFields(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  const kind = page.getByRole('combobox', { name: 'Typ', exact: true });
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await kind.selectOption({ label: 'Annons' });
  for (const [name, limit] of [
    ['Vinjett', 200],
    ['Etikett', 100],
    ['Rubrik', 500],
    ['Ingress', 5_000],
    ['Annonsör', 200],
  ] as const) {
    await typeAll(page, findings, name, field(name), payloads, limit);
  }
  await kind.selectOption({ label: 'Debatt/Insändare' });
  await typeAll(page, findings, 'Friskrivning', field('Friskrivning'), payloads, 500);
  await page.getByRole('button', { name: 'Lägg till byline' }).click();
  await typeAll(
    page,
    findings,
    'Byline: Namn',
    page.getByRole('group', { name: 'Byline' }).getByRole('combobox', { name: 'Namn' }).last(),
    payloads,
    120,
  );
}

/** Every payload pasted into the body as HTML, one paste each; then all of them at once as text. */
export async function pasteIntoBody(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  await bodyEditor(page).click();
  for (const { text } of payloads) {
    await paste(page, { 'text/html': text, 'text/plain': text });
    findings.pastes += 1;
  }
  await findings.checkPage(page, 'body, pasted as HTML');
  await paste(page, { 'text/plain': payloads.map((p) => p.text).join('\n') });
  findings.pastes += 1;
  await findings.checkPage(page, 'body, pasted as text');
  // Typed, not pasted: each payload as keystrokes would put it in, into a paragraph of its own.
  await bodyEditor(page).press('Enter');
  for (const { text } of payloads) await page.keyboard.insertText(`${text} `);
  findings.typed('Brödtext');
  await findings.checkPage(page, 'body, typed');
}

/** Each newsroom block inserted, and every payload typed into each of its fields. */
export async function typeIntoBlocks(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  const body = bodyEditor(page);
  const all = (separator: string) => payloads.map((p) => p.text).join(separator);
  const block = async (insert: string, fields: ReadonlyArray<readonly [name: string, separator: string]>) => {
    await body.press('Control+End');
    await insertBlock(page, insert);
    for (const [name, separator] of fields) {
      const field = body.getByRole('textbox', { name, exact: true }).last();
      await field.fill(all(separator));
      findings.typed(`${insert}: ${name}`);
    }
    await findings.checkPage(page, insert);
  };
  await block('Citatpuff', [
    ['Citattext', ' '],
    ['Citerad person', ' '],
  ]);
  await block('Faktaruta', [
    ['Faktarutans titel', ' '],
    ['Faktapunkt 1', '\n'],
  ]);
  await block('Signatur', [
    ['Undertecknarens namn 1', ' '],
    ['Undertecknarens titel 1', ' '],
  ]);
  await block('Läs även', [['Länktext för Läs även', ' ']]);

  // An address field gets the bare addresses one by one: each is refused, and none is stored.
  const address = body.getByRole('textbox', { name: 'Länk (URL) för Läs även', exact: true }).last();
  for (const payload of payloads.filter(isBareAddress)) {
    await address.fill(payload.text);
    findings.refusals += 1;
  }
  await address.fill(payloads.map((p) => p.text).join(' '));
  findings.typed('Läs även: Länk (URL)');
  await findings.checkPage(page, 'Läs även: Länk (URL)');

  for (const insert of ['Uppdatering', 'Intervjufråga']) {
    await body.press('Control+End');
    await insertBlock(page, insert);
    await page.keyboard.insertText(all(' '));
    findings.typed(insert);
    await findings.checkPage(page, insert);
  }
}
