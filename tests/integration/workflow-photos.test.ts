/**
 * A Contributor's photos reach the editor who approves the submission, through Spalt's
 * operations, two profiles against one real WordPress (SPALT_WORDPRESS picks 6.1 or 7.1): the
 * Contributor submits an article with a main photo and a body photo, credited in the library;
 * WordPress refuses the role media, so each photo goes beside the post in a companion draft (a
 * second submit makes no second one). The Editor opens the post from "Att granska": both photos
 * are in the editor's library with the writer's credit, caption and alt text, and the article
 * refers to them; opening again imports nothing twice. Publishing uploads each photo once as
 * media, a logged-out reader sees both with caption and credit line, and no companion is left.
 * A companion damaged on the site is named in the checklist, and the article still opens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { emptyCredit, type Photo } from '../../shared/article/photo';
import { inputSchemas, type Handlers, type Input, type OperationName } from '../../shared/api';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { makePhoto } from '../support/photo-fixtures';
import { startProxy } from '../support/publish-proxy';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { defaultWordPressVersion } from '../wordpress/versions';
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

const version = defaultWordPressVersion();
let site: WordPressSite;
let journalist: Spalt;
let editor: Spalt;
const folders = [fileTempDir('spalt-photos-journalist-'), fileTempDir('spalt-photos-editor-')];

/** A call as an adapter makes it: validated against the contract first. */
function call<K extends OperationName>(spalt: Spalt, name: K, input: Input<K>): ReturnType<Handlers[K]> {
  const handler = spalt.handlers[name] as (input: unknown) => ReturnType<Handlers[K]>;
  return handler(inputSchemas[name].parse(input));
}

function article(headline: string, main: Photo | null, inBody: Photo): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'Bygget av den nya bron börjar i vår.',
    bylines: [{ role: 'text', name: 'Anna Lind', personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: main?.id ?? null,
    body: body(
      p('Kommunen bygger en ny gång- och cykelbro över kanalen.'),
      photoBlock({ photoId: inBody.id, alt: inBody.alt, caption: inBody.caption, credit: inBody.creditLine }),
      p('Arbetet börjar i mars.'),
    ),
  };
}

/** Submits for review and waits for the job; the post's id. */
async function submit(articleId: string): Promise<number> {
  const job = await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' });
  const done = await waitForJob(journalist, job.id, ['done', 'failed']);
  expect(done.error).toBeNull();
  expect(done.result).toMatchObject({ status: 'pending', articleStatus: 'in_review' });
  return done.result!.postId;
}

/** The photo companions of a post, as the administrator sees them. */
async function companionsOf(postId: number): Promise<Array<{ id: number; slug: string; status: string }>> {
  const found = await adminGet<Array<{ id: number; slug: string; status: string }>>(
    site,
    `/wp/v2/posts?search=spalt-photo-${postId}-&status=draft,pending,publish,future,private&context=edit&per_page=100`,
  );
  return found.filter((post) => post.slug.startsWith(`spalt-photo-${postId}-`));
}

beforeAll(async () => {
  site = await startWordPress();
  journalist = await startSpalt(folders[0]!.dir, site, 'contributor');
  editor = await startSpalt(folders[1]!.dir, site, 'editor');
  await call(journalist, 'sites.test', { id: journalist.siteId });
  await call(editor, 'sites.test', { id: editor.siteId });
}, 120_000);

afterAll(async () => {
  journalist?.core.close();
  editor?.core.close();
  await site?.stop();
  for (const folder of folders) folder.remove();
});

describe(`a Contributor's photos on WordPress ${version}`, () => {
  it('go with the submission, reach the editor’s library with their credits, and go up as media when the editor publishes', async () => {
    const main = await importPhoto(journalist.handlers, journalist.dataDir, {
      seed: 701,
      width: 900,
      height: 600,
      alt: 'Brobygget sett från kajen',
      caption: 'Bron ska stå klar nästa höst.',
      credit: { type: 'freelance', name: 'Erik Ärlig' },
    });
    const inBody = await importPhoto(journalist.handlers, journalist.dataDir, {
      seed: 702,
      alt: 'Stina Hermansson vid bron',
      caption: 'Stina Hermansson leder bygget.',
      credit: { type: 'handout' },
    });
    const articleId = await saveArticle(journalist.handlers, article('Ny bro över kanalen', main, inBody));
    const postId = await submit(articleId);

    // Beside the post, one companion a photo; none is media.
    const companions = await companionsOf(postId);
    expect(companions.map((c) => c.status)).toEqual(['draft', 'draft']);
    for (const photo of [main, inBody]) expect(await adminGet<unknown[]>(site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`)).toEqual([]);
    const pending = await adminGet<{ content: { raw: string } }>(site, `/wp/v2/posts/${postId}?context=edit`);
    // The block names the writer's photo by its class, with no address until the editor uploads it.
    expect(pending.content.raw).toContain(
      `<figure class="wp-block-image spalt-photo-${inBody.id}"><img src="" alt="Stina Hermansson vid bron"`,
    );

    // Submitted again (a retry, or an update of the pending post): the same companions, no second one.
    await call(journalist, 'articles.save', {
      id: articleId,
      baseRevision: (await call(journalist, 'articles.get', { id: articleId })).revision,
      draft: { ...article('Ny bro över kanalen', main, inBody), lead: 'Bygget av den nya bron börjar i mars.' },
    });
    expect(await submit(articleId)).toBe(postId);
    expect((await companionsOf(postId)).map((c) => c.id)).toEqual(companions.map((c) => c.id));

    // The editor opens it from the queue: both photos in the library, with the writer's texts.
    const queue = await call(editor, 'review.refresh', { siteId: editor.siteId });
    expect(queue.items.find((item) => item.postId === postId)?.checklist.errors).toBe(0);
    const opened = await call(editor, 'review.open', { siteId: editor.siteId, postId });
    const imported = await call(editor, 'articles.get', { id: opened.articleId });
    const library = await call(editor, 'photos.list', { query: '', limit: 50, offset: 0 });
    expect(library.total).toBe(2);
    const mainHere = await call(editor, 'photos.get', { id: imported.mainPhotoId! });
    expect(mainHere).toMatchObject({
      alt: 'Brobygget sett från kajen',
      caption: 'Bron ska stå klar nästa höst.',
      credit: { type: 'freelance', name: 'Erik Ärlig', personId: null },
      creditLine: 'Foto: Erik Ärlig',
      width: 900,
    });
    const block = imported.body.root.children[1] as unknown as { type: string; photoId: string; src: string; credit: string };
    expect(block).toMatchObject({ type: 'photo', src: `spalt-photo:${block.photoId}`, credit: 'Foto: Privat' });
    expect(block.photoId).not.toBe(inBody.id);
    expect(await call(editor, 'photos.get', { id: block.photoId })).toMatchObject({
      alt: 'Stina Hermansson vid bron',
      caption: 'Stina Hermansson leder bygget.',
      credit: { type: 'handout' },
      creditLine: 'Foto: Privat',
    });
    const options = await call(editor, 'publish.options', { articleId: opened.articleId, siteId: editor.siteId });
    expect(options.checklist.filter((item) => item.severity === 'error')).toEqual([]);

    // Opened again: the same article and the same two library photos.
    expect(await call(editor, 'review.open', { siteId: editor.siteId, postId })).toEqual({ articleId: opened.articleId, created: false });
    expect((await call(editor, 'photos.list', { query: '', limit: 50, offset: 0 })).total).toBe(2);

    // The journalist changes the text and sends it again; the editor's sync takes it in, the photos still the editor's own.
    await call(journalist, 'articles.save', {
      id: articleId,
      baseRevision: (await call(journalist, 'articles.get', { id: articleId })).revision,
      draft: {
        ...article('Ny bro över kanalen', main, inBody),
        body: body(
          p('Kommunen bygger en ny gång- och cykelbro över kanalen.'),
          photoBlock({ photoId: inBody.id, alt: inBody.alt, caption: inBody.caption, credit: inBody.creditLine }),
          p('Arbetet börjar i april.'),
        ),
      },
    });
    expect(await submit(articleId)).toBe(postId);
    await call(editor, 'review.sync', {});
    const synced = await call(editor, 'articles.get', { id: opened.articleId });
    expect(JSON.stringify(synced.body.root.children[2])).toContain('Arbetet börjar i april.');
    expect(synced.body.root.children[1]).toMatchObject({ photoId: block.photoId, src: `spalt-photo:${block.photoId}` });
    expect(synced.mainPhotoId).toBe(imported.mainPhotoId);
    expect((await call(editor, 'photos.list', { query: '', limit: 50, offset: 0 })).total).toBe(2);

    // Approved: each photo once as media, the main one featured, the companions gone.
    const job = await startPublish(editor, { articleId: opened.articleId, siteId: editor.siteId, action: 'publish' });
    const published = await waitForJob(editor, job.id, ['done', 'failed']);
    expect(published.error).toBeNull();
    expect(published.result).toMatchObject({ postId, status: 'publish' });
    const media = await Promise.all(
      [mainHere, await call(editor, 'photos.get', { id: block.photoId })].map((photo) =>
        adminGet<Array<{ id: number; alt_text: string; caption: { raw: string } }>>(
          site,
          `/wp/v2/media?slug=${mediaMarker(photo.hash)}&context=edit`,
        ),
      ),
    );
    expect(media.map((items) => items.length)).toEqual([1, 1]);
    expect(media[0]![0]).toMatchObject({ alt_text: 'Brobygget sett från kajen' });
    expect(media[1]![0]!.caption.raw).toContain('Foto: Privat');
    const post = await adminGet<{ featured_media: number; author: number }>(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(post.featured_media).toBe(media[0]![0]!.id);
    expect(post.author).toBe(site.users.contributor.id);
    expect(await companionsOf(postId)).toEqual([]);

    // What a logged-out reader sees: both photos, each with its caption and credit line.
    const page = await (await fetch(`${site.url}/?p=${postId}`)).text();
    expect(page).toMatch(/<img[^>]*alt="Brobygget sett från kajen"/);
    expect(page).toMatch(/<img[^>]*alt="Stina Hermansson vid bron"/);
    expect(page).toContain('Bron ska stå klar nästa höst. <span class="spalt-credit">Foto: Erik Ärlig</span>');
    expect(page).toContain('Stina Hermansson leder bygget. <span class="spalt-credit">Foto: Privat</span>');
    expect(page).not.toMatch(/<img[^>]*src=""/);

    // Published again: no second copy of either photo.
    const again = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: opened.articleId, siteId: editor.siteId, action: 'publish' })).id,
      ['done', 'failed'],
    );
    expect(again.error).toBeNull();
    for (const photo of [mainHere]) expect(await adminGet<unknown[]>(site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`)).toHaveLength(1);
  }, 120_000);

  it('finds a companion whose answer was lost when the job retries, and never sends it twice', async () => {
    const proxy = await startProxy(site.url);
    const folder = fileTempDir('spalt-photos-lossy-');
    const lossy = await startSpalt(folder.dir, { url: proxy.url, users: site.users }, 'contributor');
    try {
      // The first POST to the posts route creates the post; the second, the photo's companion: its answer never comes.
      let creates = 0;
      proxy.rule = ({ method, route }) => (method === 'POST' && route === '/wp/v2/posts' && ++creates === 2 ? 'drop-answer' : 'forward');
      const photo = await importPhoto(lossy.handlers, lossy.dataDir, {
        seed: 704,
        alt: 'Slussen i Södertälje',
        caption: 'Slussen öppnar i april.',
        credit: { type: 'staff', name: 'Anna Lind' },
      });
      const articleId = await saveArticle(lossy.handlers, article('Slussen öppnar igen', null, photo));
      const job = await startPublish(lossy, { articleId, siteId: lossy.siteId, action: 'pending' });
      const done = await waitForJob(lossy, job.id, ['done', 'failed']);
      expect(done.error).toBeNull();
      expect(proxy.log.filter((request) => request.action === 'drop-answer')).toHaveLength(1);
      expect(await companionsOf(done.result!.postId)).toHaveLength(1);
    } finally {
      lossy.core.close();
      await proxy.stop();
      folder.remove();
    }
  }, 120_000);

  it('refuses a photo too large to go beside the submission before anything reaches the site', async () => {
    const file = await makePhoto(join(folders[0]!.dir, 'brus.png'), { width: 2560, height: 1920, format: 'png', alpha: true, seed: 21 });
    const { photo } = await call(journalist, 'photos.import', { fileName: 'brus.png', data: new Uint8Array(readFileSync(file)) });
    const heavy = await call(journalist, 'photos.update', {
      id: photo.id,
      edit: { alt: 'Brus i alla färger', caption: 'Ett tungt diagram.', credit: { ...emptyCredit, type: 'illustration', name: 'Lisa Ek' } },
    });
    const articleId = await saveArticle(journalist.handlers, article('Tung bild till granskning', null, heavy));
    const job = await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' });
    const failed = await waitForJob(journalist, job.id, ['done', 'failed']);
    expect(failed).toMatchObject({ state: 'failed', step: 'check', error: { code: 'wp_companion_too_large' } });
    expect(failed.error?.message.sv).toMatch(/^Bilden ”brus\.png” är för stor \(\d+ MB\) för att skickas med granskningen till /);
    expect(failed.error?.message.sv).toContain(
      `till ${site.url}; högst 7 MB går i ett anrop. Förminska bilden, eller be en redaktör ladda upp den.`,
    );
    // WordPress's search also matches words inside other posts' content (a companion's base64
    // can hold "tung" by chance), so what counts is a post of this title, or a companion of it.
    const posts = await adminGet<{ title: { raw: string } }[]>(
      site,
      `/wp/v2/posts?search=${encodeURIComponent('Tung bild')}&status=draft,pending,publish&context=edit`,
    );
    expect(posts.map((post) => post.title.raw).filter((title) => title.includes('Tung bild till granskning'))).toEqual([]);
  }, 120_000);

  it('names a photo whose companion was damaged on the site in the checklist, and opens the article all the same', async () => {
    const inBody = await importPhoto(journalist.handlers, journalist.dataDir, {
      seed: 703,
      alt: 'Kanalen i kvällsljus',
      caption: 'Kanalen vid Mälarhamnen.',
      credit: { type: 'staff', name: 'Anna Lind' },
    });
    const articleId = await saveArticle(journalist.handlers, article('Kvällen vid kanalen', null, inBody));
    const postId = await submit(articleId);
    const [companion] = await companionsOf(postId);
    // Someone edits the draft by hand in WordPress: the photo's bytes are gone.
    await adminPost(site, `/wp/v2/posts/${companion!.id}`, { content: '<!-- wp:paragraph --><p>Rensat.</p><!-- /wp:paragraph -->' });

    const opened = await call(editor, 'review.open', { siteId: editor.siteId, postId });
    const imported = await call(editor, 'articles.get', { id: opened.articleId });
    expect(imported.headline).toBe('Kvällen vid kanalen');
    const options = await call(editor, 'publish.options', { articleId: opened.articleId, siteId: editor.siteId });
    const errors = options.checklist.filter((item) => item.severity === 'error');
    expect(errors).toEqual([
      { rule: 'photo.notReceived', severity: 'error', params: { name: 'Kanalen i kvällsljus' }, target: { block: 1 } },
    ]);
    const refused = await call(editor, 'publish.start', { articleId: opened.articleId, siteId: editor.siteId, action: 'publish' }).catch(
      (error: unknown) => error as { code: string },
    );
    expect(refused).toMatchObject({ code: 'publish_checklist_failed' });
  }, 120_000);
  it('carries the main photo written above the lead, for a theme that does not show the featured image', async () => {
    const page = { themeShowsExcerpt: false, themeShowsFeaturedImage: false };
    for (const spalt of [journalist, editor]) {
      const stored = (await call(spalt, 'sites.list', {})).sites.find((found) => found.id === spalt.siteId)!;
      await call(spalt, 'sites.save', { id: spalt.siteId, name: stored.name, address: stored.address, username: stored.username, page });
    }
    const main = await importPhoto(journalist.handlers, journalist.dataDir, {
      seed: 705,
      alt: 'Hamnen en tidig morgon',
      caption: 'Hamnen vaknar.',
      credit: { type: 'staff', name: 'Anna Lind' },
    });
    const inBody = await importPhoto(journalist.handlers, journalist.dataDir, {
      seed: 706,
      alt: 'Fiskebåtar vid kajen',
      caption: 'Båtarna kommer in.',
      credit: { type: 'handout' },
    });
    const postId = await submit(await saveArticle(journalist.handlers, article('Morgon i hamnen', main, inBody)));
    const pending = await adminGet<{ content: { raw: string } }>(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(pending.content.raw).toMatch(new RegExp(`^<!-- wp:image \\{"className":"spalt-photo-${main.id}"\\} -->`));

    const opened = await call(editor, 'review.open', { siteId: editor.siteId, postId });
    const imported = await call(editor, 'articles.get', { id: opened.articleId });
    expect(imported).toMatchObject({ lead: 'Bygget av den nya bron börjar i vår.', bylines: [{ role: 'text', name: 'Anna Lind' }] });
    expect(imported.body.root.children.map((node) => node.type)).toEqual(['paragraph', 'photo', 'paragraph']);
    expect(await call(editor, 'photos.get', { id: imported.mainPhotoId! })).toMatchObject({
      alt: 'Hamnen en tidig morgon',
      creditLine: 'Foto: Anna Lind',
    });

    const job = await startPublish(editor, { articleId: opened.articleId, siteId: editor.siteId, action: 'publish' });
    expect((await waitForJob(editor, job.id, ['done', 'failed'])).error).toBeNull();
    const html = await (await fetch(`${site.url}/?p=${postId}`)).text();
    expect(html).toContain('Hamnen vaknar. <span class="spalt-credit">Foto: Anna Lind</span>');
    expect(html).toContain('Båtarna kommer in. <span class="spalt-credit">Foto: Privat</span>');
    expect(html).toMatch(/<img[^>]*alt="Hamnen en tidig morgon"/);
    expect(await companionsOf(postId)).toEqual([]);
  }, 120_000);
});
