/**
 * What the publishing end-to-end tests share: Spalt (browser mode, real core and SQLite) with
 * a real WordPress per worker, adding a site through the Webbplatser form, writing an article
 * that passes the checklist, the publish dialog, and reading what landed on the site over REST.
 */
import { mergeTests, type Locator, type Page } from '@playwright/test';
import type { Photo } from '../../shared/article/photo';
import { basicAuth, type WordPressRole, type WordPressSite } from '../wordpress/site';
import { bodyEditor, createArticle, expect, test as spaltTest, type SpaltServer } from './fixtures';
import { call, importByApi, photoFixtures } from './photos-support';
import { test as wordpressTest } from '../wordpress/fixtures';

export const test = mergeTests(spaltTest, wordpressTest);
export { expect };

/** A post as WordPress gives it in context=edit. */
export interface EditPost {
  id: number;
  link: string;
  status: string;
  slug: string;
  date_gmt: string;
  modified_gmt: string;
  author: number;
  featured_media: number;
  categories: number[];
  tags: number[];
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}

/** A REST call to the site as one of its users; fails the test on an error status. */
export async function rest<T>(
  wordpress: WordPressSite,
  path: string,
  init: { method?: string; body?: unknown; as?: WordPressRole } = {},
): Promise<T> {
  const response = await fetch(wordpress.restUrl(path), {
    method: init.method ?? 'GET',
    headers: { Authorization: basicAuth(wordpress.users[init.as ?? 'editor']), 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** A category or tag of the site by name, created (as the editor) when it is not there yet. */
export async function ensureTerm(wordpress: WordPressSite, kind: 'categories' | 'tags', name: string): Promise<number> {
  const found = await rest<Array<{ id: number; name: string }>>(
    wordpress,
    `/wp/v2/${kind}?search=${encodeURIComponent(name)}&per_page=100`,
  );
  const same = found.find((term) => term.name === name);
  if (same) return same.id;
  return (await rest<{ id: number }>(wordpress, `/wp/v2/${kind}`, { method: 'POST', body: { name } })).id;
}

/** The one post (any status) with this slug, in context=edit. */
export async function postBySlug(wordpress: WordPressSite, slug: string): Promise<EditPost> {
  const posts = await rest<EditPost[]>(wordpress, `/wp/v2/posts?slug=${encodeURIComponent(slug)}&status=any&context=edit`);
  expect(posts, `posts with the slug ${slug}`).toHaveLength(1);
  return posts[0] as EditPost;
}

/** The posts (any status) whose title or text has the words, in context=edit. */
export async function postsMatching(wordpress: WordPressSite, words: string): Promise<EditPost[]> {
  return rest<EditPost[]>(wordpress, `/wp/v2/posts?search=${encodeURIComponent(words)}&status=any&context=edit`);
}

/** Adds a site through the Webbplatser form with the role's Application Password. */
export async function addSite(
  page: Page,
  wordpress: WordPressSite,
  name: string,
  role: WordPressRole,
  address = wordpress.url,
): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Webbplatser' }).click();
  const form = page.getByRole('form', { name: 'Lägg till webbplats' });
  await form.getByRole('textbox', { name: 'Namn', exact: true }).fill(name);
  await form.getByRole('textbox', { name: 'Adress' }).fill(address);
  await form.getByRole('textbox', { name: 'Användarnamn' }).fill(wordpress.users[role].username);
  await form.getByLabel('Applikationslösenord').fill(wordpress.users[role].applicationPassword);
  await form.getByRole('button', { name: 'Spara webbplatsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `”${name}” är sparad` })).toBeVisible();
}

export interface ArticleText {
  headline: string;
  lead?: string;
  body: string;
  byline?: string;
}

/** Writes a new article through the editor and waits until the body is saved; returns its id. */
export async function writeArticle(page: Page, spalt: SpaltServer, text: ArticleText): Promise<string> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar' }).click();
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(text.headline);
  if (text.lead) await page.getByRole('textbox', { name: 'Ingress' }).fill(text.lead);
  if (text.byline) {
    await page.getByRole('button', { name: 'Lägg till byline' }).click();
    await page.getByRole('combobox', { name: 'Namn' }).fill(text.byline);
  }
  await bodyEditor(page).click();
  await page.keyboard.type(text.body);
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(id)))
    .toBe(text.body);
  return id;
}

/** A library photo with alt text and an agency credit, ready to publish. */
export async function creditedPhoto(page: Page, spalt: SpaltServer, alt: string): Promise<Photo> {
  const files = await photoFixtures();
  const photo = await importByApi(page, spalt, files.xmp);
  return call<Photo>(page, spalt, 'photos.update', {
    id: photo.id,
    edit: { caption: photo.caption, alt, credit: { ...photo.credit, type: 'agency' } },
  });
}

/** Chooses the article's main photo in the picker, by the start of its caption. */
export async function chooseMainPhoto(page: Page, caption: string): Promise<void> {
  const main = page.getByRole('region', { name: 'Huvudbild' });
  await main.getByRole('button', { name: 'Välj huvudbild' }).click();
  await page
    .getByRole('dialog', { name: 'Välj huvudbild ur bildbiblioteket' })
    .getByRole('button', { name: new RegExp(`^${caption}`) })
    .click();
  await expect(main.getByRole('button', { name: 'Ta bort huvudbild' })).toBeVisible();
}

/** Opens the publish dialog from the article. */
export async function openPublish(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publicera' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export const stepNames = ['Kontrollerar behörigheten', 'Laddar upp bilder', 'Kategorier och taggar', 'Skickar inlägget', 'Klart'];

/** Waits until every step of the job in the dialog reads "klart". */
export async function expectAllStepsDone(dialog: Locator): Promise<void> {
  await expect(dialog.getByRole('list', { name: 'Steg' }).getByRole('listitem')).toHaveText(
    stepNames.map((name) => (name === 'Klart' ? 'Klart' : new RegExp(`^${name}( \\(.*\\))? – klart$`))),
    { timeout: 30_000 },
  );
}
