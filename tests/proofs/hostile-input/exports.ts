/**
 * Import, storage and exports under hostile input: the corpus imported through the library's
 * "Importera artiklar", every article's saved JSON read from SQLite, and every export the
 * library makes, each judged as Chromium parses it and opened as a page of its own.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { liveInHtml, openAsPage, watch, type HostileBrowser } from './browser';
import type { Findings } from './findings';
import { everyPayloadHeadline, hostileAddressFiles, hostileTextFile } from './imported';
import { isBareAddress, type Payload } from './payloads';
import { bodyProblems } from './stored';

async function library(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar', exact: true }).click();
  await page.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
}

async function importFile(page: Page, name: string, data: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera artiklar' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: data });
}

interface Listed {
  id: string;
  headline: string;
}

/** Every article of the library, read a page at a time as the library reads them. */
const listArticles = (page: Page): Promise<Listed[]> =>
  page.evaluate<Listed[]>(`(async () => {
    const listed = [];
    let after;
    do {
      const body = JSON.stringify({ limit: 500, ...(after ? { after } : {}) });
      const answer = await fetch('/api/invoke/articles.page', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.json());
      listed.push(...answer.value.items.map((a) => ({ id: a.id, headline: a.headline })));
      after = answer.value.next;
    } while (after);
    return listed;
  })()`);

/**
 * Imports the corpus (an article per payload, and one with all), then files with one refused
 * address each, which must add nothing. Opens the article with every payload in the editor.
 * Returns the ids of the imported articles.
 */
export async function importArticles(page: Page, findings: Findings, payloads: readonly Payload[]): Promise<string[]> {
  await library(page);
  const before = new Set((await listArticles(page)).map((a) => a.id));
  await importFile(page, 'nyttolaster.json', hostileTextFile(payloads));
  await page
    .getByRole('status')
    .filter({ hasText: `${payloads.length + 1} artiklar importerades från nyttolaster.json.` })
    .waitFor();
  await findings.checkPage(page, 'library with the imported articles');
  const imported = (await listArticles(page)).filter((a) => !before.has(a.id));

  for (const payload of payloads.filter(isBareAddress)) {
    for (const { place, data } of hostileAddressFiles(payload.text)) {
      await importFile(page, `adress-${place}.json`, data);
      await page
        .getByRole('alert')
        .filter({ hasText: `”adress-${place}.json” importerades inte` })
        .waitFor();
      findings.refusals += 1;
    }
  }
  const added = (await listArticles(page)).length - before.size;
  if (added !== payloads.length + 1) findings.record('import', [`${added} articles added, ${payloads.length + 1} expected`]);

  const every = imported.find((a) => a.headline === everyPayloadHeadline);
  if (!every) throw new Error('the article with every payload was not imported');
  await page.goto(`${new URL(page.url()).origin}/#/article/${every.id}`);
  await page.getByRole('textbox', { name: 'Brödtext' }).getByRole('group', { name: 'Faktaruta' }).waitFor();
  await watch(page);
  await findings.checkPage(page, 'the article with every payload, in the editor');
  await library(page);
  return imported.map((a) => a.id);
}

/** Every article's body as SQLite holds it, and every site's address. */
export async function checkStorage(databaseFile: string, findings: Findings): Promise<void> {
  const db = new Database(databaseFile, { readonly: true });
  try {
    for (const row of db.prepare('SELECT id, body FROM articles').all() as Array<{ id: string; body: string }>) {
      findings.record(`SQLite article ${row.id}`, bodyProblems(JSON.parse(row.body), 'body'));
    }
    for (const row of db.prepare('SELECT name, address FROM sites').all() as Array<{ name: string; address: string }>) {
      findings.record(`SQLite site ${row.name.slice(0, 40)}`, /^https?:\/\/[^\s]+$/.test(row.address) ? [] : [`address ${row.address}`]);
    }
  } finally {
    db.close();
  }
}

async function exportAll(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  const selectAll = page.getByRole('checkbox', { name: 'Välj alla', exact: true });
  if (!(await selectAll.isChecked())) await selectAll.check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Exportera valda/ }).click();
  return readFileSync(await (await download).path());
}

/** Judges each file as Chromium parses it, then opens it as a page: nothing may run. */
async function judgeAndOpen(viewer: Page, findings: Findings, files: Array<[name: string, html: string]>, open: boolean): Promise<void> {
  for (const [name, html] of files) {
    findings.record(name, await liveInHtml(viewer, html));
    if (open) await openAsPage(viewer, html);
  }
}

const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

/** HTML, Markdown, JSON and block markup of every article, through the library's export. */
export async function checkExports(page: Page, hostile: HostileBrowser, findings: Findings, ids: readonly string[]): Promise<void> {
  const viewer = await hostile.newPage();
  // An opened file reaches nothing outside: every request fails at once, as offline.
  await viewer.route('**/*', (route) => route.abort());
  await library(page);

  const html = Object.entries(unzipSync(await exportAll(page, 'HTML (för läsning och utskrift)'))).map(([name, data]): [string, string] => [
    `HTML ${name}`,
    strFromU8(data),
  ]);
  for (const [name, page_] of html)
    if (!page_.includes(`content="default-src 'none'`)) findings.record(name, ['no Content-Security-Policy']);
  // Opened without its CSP: the escaping alone must hold.
  await judgeAndOpen(
    viewer,
    findings,
    html.map(([name, text]) => [name, withoutCsp(text)]),
    true,
  );

  const markdown = Object.entries(unzipSync(await exportAll(page, 'Markdown med YAML'))).filter(([name]) => name.endsWith('.md'));
  const rendered = markdown.map(([name, data]): [string, string] => {
    const [, front = '', text = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(strFromU8(data)) ?? [];
    try {
      parseYaml(front);
    } catch (error) {
      findings.record(`Markdown ${name}`, [`front matter is not YAML: ${String(error).slice(0, 100)}`]);
    }
    return [`Markdown ${name}, rendered by marked`, marked.parse(text, { async: false })];
  });
  await judgeAndOpen(viewer, findings, rendered, true);

  const json = JSON.parse((await exportAll(page, 'JSON (kan importeras i Spalt)')).toString('utf8')) as {
    articles: Array<{ id: string; draft: { body: unknown } }>;
  };
  for (const article of json.articles) findings.record(`JSON export ${article.id}`, bodyProblems(article.draft.body, 'body'));

  const blocks = await page.evaluate<string[]>(`Promise.all(${JSON.stringify(ids)}.map((id) =>
    fetch('/api/invoke/articles.export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: [id], format: 'blocks' }) })
      .then((r) => r.json()).then((r) => atob(r.value.data.$bytes))))`);
  const decoded = blocks.map((latin1, n): [string, string] => [`block markup ${ids[n]}`, Buffer.from(latin1, 'latin1').toString('utf8')]);
  await judgeAndOpen(viewer, findings, decoded, false);
  await viewer.close();
}
