/**
 * The post step. A first publish creates the post as a draft carrying the job's marker slug
 * ('creating' is recorded first; an unknown outcome is resolved by finding the marker), then
 * gives it the asked-for status, slug and date in an update by id. A later publish reads the
 * post first: if it changed on the site since the last sync, it is merged with the article
 * against the draft last synced (merge.ts); a post synced before Spalt kept that draft stops in
 * 'conflict' with what changed, and only the user's "overwrite" lets it continue.
 */
import { resolveReadAlso } from '../../../shared/document/read-also-links';
import { slugify } from '../../../shared/format/slug';
import { wordPressGmt, type ConflictField, type PublishConflict } from '../../../shared/publish/publish';
import { getSite } from '../../db/sites';
import { inTransaction } from '../../db/transaction';
import { WordPressError } from '../wordpress/errors';
import { postMarker } from '../wordpress/markers';
import type { Post, PostFields } from '../wordpress/schemas';
import { joinContent, postContentParts, postTitle, type ContentParts } from './content';
import type { JobContext } from './context';
import { decodeTermName } from './check';
import { articleStatusFor } from './finish';
import { mergeWithSite } from './merge';
import { removeCompanionPhotos, sendCompanionPhotos } from './companions';
import { sitePhotos } from './photos';
import { postAddresses } from './read-also';
import { syncedDraftOf } from './site-version';
import {
  forgetRemotePost,
  getRemotePost,
  markPostCreating,
  markPostGone,
  markPostSending,
  recordPost,
  type PostSnapshot,
  type RemotePost,
  type SentTexts,
} from '../../db/remote-posts';
import { getSiteCache } from '../../db/site-cache';
import { correctionsOnPage } from '../../db/corrections';
import { carryNoteAnchors } from '../review/anchors';
import { forgetSyncedDraft, getSyncedDraft, recordSyncedDraft } from '../../db/synced-drafts';

export type StepOutcome = 'next' | 'stop';

/** A clock a little behind the site's still publishes "now", never schedules a minute ahead. */
const publishNowMarginMs = 60_000;

export function snapshotOf(post: Post): PostSnapshot {
  return {
    title: post.title.raw ?? post.title.rendered,
    excerpt: post.excerpt.raw ?? post.excerpt.rendered,
    content: post.content.raw ?? post.content.rendered,
    status: post.status,
    slug: post.slug,
    categories: post.categories ?? [],
    tags: post.tags ?? [],
    featured_media: post.featured_media ?? 0,
    ...(post.author === undefined ? {} : { author: post.author }),
    ...(post.date_gmt === null ? {} : { date_gmt: post.date_gmt }),
  };
}

function buildFields(ctx: JobContext): { texts: SentTexts; fields: PostFields; parts: ContentParts } {
  const { draft, terms, options, siteId } = ctx.job;
  const photos = sitePhotos(ctx);
  const main = draft.mainPhotoId ? photos.get(draft.mainPhotoId) : undefined;
  // The site's settings as they are now: a theme changed since the job was queued is followed.
  const { name, page } = getSite(ctx.deps.db, siteId);
  const body = resolveReadAlso(draft.body, postAddresses(ctx.deps.db, { id: siteId, name }, draft));
  const parts = postContentParts({ ...draft, body }, photos, page, correctionsOnPage(ctx.deps.db, ctx.job.articleId, siteId, ctx.job.id));
  const texts = { title: postTitle(draft.kicker, draft.headline), excerpt: draft.lead, content: joinContent(parts) };
  const categories = terms?.categories ?? [];
  return {
    texts,
    parts,
    fields: {
      ...texts,
      // None chosen: WordPress gives a post its default category (sending [] would leave it with none until someone saves it there).
      ...(categories.length > 0 ? { categories } : {}),
      tags: terms?.tags ?? [],
      featured_media: main?.mediaId ?? 0,
      // Left out, WordPress keeps the post's author (a new post gets the user who publishes).
      ...(options.author !== null ? { author: options.author } : {}),
    },
  };
}

export async function postStep(ctx: JobContext): Promise<StepOutcome> {
  const { db } = ctx.deps;
  const { siteId, articleId } = ctx.job;
  const { texts, fields, parts } = buildFields(ctx);
  let remote = getRemotePost(db, siteId, articleId);
  let current: Post | null = null;
  let createdNow = false;

  if (remote?.state === 'gone' && remote.postId !== null) {
    // Restored in WordPress since? Then it is updated (after the conflict check); else a new post.
    current = await readPost(ctx, remote.postId, { markGone: false });
    if (current === null) {
      forgetRemotePost(db, siteId, articleId);
      forgetSyncedDraft(db, siteId, articleId);
      remote = null;
    }
  }
  if (remote === null || remote.state === 'creating' || remote.postId === null) {
    current = await createOrFind(ctx, remote, fields);
    createdNow = true;
  } else {
    current = current ?? (await readPost(ctx, remote.postId, { markGone: true }));
    if (current === null)
      throw new WordPressError('wp_post_gone', { address: ctx.client.address, id: remote.postId }, { disposition: 'final' });
    const conflict = await conflictOf(ctx, remote, current);
    if (conflict) {
      const ancestor = getSyncedDraft(db, siteId, articleId);
      if (ancestor !== null) return mergeWithSite(ctx, ancestor, remote, current, snapshotOf(current), conflict);
      ctx.save({ state: 'conflict', conflict, error: null });
      return 'stop';
    }
  }

  // A Contributor's photos go beside the post before it goes to review, so an editor never finds it without them.
  await sendCompanionPhotos(ctx, current.id);
  const content = carryNoteAnchors(current.content.raw ?? '', texts.content);
  const update = { ...fields, content, ...statusFields(ctx, current, createdNow) };
  const postId = current.id;
  markPostSending(db, siteId, articleId, { ...texts, content }, ctx.deps.now());
  const post = await ctx.send('post.update', () => ctx.client.updatePost(postId, update));
  ctx.alive();
  // A submission approved: its photos went up as media above, so the companions that carried them go (on a
  // retry after a lost answer the post is out already, but the last sync still knows it as pending).
  const approved = current.status === 'pending' || remote?.synced?.status === 'pending';
  if (approved && (post.status === 'publish' || post.status === 'future')) await removeCompanionPhotos(ctx, postId);
  const now = ctx.deps.now();
  inTransaction(db, () => {
    const state = { postId: post.id, link: post.link, status: post.status, modifiedGmt: post.modified_gmt, snapshot: snapshotOf(post) };
    recordPost(db, siteId, articleId, { ...state, state: 'synced', revision: ctx.job.revision }, now);
    // The common ancestor of the next merge: the draft as sent, each block as the site keeps it.
    recordSyncedDraft(db, siteId, articleId, syncedDraftOf(ctx.job.draft, parts, state.snapshot.content, now));
    const result = {
      postId: post.id,
      link: post.link,
      status: post.status,
      modifiedGmt: post.modified_gmt,
      articleStatus: articleStatusFor(post.status),
    };
    ctx.save({ step: 'done', result, conflict: null, acceptModifiedGmt: null, attempts: 0, error: null });
  });
  return 'next';
}

/** Status, slug and date for the update that follows a create, or for a later publish. */
function statusFields(ctx: JobContext, current: Post, createdNow: boolean): PostFields {
  const { action, scheduledGmt, options, draft } = ctx.job;
  const fields: PostFields = {};
  // The marker slug is replaced by the real one; later publishes keep the site's slug unless one is given.
  if (options.slug !== null || createdNow || current.slug.startsWith('spalt-post-')) {
    fields.slug = options.slug ?? (slugify(postTitle('', draft.headline), 200) || 'artikel');
  }
  switch (action) {
    case 'draft':
    case 'pending':
      fields.status = action;
      break;
    case 'publish':
      fields.status = 'publish';
      // A scheduled post published now must have its date moved, or WordPress keeps it scheduled.
      if (current.status === 'future') fields.date_gmt = wordPressGmt(new Date(Date.parse(ctx.deps.now()) - publishNowMarginMs));
      break;
    case 'schedule':
      fields.status = 'future';
      if (scheduledGmt !== null) fields.date_gmt = wordPressGmt(new Date(scheduledGmt));
      break;
  }
  return fields;
}

async function createOrFind(ctx: JobContext, remote: RemotePost | null, fields: PostFields): Promise<Post> {
  const { db } = ctx.deps;
  const { siteId, articleId } = ctx.job;
  if (remote?.state === 'creating') {
    const marker = remote.marker;
    const found = await ctx.send(null, () => ctx.client.findPostByMarker(marker));
    ctx.alive();
    if (found) {
      recordCreated(ctx, found);
      return found;
    }
  }
  const marker = postMarker(ctx.job.token);
  markPostCreating(db, siteId, articleId, marker, ctx.deps.now());
  const post = await ctx.send('post.create', () => ctx.client.createPost({ ...fields, status: 'draft', slug: marker }));
  ctx.alive();
  recordCreated(ctx, post);
  return post;
}

function recordCreated(ctx: JobContext, post: Post): void {
  const state = { postId: post.id, link: post.link, status: post.status, modifiedGmt: post.modified_gmt, snapshot: snapshotOf(post) };
  recordPost(ctx.deps.db, ctx.job.siteId, ctx.job.articleId, { ...state, state: 'created', revision: null }, ctx.deps.now());
}

/** The post in context=edit, or null when it is deleted or in the trash (then remembered as gone). */
async function readPost(ctx: JobContext, postId: number, options: { markGone: boolean }): Promise<Post | null> {
  try {
    const post = await ctx.send(null, () => ctx.client.getPost(postId));
    ctx.alive();
    return post;
  } catch (error) {
    if (!(error instanceof WordPressError && error.code === 'wp_post_gone')) throw error;
    ctx.alive();
    if (options.markGone) markPostGone(ctx.deps.db, ctx.job.siteId, ctx.job.articleId, ctx.deps.now());
    return null;
  }
}

async function conflictOf(ctx: JobContext, remote: RemotePost, current: Post): Promise<PublishConflict | null> {
  if (current.modified_gmt === ctx.job.acceptModifiedGmt) return null;
  const now = snapshotOf(current);
  if (current.modified_gmt === remote.modifiedGmt) {
    // WordPress keeps modified_gmt to the second, so an edit on the site within the second of
    // Spalt's last sync leaves it as it was: the texts and the author tell. (Not the status:
    // WordPress's cron turns a scheduled post into a published one without touching modified_gmt.)
    const synced = remote.synced;
    const sameAuthor = synced?.author === undefined || synced.author === now.author;
    if (!synced || (sameAuthor && (['title', 'excerpt', 'content'] as const).every((field) => synced[field] === now[field]))) return null;
  }
  // An update whose answer was lost changed modified_gmt itself: that is Spalt's own change.
  const sending = remote.sending;
  if (sending && now.title === sending.title && now.excerpt === sending.excerpt && now.content === sending.content) return null;
  const before = remote.synced;
  const fields: ConflictField[] = ['title', 'excerpt', 'content', 'status', 'slug', 'categories', 'tags', 'featured_media'];
  if (before?.author !== undefined) fields.push('author');
  const names = fields.includes('author') ? await authorNames(ctx, [before?.author, now.author]) : new Map<number, string>();
  const text = (field: ConflictField, snapshot: PostSnapshot | null | undefined) => {
    if (field === 'author') return snapshot?.author === undefined ? '' : (names.get(snapshot.author) ?? `#${snapshot.author}`);
    const value = snapshot?.[field];
    return Array.isArray(value) ? value.join(', ') : String(value ?? '');
  };
  const changes = fields
    .map((field) => ({ field, before: text(field, before), now: text(field, now) }))
    .filter((change) => change.before !== change.now);
  return { postId: current.id, link: current.link, syncedModifiedGmt: remote.modifiedGmt, siteModifiedGmt: current.modified_gmt, changes };
}

/**
 * Authors by name: from the site's user list as the publish dialog last read it, or, for one it
 * does not know, asked of the site (best effort: the id is shown when the site will not say).
 */
async function authorNames(ctx: JobContext, ids: Array<number | undefined>): Promise<Map<number, string>> {
  const cached = getSiteCache(ctx.deps.db, ctx.job.siteId)?.authors ?? [];
  const known = (list: Array<{ id: number; name: string }>) =>
    ids.every((id) => id === undefined || list.some((author) => author.id === id));
  const asked = async () => (await ctx.client.listAuthors()).map((user) => ({ id: user.id, name: decodeTermName(user.name) }));
  const authors = known(cached) ? cached : await asked().catch(() => cached);
  return new Map(authors.map((author) => [author.id, author.name]));
}
