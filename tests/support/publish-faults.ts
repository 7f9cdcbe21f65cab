/**
 * The publish fault matrix, shared by tests/integration/publish-faults.test.ts and the
 * publish-faults proof: four ways one request can go wrong, put on the first request of each
 * step of a publish, and what must be on the site afterwards, read back over its REST API.
 *
 * The four faults cover the site having done the work or not, with and without an answer:
 * the connection drops after the work (no answer), the request hangs unforwarded past the
 * client's timeout (no work, no answer), the site does the work and answers 500 anyway (a
 * plugin failing after the save), a front server answers 429 with Retry-After (no work).
 */
import type { Photo } from '../../shared/article/photo';
import type { PublishJob } from '../../shared/publish/publish';
import { sameTermName } from '../../main/publish/outbox/check';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { adminGet, importPhoto, saveArticle, startPublish, waitForJob, type Spalt } from '../integration/publish-support';
import type { WordPressSite } from '../wordpress/site';
import type { Proxy, ProxyAction, ProxyAnswer, ProxyRequest } from './publish-proxy';

export type FaultKind = 'drop' | 'stall' | 'error500' | 'rate429';
export type FaultStep = 'media' | 'category' | 'tag' | 'postCreate' | 'postUpdate';

/** What WordPress's fatal error handler answers a REST request with. */
export const criticalError: ProxyAnswer = {
  status: 500,
  body: JSON.stringify({
    code: 'internal_server_error',
    message: '<p>There has been a critical error on this website.</p>',
    data: { status: 500 },
    additional_errors: [],
  }),
};

export const retryAfterSeconds = 1;

/** A front server's rate limit: the site never sees the request. */
export const rateLimited: ProxyAnswer = {
  status: 429,
  headers: { 'Retry-After': String(retryAfterSeconds) },
  body: JSON.stringify({ code: 'too_many_requests', message: 'Too many requests' }),
};

export const faultKinds: Record<FaultKind, { label: string; action: ProxyAction }> = {
  drop: { label: 'drop after the work', action: 'drop-answer' },
  stall: { label: 'stall past the timeout', action: 'stall' },
  error500: { label: '500 after the work', action: { afterWork: criticalError } },
  rate429: { label: '429 Retry-After', action: rateLimited },
};

type RequestMatch = (request: { method: string; route: string }) => boolean;

const post =
  (route: string | RegExp): RequestMatch =>
  ({ method, route: actual }) =>
    method === 'POST' && (typeof route === 'string' ? actual === route : route.test(actual));

export const faultSteps: Record<FaultStep, { label: string; matches: RequestMatch }> = {
  media: { label: 'media upload', matches: post('/wp/v2/media') },
  category: { label: 'category', matches: post('/wp/v2/categories') },
  tag: { label: 'tag', matches: post('/wp/v2/tags') },
  postCreate: { label: 'post create', matches: post('/wp/v2/posts') },
  postUpdate: { label: 'post update', matches: post(/^\/wp\/v2\/posts\/\d+$/) },
};

/** Puts each fault on the first request matching its step, once; everything else is forwarded. */
export function faultOnce(proxy: Proxy, faults: ReadonlyArray<{ matches: RequestMatch; action: ProxyAction }>): void {
  const pending = [...faults];
  proxy.rule = (request) => {
    const at = pending.findIndex((fault) => fault.matches(request));
    if (at < 0) return 'forward';
    return pending.splice(at, 1)[0]!.action;
  };
}

/** The requests the proxy did not simply forward: each with its place in the log and the gap until the next request. */
export function faultedRequests(proxy: Proxy): Array<ProxyRequest & { index: number; nextAfterMs: number | null }> {
  return proxy.log.flatMap((request, index) => {
    if (request.action === 'forward') return [];
    const next = proxy.log[index + 1];
    return [{ ...request, index, nextAfterMs: next ? next.at - request.at : null }];
  });
}

/** "step:code" of each wait a job went through, as publish.jobs showed it when it began waiting. */
export function recordWaits(spalt: Spalt): (jobId: string) => string[] {
  const waits = new Map<string, string[]>();
  spalt.core.events.on('publish.changed', ({ jobId, articleId, state }) => {
    if (state !== 'waiting') return;
    void spalt.handlers['publish.jobs']({ articleId, limit: 20 }).then((jobs) => {
      const job = jobs.find((candidate) => candidate.id === jobId);
      waits.set(jobId, [...(waits.get(jobId) ?? []), `${job?.step}:${job?.error?.code}`]);
    });
  });
  return (jobId) => waits.get(jobId) ?? [];
}

export interface FaultArticle {
  id: string;
  headline: string;
  /** The main photo first, then one in the body. */
  photos: Photo[];
  category: string;
  tags: string[];
}

const byline = [{ role: 'text' as const, name: 'Alexander Isa', personId: null }];

/** An article with a main photo and one in the body, to be published with a new category and two new tags. */
export async function faultArticle(spalt: Spalt, name: string, seed: number): Promise<FaultArticle> {
  const photos: Photo[] = [];
  for (const [i, place] of ['kajen', 'torget'].entries()) {
    const alt = `${name}: bild från ${place}`;
    photos.push(
      await importPhoto(spalt.handlers, spalt.dataDir, {
        seed: seed + i,
        alt,
        caption: `Bild ${i + 1}.`,
        credit: { type: 'staff', name: 'Alexander Isa' },
      }),
    );
  }
  const headline = `Publicerad trots ${name}`;
  const id = await saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: byline,
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: photos[0]!.id,
    body: body(p('Första stycket.'), photoBlock({ photoId: photos[1]!.id, alt: photos[1]!.alt, credit: photos[1]!.creditLine })),
  });
  return { id, headline, photos, category: `Kategori ${name}`, tags: [`Tagg ${name} ett`, `Tagg ${name} två`] };
}

/** Saves a new paragraph into the article, as the reporter would before publishing it again. */
export async function addParagraph(spalt: Spalt, article: FaultArticle, text: string): Promise<void> {
  const {
    id,
    status: _status,
    revision,
    createdAt: _created,
    updatedAt: _updated,
    trashedAt: _trashed,
    ...draft
  } = await spalt.handlers['articles.get']({ id: article.id });
  const root = { ...draft.body.root, children: [...draft.body.root.children, p(text)] };
  await spalt.handlers['articles.save']({ id, baseRevision: revision, draft: { ...draft, body: { ...draft.body, root } } });
}

/** publish.start for the article, with its new category and tags, and the job once it has ended. */
export async function publishAndWait(spalt: Spalt, article: FaultArticle, timeoutMs = 60_000): Promise<PublishJob> {
  const job = await startPublish(spalt, {
    articleId: article.id,
    siteId: spalt.siteId,
    action: 'publish',
    newCategories: [article.category],
    tags: article.tags,
  });
  return waitForJob(spalt, job.id, ['done', 'failed', 'conflict', 'cancelled'], timeoutMs);
}

interface SiteItem {
  id: number;
  slug: string;
  name?: string;
  source_url?: string;
}

interface SitePost {
  id: number;
  status: string;
  title: { raw: string };
  content: { raw: string };
  featured_media: number;
  categories: number[];
  tags: number[];
}

async function everyMedia(site: WordPressSite): Promise<SiteItem[]> {
  const all: SiteItem[] = [];
  for (let page = 1; ; page++) {
    const items = await adminGet<SiteItem[]>(site, `/wp/v2/media?per_page=100&page=${page}&orderby=id&order=asc`);
    all.push(...items);
    if (items.length < 100) return all;
  }
}

async function termsNamed(site: WordPressSite, taxonomy: 'categories' | 'tags', name: string): Promise<SiteItem[]> {
  const found = await adminGet<SiteItem[]>(site, `/wp/v2/${taxonomy}?search=${encodeURIComponent(name)}&per_page=100&hide_empty=false`);
  return found.filter((term) => sameTermName(term.name ?? '', name));
}

/**
 * What is wrong on the site after the article's publish ended as `job`: anything but exactly
 * one post (published, with its photos, category and tags), one media item per photo (a second
 * upload would carry the marker slug with WordPress's "-2"), one of each term, and the job done.
 * Empty when all is well.
 */
export async function siteProblems(site: WordPressSite, article: FaultArticle, job: PublishJob, expectedText?: string): Promise<string[]> {
  const problems: string[] = [];
  if (job.state !== 'done') problems.push(`job ${job.state} at ${job.step}: ${job.error?.code ?? ''} ${job.error?.message.en ?? ''}`);

  const posts = (
    await adminGet<SitePost[]>(
      site,
      `/wp/v2/posts?search=${encodeURIComponent(article.headline)}&status=draft,pending,future,publish,private&context=edit&per_page=100`,
    )
  ).filter((candidate) => candidate.title.raw === article.headline);
  if (posts.length !== 1) problems.push(`${posts.length} posts`);

  const media = await everyMedia(site);
  const copies = article.photos.map((photo) => {
    const marker = mediaMarker(photo.hash);
    return media.filter((item) => item.slug === marker || item.slug.startsWith(`${marker}-`));
  });
  copies.forEach((found, i) => found.length !== 1 && problems.push(`${found.length} media items of photo ${i + 1}`));

  const category = await termsNamed(site, 'categories', article.category);
  if (category.length !== 1) problems.push(`${category.length} categories "${article.category}"`);
  const tags = await Promise.all(article.tags.map((name) => termsNamed(site, 'tags', name)));
  tags.forEach((found, i) => found.length !== 1 && problems.push(`${found.length} tags "${article.tags[i]}"`));

  const [only] = posts;
  if (posts.length === 1 && only) {
    if (only.status !== 'publish') problems.push(`post is ${only.status}`);
    if (job.result?.postId !== only.id) problems.push(`job names post ${job.result?.postId}, the site has ${only.id}`);
    if (copies[0]?.length === 1 && only.featured_media !== copies[0][0]!.id) problems.push('featured image is not the main photo');
    const bodyPhoto = copies[1]?.[0]?.source_url;
    if (copies[1]?.length === 1 && bodyPhoto && !only.content.raw.includes(bodyPhoto)) problems.push('body photo is not the uploaded one');
    if (category.length === 1 && !only.categories.includes(category[0]!.id)) problems.push('post lacks its category');
    const tagIds = tags.flatMap((found) => (found.length === 1 ? [found[0]!.id] : []));
    if ([...only.tags].sort().join() !== [...tagIds].sort().join()) problems.push(`post has tags ${only.tags.join()} not ${tagIds.join()}`);
    if (expectedText !== undefined && !only.content.raw.includes(expectedText))
      problems.push('post lacks the text added before the republish');
  }
  return problems;
}
