/**
 * The publish flow against a real WordPress 6.1: what the dialog is offered, publishing again
 * into the same post, a post changed on the site (merged with the article), a contributor's
 * refusals with nothing left half-done, a post deleted on the site, and cancelling a job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import {
  adminGet,
  adminPost,
  fileTempDir,
  importPhoto,
  saveArticle,
  startPublish,
  startSpalt,
  waitForJob,
  type Spalt,
} from './publish-support';

let site: WordPressSite;
const temp = fileTempDir();
const open: Spalt[] = [];
let folders = 0;

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  for (const spalt of open) spalt.core.close();
  await site?.stop();
  temp.remove();
});

async function spaltAs(role: 'editor' | 'author' | 'contributor', options: Parameters<typeof startSpalt>[3] = {}): Promise<Spalt> {
  const spalt = await startSpalt(`${temp.dir}/profile-${(folders += 1)}`, site, role, options);
  open.push(spalt);
  return spalt;
}

const byline = [{ role: 'text' as const, name: 'Alexander Isa', personId: null }];

/** A news article with a main photo and a photo in the body, both credited in the library. */
async function articleWithPhotos(spalt: Spalt, headline: string, seed: number) {
  const main = await importPhoto(spalt.handlers, spalt.dataDir, {
    seed,
    alt: 'Polisbilar utanför anstalten Hall',
    caption: 'Insatsen pågick i flera timmar.',
    credit: { type: 'staff', name: 'Alexander Isa' },
  });
  const inBody = await importPhoto(spalt.handlers, spalt.dataDir, {
    seed: seed + 1,
    alt: 'Stina Hermansson i sitt kontor',
    caption: 'Stina Hermansson.',
    credit: { type: 'handout' },
  });
  const id = await saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: byline,
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: main.id,
    body: body(p('Första stycket.'), photoBlock({ photoId: inBody.id, alt: inBody.alt, credit: '' }), p('Sista stycket.')),
  });
  return { id, main, inBody };
}

async function plainArticle(spalt: Spalt, headline: string): Promise<string> {
  return saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: byline,
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: body(p('Brödtext.')),
  });
}

async function edit(spalt: Spalt, id: string, change: Record<string, unknown>): Promise<void> {
  const article = await spalt.handlers['articles.get']({ id });
  const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body: b } = article;
  await spalt.handlers['articles.save']({
    id,
    baseRevision: article.revision,
    draft: { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body: b, ...change },
  });
}

const second = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('the publish dialog (publish.options)', () => {
  it("offers the site's categories and tags, what the role may do, the checklist and the post already there", async () => {
    const editor = await spaltAs('editor');
    await adminPost(site, '/wp/v2/categories', { name: 'Mat & dryck' });
    const id = await plainArticle(editor, 'Ny restaurang vid torget');
    const before = await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId });
    expect(before).toMatchObject({
      siteName: 'Testsajten',
      remote: { fresh: true, error: null },
      user: { name: 'Editor', role: 'editor' },
      capabilities: { publishPosts: true, uploadFiles: true, createCategories: true },
      actions: { draft: true, pending: true, publish: true, schedule: true },
      blocked: false,
      existingPost: null,
      activeJob: null,
      suggestedSlug: 'ny-restaurang-vid-torget',
    });
    expect(before.categories.map((c) => c.name)).toEqual(expect.arrayContaining(['Uncategorized', 'Mat & dryck']));

    const job = await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'draft' });
    const done = await waitForJob(editor, job.id, ['done', 'failed']);
    const after = await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId });
    expect(after.existingPost).toMatchObject({ id: done.result!.postId, status: 'draft', revision: 1, changedSince: false, gone: false });
    await edit(editor, id, { headline: 'Ny restaurang vid torget i dag' });
    expect((await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId })).existingPost?.changedSince).toBe(true);
  });

  it("tells a contributor it may submit but not publish, and shows the checklist's errors", async () => {
    const contributor = await spaltAs('contributor');
    const id = await saveArticle(contributor.handlers, {
      kind: 'news',
      kicker: '',
      headline: '',
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: body(p('TK')),
    });
    const options = await contributor.handlers['publish.options']({ articleId: id, siteId: contributor.siteId });
    expect(options).toMatchObject({
      user: { role: 'contributor' },
      actions: { draft: true, pending: true, publish: false, schedule: false },
      blocked: true,
    });
    expect(options.checklist.map((item) => item.rule)).toEqual(['headline.missing', 'lead.missing', 'byline.missing', 'placeholder.tk']);
    const refused = await dispatch(contributor.handlers, 'publish.start', { articleId: id, siteId: contributor.siteId, action: 'pending' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'publish_checklist_failed' } });
    if (!refused.ok) {
      expect(refused.error.message.sv).toBe(
        'Artikeln kan inte publiceras ännu: checklistan visar 4 fel. Rätta det som är markerat i checklistan och försök igen.',
      );
    }
  });
});

describe('publishing again', () => {
  it('updates the same post and its modified time, uploads no photo twice, and sends changed credits to the media item', async () => {
    const editor = await spaltAs('editor');
    const { id, main, inBody } = await articleWithPhotos(editor, 'Stor insats vid anstalten Hall', 300);
    const first = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
      'failed',
    ]);
    const postId = first.result!.postId;
    const published = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
    const [mainMedia] = await adminGet<any[]>(site, `/wp/v2/media?slug=${mediaMarker(main.hash)}&context=edit`);

    await second();
    await edit(editor, id, { headline: 'Stor insats vid anstalten Hall i Södertälje' });
    // The photographer's name was misspelt: corrected in the library, it must reach the site's media item.
    await editor.handlers['photos.update']({
      id: main.id,
      edit: { alt: main.alt, caption: main.caption, credit: { ...main.credit, name: 'Alexander Isaksson' } },
    });
    const again = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
      'failed',
    ]);
    expect(again.result?.postId).toBe(postId);

    const updated = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(updated.title.raw).toBe('Stor insats vid anstalten Hall i Södertälje');
    expect(updated.date_gmt).toBe(published.date_gmt);
    expect(Date.parse(`${updated.modified_gmt}Z`)).toBeGreaterThan(Date.parse(`${published.modified_gmt}Z`));
    expect(updated.content.raw).toContain('Foto: Privat');

    const mains = await adminGet<any[]>(site, `/wp/v2/media?slug=${mediaMarker(main.hash)}&context=edit`);
    expect(mains.map((m) => m.id)).toEqual([mainMedia.id]);
    expect(mains[0].caption.raw).toBe('Insatsen pågick i flera timmar. <span class="spalt-credit">Foto: Alexander Isaksson</span>');
    expect(await adminGet<any[]>(site, `/wp/v2/media?slug=${mediaMarker(inBody.hash)}`)).toHaveLength(1);
    expect(updated.featured_media).toBe(mainMedia.id);
    expect((await editor.handlers['photos.get']({ id: main.id })).uses.every((use) => !use.needsRepublish)).toBe(true);
  });

  it('merges a title changed on the site with a lead changed here, by itself, into the same post', async () => {
    const editor = await spaltAs('editor');
    const id = await plainArticle(editor, 'Kommunen bygger ny skola');
    const first = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
    ]);
    const postId = first.result!.postId;
    // At once: an edit in the same second as the sync leaves modified_gmt as it was.
    await adminPost(site, `/wp/v2/posts/${postId}`, { title: 'Kommunen bygger ny skola (rättad)' });

    await edit(editor, id, { lead: 'En ny ingress.' });
    const job = await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' });
    const done = await waitForJob(editor, job.id, ['conflict', 'done', 'failed']);
    expect(done).toMatchObject({ state: 'done', conflict: null, result: { postId } });
    const merged = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(merged.title.raw).toBe('Kommunen bygger ny skola (rättad)');
    expect(merged.excerpt.raw).toBe('En ny ingress.');
    expect((await editor.handlers['articles.get']({ id })).headline).toBe('Kommunen bygger ny skola (rättad)');
  });

  it('publishes a scheduled post now when asked, moving its date to now', async () => {
    const editor = await spaltAs('editor');
    const id = await plainArticle(editor, 'Planerad men brådskande');
    const scheduled = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'schedule', scheduledAt: '2027-06-01T05:00' })).id,
      ['done', 'failed'],
    );
    expect(scheduled.result?.status).toBe('future');
    const before = Date.now();
    const now = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
      'failed',
    ]);
    expect(now.result).toMatchObject({ postId: scheduled.result!.postId, status: 'publish', articleStatus: 'published' });
    const post = await adminGet(site, `/wp/v2/posts/${now.result!.postId}?context=edit`);
    expect(post.status).toBe('publish');
    const published = Date.parse(`${post.date_gmt}Z`);
    expect(published).toBeLessThanOrEqual(before);
    expect(published).toBeGreaterThan(before - 5 * 60_000);
  });

  it('says a post deleted on the site is gone, and the next publish makes a new post', async () => {
    const editor = await spaltAs('editor');
    const id = await plainArticle(editor, 'Kort notis om vägarbete');
    const first = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
    ]);
    await adminPost(site, `/wp/v2/posts/${first.result!.postId}`, {}, 'DELETE');

    const failed = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'failed',
      'done',
    ]);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'wp_post_gone' } });
    expect(failed.error?.message.sv).toBe(
      `Inlägget (${first.result!.postId}) finns inte längre på ${site.url}; det har raderats eller ligger i papperskorgen. Återställ det i WordPress, eller publicera artikeln som ett nytt inlägg.`,
    );
    expect((await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId })).existingPost).toMatchObject({ gone: true });

    const anew = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
      'failed',
    ]);
    expect(anew.result?.postId).not.toBe(first.result!.postId);
    expect((await adminGet(site, `/wp/v2/posts/${anew.result!.postId}?context=edit`)).status).toBe('publish');
  });
});

describe("a contributor's publish", () => {
  it('ends as a clear Swedish message when asking to publish, with no post and no photo on the site', async () => {
    const contributor = await spaltAs('contributor');
    const { id, main, inBody } = await articleWithPhotos(contributor, 'Medarbetarens nyhet om hamnen', 400);
    const job = await startPublish(contributor, { articleId: id, siteId: contributor.siteId, action: 'publish', tags: ['Hamnen'] });
    const failed = await waitForJob(contributor, job.id, ['failed', 'done']);
    expect(failed).toMatchObject({ state: 'failed', step: 'check', error: { code: 'wp_cannot_publish' } });
    expect(failed.error?.message.sv).toBe(
      `Din roll på ${site.url} (Medarbetare) får inte publicera eller schemalägga inlägg. Skicka artikeln till granskning i stället, eller be en redaktör publicera den.`,
    );
    await expectNothingOnSite('Medarbetarens nyhet om hamnen', [main.hash, inBody.hash], 'Hamnen');

    // Submitting for review is allowed: the photos go beside the post in companion drafts, never as media.
    const review = await waitForJob(
      contributor,
      (await startPublish(contributor, { articleId: id, siteId: contributor.siteId, action: 'pending' })).id,
      ['failed', 'done'],
    );
    expect(review).toMatchObject({ state: 'done', result: { status: 'pending' } });
    for (const hash of [main.hash, inBody.hash])
      expect(await adminGet<unknown[]>(site, `/wp/v2/media?slug=${mediaMarker(hash)}`)).toEqual([]);
    const companions = await adminGet<Array<{ slug: string; status: string }>>(
      site,
      `/wp/v2/posts?search=spalt-photo-${review.result!.postId}-&status=draft&context=edit`,
    );
    expect(companions.map((companion) => companion.status)).toEqual(['draft', 'draft']);
  });

  it('submits an article without photos for review: the post is pending and the article in review', async () => {
    const contributor = await spaltAs('contributor');
    const id = await plainArticle(contributor, 'Medarbetarens text till granskning');
    const done = await waitForJob(
      contributor,
      (await startPublish(contributor, { articleId: id, siteId: contributor.siteId, action: 'pending' })).id,
      ['failed', 'done'],
    );
    expect(done.result).toMatchObject({ status: 'pending', articleStatus: 'in_review' });
    const post = await adminGet(site, `/wp/v2/posts/${done.result!.postId}?context=edit`);
    expect(post).toMatchObject({ status: 'pending', author: site.users.contributor.id });
    expect((await contributor.handlers['articles.get']({ id })).status).toBe('in_review');
  });
});

async function expectNothingOnSite(title: string, hashes: string[], tag: string): Promise<void> {
  const posts = await adminGet<unknown[]>(
    site,
    `/wp/v2/posts?search=${encodeURIComponent(title)}&status=draft,pending,future,publish,private`,
  );
  expect(posts).toEqual([]);
  for (const hash of hashes) expect(await adminGet<unknown[]>(site, `/wp/v2/media?slug=${mediaMarker(hash)}`)).toEqual([]);
  expect(await adminGet<unknown[]>(site, `/wp/v2/tags?search=${tag}`)).toEqual([]);
}

describe('cancelling', () => {
  it('cancels a queued job: it never reaches the site, even once the worker runs', async () => {
    const dataDir = `${temp.dir}/profile-cancel`;
    const idle = await startSpalt(dataDir, site, 'editor', { outbox: { worker: false } });
    const id = await plainArticle(idle, 'Aldrig publicerad');
    const job = await startPublish(idle, { articleId: id, siteId: idle.siteId, action: 'publish' });
    expect((await idle.handlers['publish.jobs']({ articleId: id, limit: 10 })).map((j) => [j.state, j.cancellable])).toEqual([
      ['queued', true],
    ]);
    const cancelled = await idle.handlers['publish.cancel']({ jobId: job.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancellable: false });
    const again = await dispatch(idle.handlers, 'publish.cancel', { jobId: job.id });
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'publish_job_ended',
        message: {
          sv: 'Publiceringen är redan klar eller avbruten och kan inte ändras. Publicera artikeln igen om du vill skicka den på nytt.',
        },
      },
    });
    idle.core.close();

    const reopened = createCore({ dataDir, version: 'test' });
    expect(reopened.outbox).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reopened.outbox?.whenIdle();
    expect((await reopened.handlers['publish.jobs']({ articleId: id, limit: 10 }))[0]?.state).toBe('cancelled');
    reopened.close();
    expect(await adminGet<unknown[]>(site, `/wp/v2/posts?search=${encodeURIComponent('Aldrig publicerad')}&status=draft,publish`)).toEqual(
      [],
    );
  });
});
