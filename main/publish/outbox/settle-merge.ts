/**
 * The person's answer to a merge's clashes: their choice per clash applied, the result kept as
 * the article's next revision and the site's version as the common ancestor, and the job sent
 * on from the photos step. An article edited since the merge was shown is merged again; if
 * that changes the clashes, the job goes back to the post step to make a new merge to show.
 */
import type { Database } from 'better-sqlite3';
import { SpaltError } from '../../../shared/errors';
import type { PublishMerge } from '../../../shared/publish/publish';
import type { MergeChoices } from '../../../shared/revisions/conflicts';
import { mergeArticles } from '../../../shared/revisions/merge';
import { getArticle } from '../../db/articles';
import type { JobChanges, JobRecord } from '../../db/outbox';
import type { EventBus } from '../../events';
import { keepMerged, sameConflicts } from './merge';
import { draftOf } from './view';

/** Writes the job's changes (in the merge's own transaction when there is one to keep). */
export type JobMove = (changes: JobChanges) => void;

export function settleMerge(
  deps: { db: Database; events: EventBus; now: string },
  job: JobRecord,
  merge: PublishMerge,
  choices: MergeChoices,
  moveJob: JobMove,
): void {
  const article = getArticle(deps.db, job.articleId);
  const local = { draft: draftOf(article), revision: article.revision };
  if (local.revision !== merge.localRevision) {
    const again = mergeArticles(merge.ancestor, local.draft, merge.remote);
    if (!sameConflicts(again.conflicts, merge.conflicts)) {
      moveJob({ step: 'post' });
      return;
    }
  } else {
    local.draft = merge.local;
  }
  let merged;
  try {
    merged = mergeArticles(merge.ancestor, local.draft, merge.remote, choices).merged;
  } catch (error) {
    if (error instanceof RangeError) throw new SpaltError('invalid_input', { details: error.message.slice(0, 300) });
    throw error;
  }
  const { snapshot, header, blocks } = merge.site;
  const conflict = job.conflict;
  if (conflict === null) throw new SpaltError('publish_not_in_conflict', { id: job.id });
  const site = {
    postId: conflict.postId,
    link: conflict.link,
    status: snapshot.status,
    modifiedGmt: conflict.siteModifiedGmt,
    snapshot,
    header,
    blocks,
  };
  keepMerged(deps, { siteId: job.siteId, articleId: job.articleId }, merged, local, site, merge.remote, (revision) =>
    moveJob({ draft: merged, revision, step: 'photos' }),
  );
}
