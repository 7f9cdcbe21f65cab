/**
 * When the post changed on the site and the article changed here since the last sync: the
 * site's version is read back and merged with the article against the draft last synced. A
 * merge without clashes is saved as the article's next revision and sent on by itself; one
 * with clashes waits for the person (publish.resolveConflict), holding all three versions.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../../shared/article/article';
import { bodyPlainText } from '../../../shared/document/plain-text';
import type { ConflictField, PostSnapshot, PublishConflict, PublishMerge } from '../../../shared/publish/publish';
import { diffRevisions, type RevisionDiff } from '../../../shared/revisions/diff';
import { canonicalJson } from '../../../shared/revisions/block-content';
import type { MergeConflict } from '../../../shared/revisions/conflicts';
import { mergeArticles, type ArticleMerge } from '../../../shared/revisions/merge';
import { getArticle, saveArticle } from '../../db/articles';
import { recordPost, type RemotePost } from '../../db/remote-posts';
import { recordSyncedDraft, type SyncedDraft } from '../../db/synced-drafts';
import { inTransaction } from '../../db/transaction';
import { emitArticleChanged, type EventBus } from '../../events';
import type { Post } from '../wordpress/schemas';
import type { JobContext } from './context';
import type { StepOutcome } from './post';
import { siteDraftOf } from './site-version';
import { draftOf } from './view';

/** The post's fields that are the article's own texts, merged; the rest are the job's settings. */
const articleFields: ReadonlySet<ConflictField> = new Set(['title', 'excerpt', 'content']);

const changeCount = (diff: RevisionDiff) => diff.fields.length + diff.blocks.filter((block) => block.kind !== 'unchanged').length;

/** The site's post as the person saw it in a merge, enough to record it as synced. */
export interface SiteRead {
  postId: number;
  link: string;
  status: string;
  modifiedGmt: string;
  snapshot: PostSnapshot;
  header: string[];
  blocks: string[];
}

export function publishMergeOf(merge: ArticleMerge, localRevision: number, site: SiteRead): PublishMerge {
  return {
    ancestor: merge.ancestor,
    local: merge.local,
    remote: merge.remote,
    localRevision,
    conflicts: [...merge.conflicts],
    changed: {
      local: changeCount(diffRevisions(merge.ancestor, merge.local)),
      site: changeCount(diffRevisions(merge.ancestor, merge.remote)),
    },
    site: { snapshot: site.snapshot, header: site.header, blocks: site.blocks },
  };
}

/**
 * Keeps a merged article: its next revision (unless the merge is the article as it is), the
 * site's version as the new common ancestor, and the post as read as the last sync. Answers the
 * article's revision, which is what the job sends from now on.
 */
export function keepMerged(
  deps: { db: Database; events: EventBus; now: string },
  where: { siteId: string; articleId: string },
  merged: ArticleDraft,
  local: { draft: ArticleDraft; revision: number },
  site: SiteRead,
  remote: ArticleDraft,
  /** The job's own change, written in the same transaction so a crash never leaves it sending the article from before the merge. */
  moveJob: (revision: number) => void,
): number {
  const { db, now } = deps;
  const { siteId, articleId } = where;
  const revision = inTransaction(db, () => {
    const saved =
      canonicalJson(merged) === canonicalJson(local.draft)
        ? local.revision
        : saveArticle(db, {
            id: articleId,
            baseRevision: local.revision,
            draft: merged,
            bodyText: bodyPlainText(merged.body),
            now,
            sessionId: null,
          }).revision;
    recordSyncedDraft(db, siteId, articleId, { draft: remote, header: site.header, blocks: site.blocks, syncedAt: now });
    const { postId, link, status, modifiedGmt, snapshot } = site;
    recordPost(db, siteId, articleId, { postId, link, status, modifiedGmt, snapshot, state: 'synced', revision: null }, now);
    moveJob(saved);
    return saved;
  });
  if (revision !== local.revision) emitArticleChanged(deps.events, articleId, 'saved', { revision });
  return revision;
}

/** The same clashes: a merge made again over a newer local revision still means what the person chose. */
export function sameConflicts(a: readonly MergeConflict[], b: readonly MergeConflict[]): boolean {
  const key = (conflict: MergeConflict) => canonicalJson([conflict.id, conflict.kind, conflict.ancestor, conflict.local, conflict.remote]);
  return a.length === b.length && a.every((conflict, index) => key(conflict) === key(b[index] as MergeConflict));
}

/** The post step's answer to a post changed on both sides, when the last synced draft is known. */
export function mergeWithSite(
  ctx: JobContext,
  ancestor: SyncedDraft,
  remote: RemotePost,
  current: Post,
  snapshot: PostSnapshot,
  conflict: PublishConflict,
): StepOutcome {
  const { db, events } = ctx.deps;
  const { siteId, articleId } = ctx.job;
  const siteVersion = siteDraftOf(ancestor, snapshot, remote.synced);
  const site: SiteRead = {
    postId: current.id,
    link: current.link,
    status: current.status,
    modifiedGmt: current.modified_gmt,
    snapshot,
    header: siteVersion.header,
    blocks: siteVersion.blocks,
  };
  const article = getArticle(db, articleId);
  const local = { draft: draftOf(article), revision: article.revision };
  const merge = mergeArticles(ancestor.draft, local.draft, siteVersion.draft);
  // What the job itself sets (status, slug, terms, author…) changed on the site: the person sees it before it is replaced.
  const settingsChanged = conflict.changes.some((change) => !articleFields.has(change.field));
  if (merge.conflicts.length > 0 || settingsChanged) {
    ctx.save({ state: 'conflict', conflict: { ...conflict, merge: publishMergeOf(merge, local.revision, site) }, error: null });
    return 'stop';
  }
  // Back through photos and terms: the merged article may hold a photo the job has not uploaded.
  const moveJob = (revision: number) => ctx.save({ draft: merge.merged, revision, step: 'photos', attempts: 0, error: null });
  keepMerged({ db, events, now: ctx.deps.now() }, { siteId, articleId }, merge.merged, local, site, siteVersion.draft, moveJob);
  return 'next';
}
