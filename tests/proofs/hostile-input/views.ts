/**
 * The views beside the article under hostile input: a photo's alt text, caption and credit
 * (then the photo as main photo and in the body), people, sites (their names, and addresses
 * that must be refused), and the newsroom's texts in the settings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { makePhoto } from '../../support/photo-fixtures';
import { bodyEditor, typeAll } from './article';
import type { Findings } from './findings';
import { chunks, isBareAddress, type Payload } from './payloads';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();

async function photoLibrary(page: Page, findings: Findings, payloads: readonly Payload[], article: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'spalt-proof-photo-'));
  try {
    const file = await makePhoto(join(folder, 'hall.jpg'), { width: 640, height: 480, seed: 7 });
    await nav(page, 'Bilder');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera bilder' }).click();
    await (await chooser).setFiles(file);
    // Chromium reads a chosen file only when the page asks for its bytes: it must still be
    // there until the import says it is done.
    await expect(page.getByRole('region', { name: 'Import' }).getByRole('listitem').first()).toContainText('hall.jpg Importerad', {
      timeout: 30_000,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const form = page.getByRole('form', { name: 'Bildtext, alt-text och kredit' });
  for (const [name, limit] of [
    ['Alternativtext', 500],
    ['Bildtext', 2_000],
    ['Organisation eller källa', 200],
    ['Licens', 500],
    ['Villkor och anteckningar', 2_000],
  ] as const) {
    await typeAll(page, findings, `Bilder: ${name}`, form.getByRole('textbox', { name, exact: true }), payloads, limit);
  }
  await typeAll(page, findings, 'Bilder: Namn', form.getByRole('combobox', { name: 'Namn', exact: true }), payloads, 200);
  await form.getByRole('textbox', { name: 'Alternativtext', exact: true }).focus();

  // The photo with its hostile texts as the typed article's main photo and in its body.
  await page.goto(`${new URL(page.url()).origin}/#/article/${article}`);
  await page.getByRole('button', { name: 'Välj huvudbild' }).click();
  await page.getByRole('dialog', { name: 'Välj huvudbild ur bildbiblioteket' }).locator('.photo-picker-choice').first().click();
  await bodyEditor(page).press('Control+End');
  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Bild', exact: true }).click();
  await page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' }).locator('.photo-picker-choice').first().click();
  await bodyEditor(page).locator('.spalt-photo-image').waitFor();
  await findings.checkPage(page, 'article with the photo');
}

async function people(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  await nav(page, 'Personer');
  const form = page.getByRole('form', { name: 'Lägg till person' });
  const name = form.getByRole('textbox', { name: 'Namn', exact: true });
  const title = form.getByRole('textbox', { name: 'Titel', exact: true });
  // Every payload typed as a person's name and title, as many at a time as the fields hold;
  // every fourth person added to the registry.
  const titles = chunks(payloads, 200, ' ');
  for (const [n, names] of chunks(payloads, 120, ' ').entries()) {
    await name.fill(names);
    await title.fill(titles[n % titles.length] ?? '');
    if (n % 4 !== 3) continue;
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/invoke/people.save'));
    await form.getByRole('button', { name: 'Lägg till person' }).click();
    if ((await saved).status() !== 200) findings.record('Personer', [`${JSON.stringify(names)} was not saved`]);
    // The form empties itself once the person is saved; the next one is typed after that.
    await expect(name).toHaveValue('');
  }
  findings.typed('Personer: Namn');
  findings.typed('Personer: Titel');
  await findings.checkPage(page, 'Personer');
}

async function sites(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  await nav(page, 'Webbplatser');
  const form = page.getByRole('form', { name: 'Lägg till webbplats' });
  const field = (name: string) => form.getByRole('textbox', { name, exact: true });
  const rows = page.getByRole('table', { name: 'Sparade webbplatser' }).getByRole('row');
  const fill = async (name: string, address: string) => {
    await field('Namn').fill(name);
    await field('Adress').fill(address);
    await field('Användarnamn').fill('redaktionen');
    await form.getByLabel('Applikationslösenord').fill('abcd efgh ijkl mnop qrst uvwx');
  };
  // Every payload typed as a site's name, as many at a time as the field holds; every fourth saved.
  let saved = 0;
  for (const [n, names] of chunks(payloads, 120, ' ').entries()) {
    await field('Namn').fill(names);
    if (n % 4 !== 3) continue;
    await fill(names, 'https://lokaltidning.se');
    await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
    saved += 1;
    await rows.nth(saved).waitFor();
  }
  findings.typed('Webbplatser: Namn');
  // A bare address payload as a site's address is refused with a message, and no site is added.
  for (const payload of payloads.filter(isBareAddress)) {
    await fill('Adresstest', payload.text.slice(0, 500));
    await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
    await form.getByRole('alert').waitFor();
    findings.refusals += 1;
  }
  findings.typed('Webbplatser: Adress');
  if ((await rows.count()) !== saved + 1)
    findings.record('Webbplatser', [`${(await rows.count()) - 1} sites, ${saved} saved: an address was accepted`]);
  await findings.checkPage(page, 'Webbplatser');
}

async function settings(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  await nav(page, 'Inställningar');
  for (const [name, limit] of [
    ['Vinjett för nya artiklar (Nyhet)', 200],
    ['Etikett (Nyhet)', 100],
    ['Friskrivning (Nyhet)', 500],
  ] as const) {
    await typeAll(page, findings, `Inställningar: ${name}`, page.getByRole('textbox', { name, exact: true }), payloads, limit);
  }
  await page.getByRole('button', { name: 'Spara reglerna' }).click();
  await page.getByRole('status').filter({ hasText: 'Inställningarna är sparade.' }).waitFor();
  // "Ditt namn" is saved on Enter; the last value typed stays as the name the history shows.
  const yourName = page.getByRole('textbox', { name: /^Ditt namn/ });
  await typeAll(page, findings, 'Inställningar: Ditt namn', yourName, payloads, 100);
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/invoke/settings.update'));
  await yourName.press('Enter');
  if ((await saved).status() !== 200) findings.record('Inställningar: Ditt namn', ['the name was not saved']);
  await findings.checkPage(page, 'Inställningar');
  // A new article takes the newsroom's hostile texts as its kicker and label.
  await nav(page, 'Artiklar');
  await page.getByRole('button', { name: 'Ny artikel' }).click();
  await page.getByRole('textbox', { name: 'Rubrik' }).waitFor();
  await findings.checkPage(page, 'a new article from the settings');
  // Its history names who saved it: the hostile name, shown as text.
  const name = (chunks(payloads, 100, ' ').at(-1) ?? '').trim().replaceAll('\u0000', '');
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Namnet i historiken');
  await page.getByRole('button', { name: 'Historik', exact: true }).click();
  const who = page.getByRole('dialog').locator('.history-who').first();
  await who.waitFor();
  const shown = (await who.evaluate((element) => element.textContent ?? '')).replaceAll('\u0000', '');
  if (!shown.includes(name)) findings.record('Historik', [`the saver reads ${JSON.stringify(shown.slice(0, 80))}`]);
  await findings.checkPage(page, 'Historik with the hostile name');
  await page.keyboard.press('Escape');
}

export async function typeIntoOtherViews(page: Page, findings: Findings, payloads: readonly Payload[], article: string): Promise<void> {
  await photoLibrary(page, findings, payloads, article);
  await people(page, findings, payloads);
  await sites(page, findings, payloads);
  await settings(page, findings, payloads);
}
