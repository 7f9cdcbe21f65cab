/**
 * "Läs även" to an article of the library, published to a real WordPress 6.1 and read as a
 * logged-out reader reads it: the link is the linked post's permalink and answers 200 with its
 * headline. A link to an article not out on the site is refused before anything is sent; a
 * job queued while the linked post was there stops when it has gone (deleted, trashed or
 * unpublished on the site) and goes once it is back; a changed address (slug) is followed;
 * a scheduled linked post is fine for a publish scheduled after it; exports carry the address.
 */
import { strFromU8 } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { stockholmLocal } from '../../shared/format/date';
import type { PublishJob } from '../../shared/publish/publish';
import { dispatch } from '../../main/dispatch';
import { body, p, readAlso } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import {
  adminGet,
  adminPost,
  countOnSite,
  fileTempDir,
  saveArticle,
  startPublish,
  startSpalt,
  waitForJob,
  type Spalt,
} from './publish-support';

let site: WordPressSite;
let spalt: Spalt;
const temp = fileTempDir();

beforeAll(async () => {
  site = await startWordPress();
  spalt = await startSpalt(`${temp.dir}/profile`, site, 'editor');
});

afterAll(async () => {
  spalt?.core.close();
  await site?.stop();
  temp.remove();
});

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

/** An article whose "Läs även" was picked from the archive: the linked article's id, no address. */
const linking = (headline: string, linkedId: string, linkedTitle: string) =>
  saveArticle(spalt.handlers, news(headline, [p('Första stycket.'), readAlso(linkedTitle, '', linkedId)]));

async function publish(
  articleId: string,
  extra: { action?: 'publish' | 'schedule'; scheduledAt?: string; slug?: string } = {},
): Promise<PublishJob> {
  const job = await startPublish(spalt, { articleId, siteId: spalt.siteId, action: 'publish', ...extra });
  return waitForJob(spalt, job.id, ['done', 'failed', 'conflict']);
}

/** The page as a reader gets it: no login, redirects followed. */
async function readerPage(url: string): Promise<{ status: number; html: string; url: string }> {
  const response = await fetch(url, { redirect: 'follow' });
  return { status: response.status, html: await response.text(), url: response.url };
}

/** Every link in the page's "Läs även" paragraphs: address and text. */
function readAlsoLinks(html: string): Array<{ href: string | undefined; text: string }> {
  const paragraphs = DomUtils.findAll(
    (el) => (el.attribs.class ?? '').split(/\s+/).includes('spalt-read-also'),
    parseDocument(html).children,
  );
  return DomUtils.findAll((el) => el.name === 'a', paragraphs).map((a) => ({ href: a.attribs.href, text: DomUtils.textContent(a) }));
}

const headlineOf = (html: string) => DomUtils.textContent(DomUtils.findAll((el) => el.name === 'h1', parseDocument(html).children));

describe('a “Läs även” on the public page', () => {
  it('leads to the linked article’s permalink, which answers 200 with its headline', async () => {
    const linkedTitle = 'Stor insats vid anstalten Hall';
    const linked = await saveArticle(spalt.handlers, news(linkedTitle));
    const b = await publish(linked);
    expect(b).toMatchObject({ state: 'done', result: { status: 'publish' } });
    const a = await publish(await linking('Fångar flyttas från Hall', linked, linkedTitle));
    expect(a).toMatchObject({ state: 'done', result: { status: 'publish' } });

    const page = await readerPage(a.result!.link);
    expect(page.status).toBe(200);
    expect(readAlsoLinks(page.html)).toEqual([{ href: b.result!.link, text: linkedTitle }]);
    expect(page.html).not.toMatch(/href=""|data-spalt-article="[^"]*"[^>]*href=""/);
    const target = await readerPage(readAlsoLinks(page.html)[0]!.href!);
    expect(target.status).toBe(200);
    expect(headlineOf(target.html)).toContain(linkedTitle);

    // The HTML export of the same article carries the same address.
    const exported = strFromU8((await spalt.handlers['articles.export']({ ids: [a.articleId], format: 'html' })).data);
    expect(readAlsoLinks(exported)).toEqual([{ href: b.result!.link, text: linkedTitle }]);
  });

  it('refuses, before anything is sent, a link to an article never published on the site', async () => {
    const linkedTitle = 'Nattåget till Narvik börjar gå';
    const linked = await saveArticle(spalt.handlers, news(linkedTitle));
    const id = await linking('Resenärer jublar i Narvik', linked, linkedTitle);
    const options = await spalt.handlers['publish.options']({ articleId: id, siteId: spalt.siteId });
    expect(options.remote.fresh).toBe(true);
    expect(options.checklist).toEqual([
      {
        rule: 'readAlso.notOnSite',
        severity: 'error',
        params: { title: linkedTitle, articleId: linked, site: 'Testsajten' },
        target: { block: 1 },
      },
    ]);
    expect(options.blocked).toBe(true);
    const refused = await dispatch(spalt.handlers, 'publish.start', { articleId: id, siteId: spalt.siteId, action: 'publish' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'publish_checklist_failed' } });
    expect(await countOnSite(site, { postSearch: 'Resenärer jublar' })).toEqual({ media: 0, posts: 0 });
  });
});

describe('a job queued while the linked post was on the site', () => {
  const ways = [
    { name: 'deleted', change: (postId: number) => adminPost(site, `/wp/v2/posts/${postId}?force=true`, {}, 'DELETE') },
    { name: 'trashed', change: (postId: number) => adminPost(site, `/wp/v2/posts/${postId}`, {}, 'DELETE') },
    { name: 'turned back into a draft', change: (postId: number) => adminPost(site, `/wp/v2/posts/${postId}`, { status: 'draft' }) },
  ];

  it.each(ways)(
    'stops in the outbox with a message when that post has been $name there, and goes once it is back',
    async ({ name, change }) => {
      const linkedTitle = `Vägarbete på E4 (${name})`;
      const linked = await saveArticle(spalt.handlers, news(linkedTitle));
      const b = await publish(linked);
      const id = await linking(`Köer väntas vid Södertälje (${name})`, linked, linkedTitle);
      // Spalt still knows the linked post as published: the dialog and publish.start let it through.
      expect((await spalt.handlers['publish.options']({ articleId: id, siteId: spalt.siteId })).blocked).toBe(false);
      await change(b.result!.postId);

      const stopped = await publish(id);
      expect(stopped).toMatchObject({ state: 'failed', step: 'check', error: { code: 'publish_read_also_unpublished' } });
      expect(stopped.error?.message.sv).toBe(
        `”Läs även” leder till ”${linkedTitle}”, som inte är publicerad på Testsajten. Publicera ”${linkedTitle}” där först och försök sedan igen.`,
      );
      expect(await countOnSite(site, { postSearch: `Köer väntas vid Södertälje (${name})` })).toEqual({ media: 0, posts: 0 });

      // The linked article is published again (as a new post when the old one is gone), then the job is retried.
      let again = await publish(linked);
      // A post turned back into a draft a second or more after Spalt sent it is a post changed on the site: Spalt asks first.
      if (again.state === 'conflict') {
        expect(again.conflict?.changes).toEqual([{ field: 'status', before: 'publish', now: 'draft' }]);
        await spalt.handlers['publish.resolveConflict']({ jobId: again.id, choice: 'overwrite' });
        again = await waitForJob(spalt, again.id, ['done', 'failed', 'conflict']);
      }
      expect(again).toMatchObject({ state: 'done', result: { status: 'publish' } });
      await spalt.handlers['publish.retry']({ jobId: stopped.id });
      const done = await waitForJob(spalt, stopped.id, ['done', 'failed', 'conflict']);
      expect(done.state).toBe('done');
      const post = await adminGet(site, `/wp/v2/posts/${done.result!.postId}?context=edit`);
      expect(post.content.raw).toContain(`<a href="${again.result!.link}" data-spalt-article="${linked}">`);
      expect((await readerPage(again.result!.link)).status).toBe(200);
    },
  );
});

describe('a linked article whose address changed', () => {
  it('is linked at its new address when the linking article is published again', async () => {
    const linkedTitle = 'Kommunen bygger ny skola';
    const linked = await saveArticle(spalt.handlers, news(linkedTitle));
    const first = await publish(linked, { slug: 'ny-skola-forsta' });
    expect(first.result!.link).toMatch(/\/ny-skola-forsta\/$/);
    const id = await linking('Föräldrar positiva till skolbygget', linked, linkedTitle);
    const a = await publish(id);
    expect(readAlsoLinks((await readerPage(a.result!.link)).html)).toEqual([{ href: first.result!.link, text: linkedTitle }]);

    // Republished from Spalt with a new slug.
    const renamed = await publish(linked, { slug: 'ny-skola-andra' });
    expect(renamed.result!.link).toMatch(/\/ny-skola-andra\/$/);
    const second = await publish(id);
    expect(second).toMatchObject({ state: 'done', result: { postId: a.result!.postId } });
    expect(readAlsoLinks((await readerPage(a.result!.link)).html)).toEqual([{ href: renamed.result!.link, text: linkedTitle }]);

    // Renamed on the site itself: the check step reads the linked post again.
    const onSite = await adminPost(site, `/wp/v2/posts/${first.result!.postId}`, { slug: 'ny-skola-tredje' });
    expect(onSite.link).toMatch(/\/ny-skola-tredje\/$/);
    const third = await publish(id);
    expect(third.state).toBe('done');
    const page = await readerPage(a.result!.link);
    expect(readAlsoLinks(page.html)).toEqual([{ href: onSite.link, text: linkedTitle }]);
    const target = await readerPage(onSite.link);
    expect([target.status, headlineOf(target.html)]).toEqual([200, expect.stringContaining(linkedTitle)]);
  });
});

describe('a scheduled linked article', () => {
  it('refuses a publish now, and goes with a publish scheduled after it; the link works once both are out', async () => {
    const linkedTitle = 'Nya snabbussar till Stockholm';
    const linked = await saveArticle(spalt.handlers, news(linkedTitle));
    const day = 24 * 60 * 60 * 1000;
    const linkedAt = stockholmLocal(Date.now() + day);
    const b = await publish(linked, { action: 'schedule', scheduledAt: linkedAt });
    expect(b.result?.status).toBe('future');

    const id = await linking('Pendlare välkomnar bussarna', linked, linkedTitle);
    const options = await spalt.handlers['publish.options']({ articleId: id, siteId: spalt.siteId });
    expect(options.checklist).toEqual([
      {
        rule: 'readAlso.scheduled',
        severity: 'warning',
        params: { title: linkedTitle, articleId: linked, site: 'Testsajten', time: linkedAt.replace('T', ' ') },
        target: { block: 1 },
      },
    ]);
    const now = await dispatch(spalt.handlers, 'publish.start', { articleId: id, siteId: spalt.siteId, action: 'publish' });
    expect(now).toMatchObject({ ok: false, error: { code: 'publish_read_also_scheduled', details: { time: linkedAt.replace('T', ' ') } } });

    const a = await publish(id, { action: 'schedule', scheduledAt: stockholmLocal(Date.now() + 2 * day) });
    expect(a).toMatchObject({ state: 'done', result: { status: 'future' } });
    const content = (await adminGet(site, `/wp/v2/posts/${a.result!.postId}?context=edit`)).content.raw as string;
    expect(content).toContain(`<a href="${b.result!.link}" data-spalt-article="${linked}">`);

    // Both go out (as WordPress's cron would make them): the reader follows the link to the linked post.
    await adminPost(site, `/wp/v2/posts/${b.result!.postId}`, {
      status: 'publish',
      date_gmt: new Date(Date.now() - 60_000).toISOString().slice(0, 19),
    });
    const out = await adminPost(site, `/wp/v2/posts/${a.result!.postId}`, {
      status: 'publish',
      date_gmt: new Date(Date.now() - 60_000).toISOString().slice(0, 19),
    });
    const [link] = readAlsoLinks((await readerPage(out.link)).html);
    const target = await readerPage(link!.href!);
    expect([target.status, headlineOf(target.html)]).toEqual([200, expect.stringContaining(linkedTitle)]);
  });
});
