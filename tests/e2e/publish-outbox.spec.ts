/**
 * The publishing queue over time: a job waiting for a site that could not be reached goes as
 * soon as the computer is back online (the window's `online` event), long before its next
 * retry, and lands on the real WordPress once; and a queue longer than a page shows the
 * newest hundred with "Visa äldre" for the rest.
 */
import type { ArticleDraft } from '../../shared/article/article';
import type { PublishJob } from '../../shared/publish/publish';
import type { Site } from '../../shared/publish/site';
import { body, p } from '../fixtures/seeds/build';
import { startProxy } from '../support/publish-proxy';
import { freePort } from '../wordpress/processes';
import { openSpalt } from './fixtures';
import { call } from './photos-support';
import { addSite, expect, openPublish, postBySlug, test, writeArticle } from './publish-support';

test.describe.configure({ mode: 'default' });

interface JobRow {
  state: string;
  attempts: number;
  next_attempt_at: string;
  updated_at: string;
}

test('a job waiting for an unreachable site goes as soon as the computer is back online', async ({ page, context, spalt, wordpress }) => {
  test.setTimeout(90_000);
  // The site sits behind a proxy that is down: to Spalt, the site cannot be reached.
  const proxy = await startProxy(wordpress.url);
  await proxy.stop();
  try {
    await openSpalt(page, spalt);
    await addSite(page, wordpress, 'Telge Nytt', 'editor', proxy.url);
    const headline = 'Bussen fick nät vid Stortorget';
    const id = await writeArticle(page, spalt, {
      headline,
      lead: 'Texten skrevs på väg in till stan.',
      body: 'Den gick ut när bussen kom fram.',
      byline: 'Helen Shabo',
    });
    const dialog = await openPublish(page);
    await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
    await expect(dialog.getByRole('region', { name: 'Förlopp' }).getByRole('status')).toContainText(
      /Väntar på webbplatsen – nytt försök \d{2}:\d{2}/,
      { timeout: 30_000 },
    );
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // Each try waits twice as long as the one before (2 s at first): after the fourth, the next is
    // at least 12.8 s away.
    const job = () =>
      spalt.readDatabase(
        (db) => db.prepare('SELECT state, attempts, next_attempt_at, updated_at FROM publish_jobs WHERE article_id = ?').get(id) as JobRow,
      );
    await expect.poll(() => job().attempts, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Publiceringskö' }).click();
    const row = page.getByRole('table', { name: 'Publiceringar' }).getByRole('row', { name: new RegExp(headline) });
    await expect(row.getByRole('cell').nth(2)).toHaveText('Väntar på nytt försök');
    await expect(row).toContainText(/Nytt försök \d{2}:\d{2}/);

    // The network comes back: the site answers, and the window hears that it is online.
    await proxy.start();
    const waiting = job();
    expect(waiting.state).toBe('waiting');
    const nextTry = Date.parse(waiting.next_attempt_at);
    expect(nextTry - Date.now()).toBeGreaterThan(8_000);
    await context.setOffline(true);
    await context.setOffline(false);

    await expect(row.getByRole('cell').nth(2)).toHaveText('Klar', { timeout: 5_000 });
    const done = job();
    expect(done.state).toBe('done');
    expect(Date.parse(done.updated_at)).toBeLessThan(nextTry);
    const post = await postBySlug(wordpress, 'bussen-fick-nat-vid-stortorget');
    expect(post).toMatchObject({ status: 'publish', title: { raw: headline } });
    await expect(row.getByRole('link', { name: 'Visa på webbplatsen' })).toHaveAttribute('href', post.link);
  } finally {
    await proxy.stop();
  }
});

const draft = (headline: string): ArticleDraft => ({
  kind: 'news',
  kicker: '',
  headline,
  lead: 'En ingress.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(p('Brödtext.')),
});

test('a queue longer than a page shows the newest hundred, and "Visa äldre" the rest', async ({ page, spalt }) => {
  test.setTimeout(90_000);
  await openSpalt(page, spalt);
  // Jobs made through the real core, as fast as it takes them: every new publish of an article
  // replaces its job before, which stays in the queue as cancelled.
  const site = await call<Site>(page, spalt, 'sites.save', {
    name: 'Nere',
    address: `http://127.0.0.1:${await freePort()}`,
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const article = async (headline: string) => {
    const created = await call<{ id: string }>(page, spalt, 'articles.create', { kind: 'news' });
    await call(page, spalt, 'articles.save', { id: created.id, baseRevision: 0, draft: draft(headline) });
    return created.id;
  };
  const start = (articleId: string) => call<PublishJob>(page, spalt, 'publish.start', { articleId, siteId: site.id, action: 'publish' });
  await start(await article('Den allra första publiceringen'));
  const later = await article('Nyhet som publicerats om och om igen');
  for (let i = 0; i < 110; i++) await start(later);
  expect(spalt.readDatabase((db) => db.prepare('SELECT count(*) FROM publish_jobs').pluck().get())).toBe(111);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Publiceringskö' }).click();
  const table = page.getByRole('table', { name: 'Publiceringar' });
  const rows = table.getByRole('row');
  // The header and the newest hundred.
  await expect(rows).toHaveCount(101);
  await expect(rows.nth(1)).toContainText('Nyhet som publicerats om och om igen');
  const oldestRow = table.getByRole('row', { name: /Den allra första publiceringen/ });
  await expect(oldestRow).toHaveCount(0);

  await page.getByRole('button', { name: 'Visa äldre' }).click();
  await expect(rows).toHaveCount(112);
  await expect(oldestRow).toBeVisible();
  await expect(oldestRow.getByRole('cell').nth(0)).toHaveText('Nere');
  await expect(page.getByRole('button', { name: 'Visa äldre' })).toHaveCount(0);
});
