/**
 * "Läs även" to an article of the library, judged by what Spalt has recorded of that article's
 * post on each site (a real SQLite profile; no site answers on port 1, so the dialog works
 * from what it knows): the publish dialog's checklist for the chosen site, what publish.start
 * refuses (a link to a post not out there, or out only after this publish), and every export
 * writing the published address or the headline without a link.
 */
import { strFromU8 } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { readAlsoArticles, resolveReadAlso } from '../../shared/document/read-also-links';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { markPostCreating, recordPost } from '../../main/db/remote-posts';
import { body, p, readAlso } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-read-also-');
const clock = () => new Date('2026-11-23T10:00:00.000Z');
const linkedTitle = 'Stor insats vid anstalten Hall';

function news(headline: string, children = [p('Brödtext.')]): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    label: '',
    disclaimer: '',
    sponsor: '',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    mainPhotoId: null,
    body: body(...children),
  };
}

async function save(core: Core, draft: ArticleDraft): Promise<string> {
  const created = await core.handlers['articles.create']({ kind: draft.kind });
  await core.handlers['articles.save']({ id: created.id, baseRevision: created.revision, draft });
  return created.id;
}

/** B, and A whose "Läs även" was picked from the archive: B's id and an empty address, as the editor stores it. */
async function setup() {
  const core = createCore({ dataDir: tempDir(), version: 'test', now: clock, outbox: { worker: false } });
  const site = await core.handlers['sites.save']({
    name: 'Tidningen',
    address: 'http://127.0.0.1:1',
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const linked = await save(core, news(linkedTitle));
  const linking = await save(core, news('Fångar flyttas från Hall', [p('Första stycket.'), readAlso(linkedTitle, '', linked)]));
  return { core, siteId: site.id, linked, linking };
}

/** What a finished publish of the article to the site records (post.ts): the post, its address, status and date. */
function recordOnSite(
  core: Core,
  siteId: string,
  articleId: string,
  post: { link: string; status: string; dateGmt: string; syncedAt: string },
) {
  markPostCreating(core.db, siteId, articleId, 'spalt-post-test', post.syncedAt);
  const snapshot = {
    title: linkedTitle,
    excerpt: '',
    content: '',
    status: post.status,
    slug: 'b',
    categories: [],
    tags: [],
    featured_media: 0,
    date_gmt: post.dateGmt,
  };
  recordPost(
    core.db,
    siteId,
    articleId,
    { postId: 41, link: post.link, status: post.status, modifiedGmt: post.dateGmt, snapshot, state: 'synced', revision: 1 },
    post.syncedAt,
  );
}

const start = (core: Core, input: Record<string, unknown>) =>
  dispatch(core.handlers, 'publish.start', { categories: [], newCategories: [], tags: [], ...input });

describe('a “Läs även” on the site being published to', () => {
  it('is an error in the dialog while the linked article is not there, and publish.start refuses it', async () => {
    const { core, siteId, linked, linking } = await setup();
    const options = await core.handlers['publish.options']({ articleId: linking, siteId });
    expect(options.remote.fresh).toBe(false);
    expect(options.articleTitle).toBe('Fångar flyttas från Hall');
    expect(options.checklist).toEqual([
      {
        rule: 'readAlso.notOnSite',
        severity: 'error',
        params: { title: linkedTitle, articleId: linked, site: 'Tidningen' },
        target: { block: 1 },
      },
    ]);
    expect(options.blocked).toBe(true);
    for (const action of ['publish', 'draft', 'pending']) {
      expect(await start(core, { articleId: linking, siteId, action })).toMatchObject({
        ok: false,
        error: { code: 'publish_checklist_failed' },
      });
    }
    expect(await core.handlers['publish.jobs']({ limit: 10 })).toEqual([]);
    core.close();
  });

  it('resolves once the linked article is published there; another site’s post does not count', async () => {
    const { core, siteId, linked, linking } = await setup();
    const other = await core.handlers['sites.save']({
      name: 'Sydsidan',
      address: 'http://127.0.0.1:2',
      username: 'anna',
      password: 'abcd efgh ijkl mnop',
    });
    recordOnSite(core, other.id, linked, {
      link: 'http://127.0.0.1:2/stor-insats/',
      status: 'publish',
      dateGmt: '2026-11-22T08:00:00',
      syncedAt: '2026-11-22T08:00:01.000Z',
    });
    expect((await core.handlers['publish.options']({ articleId: linking, siteId })).checklist.map((item) => item.rule)).toEqual([
      'readAlso.notOnSite',
    ]);
    recordOnSite(core, siteId, linked, {
      link: 'http://127.0.0.1:1/stor-insats/',
      status: 'publish',
      dateGmt: '2026-11-22T09:00:00',
      syncedAt: '2026-11-22T09:00:01.000Z',
    });
    const options = await core.handlers['publish.options']({ articleId: linking, siteId });
    expect(options.checklist).toEqual([]);
    expect(await start(core, { articleId: linking, siteId, action: 'publish' })).toMatchObject({ ok: true, value: { state: 'queued' } });
    core.close();
  });

  it('allows a post scheduled there only for a publish scheduled at the same time or later', async () => {
    const { core, siteId, linked, linking } = await setup();
    // 04:00 UTC on 24 November is 05:00 in Stockholm.
    recordOnSite(core, siteId, linked, {
      link: 'http://127.0.0.1:1/?p=41',
      status: 'future',
      dateGmt: '2026-11-24T04:00:00',
      syncedAt: '2026-11-23T09:00:00.000Z',
    });
    const options = await core.handlers['publish.options']({ articleId: linking, siteId });
    expect(options.checklist).toEqual([
      {
        rule: 'readAlso.scheduled',
        severity: 'warning',
        params: { title: linkedTitle, articleId: linked, site: 'Tidningen', time: '2026-11-24 05:00' },
        target: { block: 1 },
      },
    ]);
    expect(options.blocked).toBe(false);
    const now = await start(core, { articleId: linking, siteId, action: 'publish' });
    expect(now).toMatchObject({ ok: false, error: { code: 'publish_read_also_scheduled' } });
    if (now.ok) throw new Error('published before the linked article');
    expect(now.error.message.sv).toBe(
      `”Läs även” leder till ”${linkedTitle}”, som publiceras på Tidningen först 2026-11-24 05:00. Schemalägg den här artikeln till 2026-11-24 05:00 eller senare, eller publicera ”${linkedTitle}” nu.`,
    );
    expect(await start(core, { articleId: linking, siteId, action: 'schedule', scheduledAt: '2026-11-24T04:59' })).toMatchObject({
      ok: false,
      error: { code: 'publish_read_also_scheduled' },
    });
    expect(await start(core, { articleId: linking, siteId, action: 'schedule', scheduledAt: '2026-11-24T05:00' })).toMatchObject({
      ok: true,
    });
    core.close();
  });

  it('is an error when the linked article is in the trash, and when it is deleted for good', async () => {
    const { core, siteId, linked, linking } = await setup();
    recordOnSite(core, siteId, linked, {
      link: 'http://127.0.0.1:1/stor-insats/',
      status: 'publish',
      dateGmt: '2026-11-22T09:00:00',
      syncedAt: '2026-11-22T09:00:01.000Z',
    });
    await core.handlers['articles.trash']({ id: linked });
    expect(
      (await core.handlers['publish.options']({ articleId: linking, siteId })).checklist.map((item) => [item.rule, item.severity]),
    ).toEqual([['readAlso.trashed', 'error']]);
    await core.handlers['articles.emptyTrash']({});
    expect(
      (await core.handlers['publish.options']({ articleId: linking, siteId })).checklist.map((item) => [item.rule, item.severity]),
    ).toEqual([['readAlso.unresolved', 'error']]);
    core.close();
  });
});

describe('a “Läs även” in an export', () => {
  const readAlsoParagraph = (html: string) => {
    const [found] = DomUtils.findAll((el) => el.attribs.class === 'spalt-read-also', parseDocument(html).children);
    if (!found) throw new Error('no “Läs även” in the page');
    return found;
  };

  it('leads to the linked article’s address on the site it was last published to', async () => {
    const { core, siteId, linked, linking } = await setup();
    const other = await core.handlers['sites.save']({
      name: 'Sydsidan',
      address: 'http://127.0.0.1:2',
      username: 'anna',
      password: 'abcd efgh ijkl mnop',
    });
    recordOnSite(core, siteId, linked, {
      link: 'http://127.0.0.1:1/stor-insats/',
      status: 'publish',
      dateGmt: '2026-11-21T09:00:00',
      syncedAt: '2026-11-21T09:00:01.000Z',
    });
    recordOnSite(core, other.id, linked, {
      link: 'http://127.0.0.1:2/stor-insats-hall/',
      status: 'publish',
      dateGmt: '2026-11-22T09:00:00',
      syncedAt: '2026-11-22T09:00:01.000Z',
    });
    const address = 'http://127.0.0.1:2/stor-insats-hall/';

    const html = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'html' })).data);
    const links = DomUtils.findAll((el) => el.name === 'a', [readAlsoParagraph(html)]);
    expect(links.map((a) => [a.attribs.href, DomUtils.textContent(a)])).toEqual([[address, linkedTitle]]);

    const blocks = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'blocks' })).data);
    expect(blocks).toContain(`Läs även: <a href="${address}" data-spalt-article="${linked}">${linkedTitle}</a>`);
    const markdown = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'markdown' })).data);
    expect(markdown).toContain(`**Läs även:** [${linkedTitle}](${address})`);
    core.close();
  });

  it('is the headline without a link when the linked article is published nowhere; JSON keeps the article id', async () => {
    const { core, siteId, linked, linking } = await setup();
    // A draft on the site is no address for a reader.
    recordOnSite(core, siteId, linked, {
      link: 'http://127.0.0.1:1/?p=41',
      status: 'draft',
      dateGmt: '2026-11-22T09:00:00',
      syncedAt: '2026-11-22T09:00:01.000Z',
    });
    const html = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'html' })).data);
    expect(DomUtils.textContent(readAlsoParagraph(html))).toBe(`Läs även: ${linkedTitle}`);
    expect(html).not.toMatch(/href="(|#[^"]*|spalt-[^"]*|[^"]*\?p=41)"/);
    const blocks = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'blocks' })).data);
    expect(blocks).toContain(`<p class="spalt-read-also">Läs även: ${linkedTitle}</p>`);
    expect(blocks).not.toContain('href');
    const markdown = strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'markdown' })).data);
    expect(markdown).toContain(`**Läs även:** ${linkedTitle}\n`);
    expect(markdown).not.toContain('](');

    const json = JSON.parse(strFromU8((await core.handlers['articles.export']({ ids: [linking], format: 'json' })).data)) as {
      articles: Array<{ draft: ArticleDraft }>;
    };
    expect(readAlsoArticles(json.articles[0]!.draft.body)).toEqual([{ articleId: linked, title: linkedTitle, block: 1 }]);
    core.close();
  });
});

describe('resolveReadAlso', () => {
  const id = '3d1f8c39-4a8e-4a7e-b6a4-2f0a1c9e7d55';
  const draft = body(
    readAlso(linkedTitle, '', id),
    readAlso('Boel', 'https://telgenytt.se/boel/', 'read-back-from-the-site'),
    readAlso('Egen adress', 'https://polisen.se/'),
    readAlso('Lokal adress', `#/article/${id}`),
  );
  const urls = (addresses: Parameters<typeof resolveReadAlso>[1]) =>
    (resolveReadAlso(draft, addresses).root.children as Array<{ url?: string }>).map((node) => node.url);

  it('gives each block its address where it is going, keeps a typed web address, and never a local one', () => {
    const address = (articleId: string) => (articleId === id ? 'https://tidningen.se/stor-insats/' : null);
    expect(urls({ address, keepOwnUrl: true })).toEqual([
      'https://tidningen.se/stor-insats/',
      'https://telgenytt.se/boel/',
      'https://polisen.se/',
      '',
    ]);
    // Publishing: a block read back from a site keeps no address of its own; the site it goes to decides.
    expect(urls({ address, keepOwnUrl: false })).toEqual(['https://tidningen.se/stor-insats/', '', 'https://polisen.se/', '']);
  });
});
