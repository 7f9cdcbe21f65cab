/**
 * Opening a post of the review queue: the pending post is imported into a local article linked
 * to it (remote_posts), so approving it is the ordinary publish of that article and updates
 * the same post, never a second one. Opening it again reuses the article, taking in what
 * changed on the site since (the earlier version stays in its history). Photos sent with the
 * submission are received into the photo library first (photos.ts).
 */
import { getArticle } from '../../db/articles';
import { getRemotePost } from '../../db/remote-posts';
import { inTransaction } from '../../db/transaction';
import { articleForPost, linkSyncedPost, setWorkflowState } from '../../db/workflow';
import { emitReviewChanged } from '../../events';
import { snapshotOf } from '../outbox/post';
import { clientForSite } from '../sites';
import type { Post } from '../wordpress/schemas';
import { createImportedArticle, saveFromSite, setStatus } from './article-write';
import type { ReviewDeps } from './context';
import { draftFromPost } from './post-draft';
import { mainPhotoOf, receivePhotos, tieDraft } from './photos';
import { gmtIso } from './queue';

export async function openQueueItem(deps: ReviewDeps, siteId: string, postId: number): Promise<{ articleId: string; created: boolean }> {
  const client = await clientForSite(deps.sites, siteId);
  const post = await client.getPost(postId);
  const content = post.content.raw ?? post.content.rendered;
  // A Contributor's photos come in companions beside the post: into the library first, then tied to the blocks.
  const received = await receivePhotos(deps, client, postId, content);
  const draft = tieDraft(
    deps,
    draftFromPost(
      { title: post.title.raw ?? post.title.rendered, excerpt: post.excerpt.raw ?? post.excerpt.rendered, content },
      {
        mainPhoto: mainPhotoOf(received),
      },
    ),
    received,
  );
  const existing = articleForPost(deps.db, siteId, postId);
  const result = inTransaction(deps.db, () => {
    if (existing === null) {
      const { id, revision } = createImportedArticle(deps, draft, 'in_review');
      link(deps, siteId, id, post, revision);
      return { articleId: id, created: true };
    }
    const remote = getRemotePost(deps.db, siteId, existing);
    // WordPress keeps modified_gmt to the second: a change within the second of the last read shows in the texts.
    const now = snapshotOf(post);
    const same =
      remote?.modifiedGmt === post.modified_gmt &&
      remote.synced !== null &&
      (['title', 'excerpt', 'content'] as const).every((field) => remote.synced?.[field] === now[field]);
    if (!same) {
      const article = getArticle(deps.db, existing);
      link(deps, siteId, existing, post, saveFromSite(deps, existing, article.revision, draft));
    }
    if (post.status === 'pending') setStatus(deps, existing, 'in_review');
    return { articleId: existing, created: false };
  });
  emitReviewChanged(deps.events, siteId, result.articleId);
  return result;
}

function link(deps: ReviewDeps, siteId: string, articleId: string, post: Post, revision: number): void {
  const now = deps.now();
  linkSyncedPost(
    deps.db,
    siteId,
    articleId,
    { postId: post.id, link: post.link, status: post.status, modifiedGmt: post.modified_gmt, snapshot: snapshotOf(post), revision },
    now,
  );
  if (post.status === 'pending') {
    setWorkflowState(
      deps.db,
      articleId,
      siteId,
      { state: 'submitted', changedAt: new Date(gmtIso(post.modified_gmt)).toISOString(), changedBy: null, scheduledGmt: null },
      { syncedAt: now },
    );
  }
}
