/**
 * Sites in the UI against a real WordPress (tests/wordpress): adding one with an author's
 * Application Password, testing the connection, a wrong password, changing and removing a
 * site, and where the password ends up on disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mergeTests, type Page } from '@playwright/test';
import { expectAccessible, scansWith } from './axe-support';
import { expect, openSpalt, test as spaltTest } from './fixtures';
import { test as wordpressTest } from '../wordpress/fixtures';

const test = mergeTests(spaltTest, wordpressTest);
// One WordPress for this worker; the tests take their turns on it.
test.describe.configure({ mode: 'default' });

async function openSites(page: Page, spalt: Parameters<typeof openSpalt>[1]): Promise<void> {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Webbplatser' }).click();
  await expect(page.getByRole('heading', { name: 'Webbplatser', level: 1 })).toBeVisible();
}

async function fillSite(page: Page, site: { name: string; address: string; username: string; password: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Lägg till webbplats' });
  await form.getByRole('textbox', { name: 'Namn', exact: true }).fill(site.name);
  await form.getByRole('textbox', { name: 'Adress' }).fill(site.address);
  await form.getByRole('textbox', { name: 'Användarnamn' }).fill(site.username);
  await form.getByLabel('Applikationslösenord').fill(site.password);
}

/** The profile's SQLite files as bytes (the database and, while Spalt runs, its WAL). */
function databaseBytes(databaseFile: string): Buffer {
  const parts = [databaseFile, `${databaseFile}-wal`].flatMap((file) => {
    try {
      return [readFileSync(file)];
    } catch {
      return [];
    }
  });
  return Buffer.concat(parts);
}

test("adds a site with an author's Application Password, tests it and sees the name and the Swedish role", async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSites(page, spalt);
  const passwordFile = join(spalt.dataDir, 'site-passwords.json');
  const warning = page.getByRole('complementary', { name: 'Lösenorden sparas i en fil' });
  await expect(warning).toContainText(
    `Applikationslösenorden sparas därför i filen ${passwordFile}, som bara ditt användarkonto får läsa.`,
  );
  await expect(page.getByText('Inga webbplatser ännu.')).toBeVisible();
  await expect(page.getByText('Användare → Profil → Applikationslösenord', { exact: false })).toBeVisible();

  const { applicationPassword } = wordpress.users.author;
  await fillSite(page, { name: 'Testsajten', address: wordpress.url, username: 'author', password: applicationPassword });
  // Tried before saving, with the values as typed.
  await page.getByRole('button', { name: 'Testa anslutningen', exact: true }).click();
  const formResult = page.getByRole('form', { name: 'Lägg till webbplats' }).getByRole('region', { name: 'Resultat av anslutningstestet' });
  await expect(formResult.getByRole('status')).toHaveText('Inloggad som Author (Författare)');
  await expect(formResult.getByRole('listitem')).toHaveText([
    /Får publicera och schemalägga inlägg/,
    /Får ladda upp bilder/,
    /Får inte skapa kategorier/,
    /Får skapa taggar/,
    /Får inte ändra andras inlägg/,
  ]);
  await expect(formResult).toContainText('Behörigheterna är lästa från webbplatsen.');

  await page.getByRole('button', { name: 'Spara webbplatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '”Testsajten” är sparad.' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Sparade webbplatser' });
  const row = table.getByRole('row', { name: /Testsajten/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText(wordpress.url);
  await expect(row.getByRole('cell').nth(1)).toHaveText('author');
  await expect(row).toContainText('Inte testad');
  // The form is empty again, the password with it.
  await expect(page.getByLabel('Applikationslösenord')).toHaveValue('');

  await row.getByRole('button', { name: 'Testa anslutningen till Testsajten' }).click();
  const result = table.getByRole('region', { name: 'Resultat av anslutningstestet' });
  await expect(result.getByRole('status')).toHaveText('Inloggad som Author (Författare)');
  await expect(result).toContainText('Webbplats: Spalt test site');
  await expect(row).toContainText(/Fungerade .* · Författare/);

  // On disk: the password is in the private file only, never in SQLite.
  expect(databaseBytes(spalt.databaseFile).includes(Buffer.from(applicationPassword))).toBe(false);
  expect(spalt.readDatabase((db) => db.prepare('SELECT name, address, username FROM sites').all())).toEqual([
    { name: 'Testsajten', address: wordpress.url, username: 'author' },
  ]);
  expect(readFileSync(passwordFile, 'utf8')).toContain(applicationPassword);
  expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
});

test('a wrong password shows what to do in Swedish; entering the right one fixes it', async ({ page, spalt, wordpress }) => {
  await openSites(page, spalt);
  await fillSite(page, {
    name: 'Bidrag',
    address: `${wordpress.url}/wp-admin/`,
    username: 'contributor',
    password: 'abcd efgh ijkl mnop qrst uvwx',
  });
  await page.getByRole('button', { name: 'Spara webbplatsen' }).click();
  // The address was tidied up, and the user is told.
  await expect(page.getByRole('status').filter({ hasText: `”Bidrag” är sparad med adressen ${wordpress.url}.` })).toBeVisible();

  const row = page.getByRole('row', { name: /Bidrag/ });
  await row.getByRole('button', { name: 'Testa anslutningen till Bidrag' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `WordPress på ${wordpress.url} godtog inte användarnamnet ”contributor” med det applikationslösenordet. Kontrollera användarnamnet och klistra in ett applikationslösenord (inte ditt vanliga lösenord); skapa vid behov ett nytt under Användare → Profil → Applikationslösenord.`,
  );
  await expect(row).toContainText('Misslyckades');
  if (scansWith(wordpress)) await expectAccessible(page, 'sites with a connection test that failed');

  await row.getByRole('button', { name: 'Ändra Bidrag' }).click();
  const form = page.getByRole('form', { name: 'Ändra ”Bidrag”' });
  await expect(form.getByRole('textbox', { name: 'Användarnamn' })).toHaveValue('contributor');
  await expect(form.getByText('Lämna tomt för att behålla det sparade lösenordet.')).toBeVisible();
  await form.getByLabel('Applikationslösenord').fill(wordpress.users.contributor.applicationPassword);
  await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '”Bidrag” är sparad.' })).toBeVisible();

  await row.getByRole('button', { name: 'Testa anslutningen till Bidrag' }).click();
  const result = page.getByRole('region', { name: 'Resultat av anslutningstestet' });
  await expect(result.getByRole('status')).toHaveText('Inloggad som Contributor (Medarbetare)');
  await expect(result.getByRole('listitem').first()).toHaveText(/Får inte publicera och schemalägga inlägg/);
  await expect(result).toContainText('Som Medarbetare skickar du artiklar till granskning; en redaktör publicerar dem.');
  if (scansWith(wordpress)) await expectAccessible(page, 'sites with a connection test’s result and what the role may do');
  expect(databaseBytes(spalt.databaseFile).includes(Buffer.from(wordpress.users.contributor.applicationPassword))).toBe(false);
});

test('refuses plain http to another computer, and removes a site only after asking', async ({ page, spalt, wordpress }) => {
  await openSites(page, spalt);
  await fillSite(page, { name: 'Osäker', address: 'http://tidningen.se', username: 'editor', password: 'x' });
  await page.getByRole('button', { name: 'Spara webbplatsen' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'http://tidningen.se använder http, som skickar lösenordet okrypterat. WordPress tar bara emot applikationslösenord över https (utom på den här datorn). Skriv adressen med https, till exempel https://tidningen.se.',
  );
  await expect(page.getByText('Inga webbplatser ännu.')).toBeVisible();

  await fillSite(page, {
    name: 'Redaktionen',
    address: wordpress.url,
    username: 'editor',
    password: wordpress.users.editor.applicationPassword,
  });
  await page.getByRole('button', { name: 'Spara webbplatsen' }).click();
  const row = page.getByRole('row', { name: /Redaktionen/ });
  await row.getByRole('button', { name: 'Ta bort Redaktionen' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Ta bort ”Redaktionen”?' });
  await expect(dialog).toContainText('Ingenting ändras på webbplatsen');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Ta bort Redaktionen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('status').filter({ hasText: '”Redaktionen” är borttagen.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sparade webbplatser' })).toHaveCount(0);
  expect(spalt.readDatabase((db) => db.prepare('SELECT count(*) AS n FROM sites').get())).toEqual({ n: 0 });
  expect(readFileSync(join(spalt.dataDir, 'site-passwords.json'), 'utf8')).not.toContain(wordpress.users.editor.applicationPassword);
});

test('speaks English when chosen', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Sites' }).click();
  await expect(page.getByRole('heading', { name: 'Sites', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Add a site' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Newsroom');
  await form.getByRole('textbox', { name: 'Address' }).fill(wordpress.url);
  await form.getByRole('textbox', { name: 'User name' }).fill('editor');
  await form.getByLabel('Application Password').fill(wordpress.users.editor.applicationPassword);
  await form.getByRole('button', { name: 'Test the connection' }).click();
  await expect(form.getByRole('region', { name: 'Result of the connection test' }).getByRole('status')).toHaveText(
    'Logged in as Editor (Editor)',
  );
  await expect(form.getByRole('listitem').first()).toHaveText(/May publish and schedule posts/);
});
