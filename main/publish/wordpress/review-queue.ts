/**
 * The review queue ("Att granska"): every pending post of the site, also those not written in
 * Spalt, with what the queue shows. Needs edit_others_posts (Editor, Administrator).
 *
 * WordPress would answer a Contributor or Author too, with only their own pending posts; the
 * queue refuses them instead (wp_cannot_review), so a writer never mistakes that for the queue.
 * Pages are read by id, newest first, which is stable while reading (a date can tie between
 * many posts, and MySQL orders ties differently from page to page); the queue is then sorted
 * by last change, newest first.
 */
import { z } from 'zod';
import type { WordPressClient } from './client';
import { WordPressError, roleDetails } from './errors';
import { Post, SiteUser } from './schemas';
import { primaryRole } from '../../../shared/publish/roles';

export interface ReviewQueueItem {
  postId: number;
  author: { id: number; name: string };
  /** WordPress's date for the post (for a pending post without a fixed date: its last save). UTC, no zone. */
  dateGmt: string | null;
  /** The last change on the site, the queue's order. UTC, no zone. */
  modifiedGmt: string;
  title: string;
  /** The block markup as stored (context=edit), for word count, kind and checklist. */
  content: string;
  excerpt: string;
  categories: number[];
  tags: number[];
  featuredMedia: number;
  slug: string;
  link: string;
  /** Written by Spalt: carries its class names (spalt-lead, spalt-byline …). */
  spaltMarkup: boolean;
}

const perPage = 100;
/** Pages read at once after the first; a shared host serves a few PHP workers. */
const parallelPages = 4;
const spaltClass = /class="[^"]*\bspalt-[a-z]/;

/**
 * The whole queue. `onFirstPage`, when given, gets the first page's posts (with their authors'
 * names) as soon as they are read, while the other pages are still being read: a first screen.
 */
export async function listReviewQueue(
  client: WordPressClient,
  onFirstPage?: (items: ReviewQueueItem[]) => void,
): Promise<ReviewQueueItem[]> {
  const [first] = await Promise.all([readPage(client, 1), mayReview(client)]);
  const pages = Number(first.headers.get('x-wp-totalpages') ?? '1');
  const firstNames = authorNames(client, authorsOf(first.posts));
  const shown = onFirstPage ? firstNames.then((names) => onFirstPage(queueItems(first.posts, names))) : Promise.resolve();
  // Awaited below; a page that fails first must not leave them rejected unheard.
  firstNames.catch(() => undefined);
  shown.catch(() => undefined);
  const posts = [...first.posts];
  for (let page = 2; page <= pages; page += parallelPages) {
    const batch = Array.from({ length: Math.min(parallelPages, pages - page + 1) }, (_, i) => readPage(client, page + i));
    for (const { posts: more } of await Promise.all(batch)) posts.push(...more);
  }
  const names = new Map(await firstNames);
  const missing = authorsOf(posts).filter((id) => !names.has(id));
  for (const [id, name] of await authorNames(client, missing)) names.set(id, name);
  await shown;
  return queueItems(posts, names);
}

function authorsOf(posts: readonly Post[]): number[] {
  return posts.map((post) => post.author ?? 0);
}

/** The pending posts once each (a post can move between pages while they are read), newest change first. */
function queueItems(posts: readonly Post[], names: ReadonlyMap<number, string>): ReviewQueueItem[] {
  const unique = [...new Map(posts.filter((post) => post.status === 'pending').map((post) => [post.id, post])).values()];
  return unique.map((post) => queueItem(post, names)).sort(newestFirst);
}

/** Refuses, as WordPress's role rules would for the queue, anyone without edit_others_posts. */
async function mayReview(client: WordPressClient): Promise<void> {
  const user = await client.me();
  const role = primaryRole(user.roles ?? []);
  const map = user.capabilities;
  const allowed = map && Object.keys(map).length > 0 ? map.edit_others_posts === true : role === 'editor' || role === 'administrator';
  if (!allowed)
    throw new WordPressError('wp_cannot_review', { address: client.address, ...roleDetails(role) }, { disposition: 'final', status: 403 });
}

/**
 * What the queue reads of a post. Only the raw texts: asked for `content` whole, WordPress also
 * renders every post's body through its filters (the_content), which the queue never shows.
 */
const queueFields = [
  'id',
  'status',
  'slug',
  'link',
  'date_gmt',
  'modified_gmt',
  'title.raw',
  'content.raw',
  'excerpt.raw',
  'author',
  'featured_media',
  'categories',
  'tags',
];

async function readPage(client: WordPressClient, page: number): Promise<{ posts: Post[]; headers: Headers }> {
  const query = { status: 'pending', context: 'edit', orderby: 'id', order: 'desc', per_page: perPage, page, _fields: queueFields };
  const { value, headers } = await client.call('GET', 'wp/v2/posts', { query }, { kind: 'read_queue' }, z.array(Post));
  return { posts: value, headers };
}

/** Authors by id, 100 a request: who=authors lists writers who have published nothing yet too. */
async function authorNames(client: WordPressClient, ids: number[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id) => id > 0))];
  const chunks = Array.from({ length: Math.ceil(wanted.length / perPage) }, (_, i) => wanted.slice(i * perPage, (i + 1) * perPage));
  const answers = await Promise.all(
    chunks.map((include) =>
      client.call(
        'GET',
        'wp/v2/users',
        { query: { who: 'authors', include, per_page: perPage, _fields: 'id,name,slug' } },
        { kind: 'read' },
        z.array(SiteUser),
      ),
    ),
  );
  return new Map(answers.flatMap(({ value }) => value.map((user) => [user.id, user.name] as const)));
}

function queueItem(post: Post, names: ReadonlyMap<number, string>): ReviewQueueItem {
  const content = post.content.raw ?? '';
  return {
    postId: post.id,
    author: { id: post.author ?? 0, name: names.get(post.author ?? 0) ?? '' },
    dateGmt: post.date_gmt,
    modifiedGmt: post.modified_gmt,
    title: post.title.raw ?? post.title.rendered,
    content,
    excerpt: post.excerpt.raw ?? '',
    categories: post.categories ?? [],
    tags: post.tags ?? [],
    featuredMedia: post.featured_media ?? 0,
    slug: post.slug,
    link: post.link,
    spaltMarkup: spaltClass.test(content),
  };
}

function newestFirst(a: ReviewQueueItem, b: ReviewQueueItem): number {
  return b.modifiedGmt.localeCompare(a.modifiedGmt) || b.postId - a.postId;
}
