/**
 * The workflow's steps in the article's history: a return, a withdrawal, or a state the sync
 * learned from the site names the revision the post on the site was made from. That revision
 * may have been folded into a later save; then the article as it stands now takes the name.
 */
import type { RevisionName } from '../../../shared/article/history';
import { findRevision } from '../../db/article-revisions';
import { getRemotePost } from '../../db/remote-posts';
import { articleSeqOf, nameRevision } from '../../db/revision-names';
import type { ReviewDeps } from './context';

export function nameWorkflowStep(deps: ReviewDeps, siteId: string, articleId: string, name: RevisionName, by: string): void {
  const article = articleSeqOf(deps.db, articleId);
  const sent = getRemotePost(deps.db, siteId, articleId)?.revision ?? null;
  const revision = sent !== null && findRevision(deps.db, article.seq, sent) ? sent : article.revision;
  nameRevision(deps.db, { articleId, revision, name, by, at: deps.now() });
}
