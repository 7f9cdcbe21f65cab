/**
 * The done step: the post is on the site and recorded; the article takes the status the
 * post has there, its photos' credits on the site are current again, and a published post's
 * photos count as published with the article. Local only, so a
 * crash here simply runs it again.
 */
import type { ArticleStatus } from '../../../shared/article/article';
import type { RevisionName } from '../../../shared/article/history';
import { articlePresence, setArticleStatus } from '../../db/articles';
import { recordPublications } from '../../db/photo-publications';
import { inTransaction } from '../../db/transaction';
import { clearNeedsRepublish } from '../../db/article-photos';
import { nameRevision } from '../../db/revision-names';
import { markCorrectionsPublished } from '../../db/corrections';
import { getSiteCache } from '../../db/site-cache';
import { findSite } from '../../db/sites';
import type { JobContext } from './context';
import { articlePhotoIds, libraryPhoto, photoWork } from './photos';
import { getWorkflowState, setWorkflowState } from '../../db/workflow';
import type { WorkflowState } from '../../../shared/publish/review';

/** Where the article stands in review after the post went out (workflow_states): submitted, scheduled, published. */
const workflowStateFor: Partial<Record<string, WorkflowState>> = {
  pending: 'submitted',
  future: 'scheduled',
  publish: 'published',
  private: 'published',
};

function recordWorkflowState(ctx: JobContext, postStatus: string): void {
  const { db } = ctx.deps;
  const { articleId, siteId, scheduledGmt } = ctx.job;
  const known = getWorkflowState(db, articleId, siteId);
  const state = workflowStateFor[postStatus] ?? (known ? 'draft' : undefined);
  if (state === undefined) return;
  const now = ctx.deps.now();
  setWorkflowState(
    db,
    articleId,
    siteId,
    { state, changedAt: now, changedBy: null, scheduledGmt: state === 'scheduled' ? scheduledGmt : null },
    { syncedAt: now },
  );
}

/** draft on the site → still a draft; pending → in review; future → scheduled; publish (or private) → published. */
export function articleStatusFor(postStatus: string): ArticleStatus {
  switch (postStatus) {
    case 'pending':
      return 'in_review';
    case 'future':
      return 'scheduled';
    case 'publish':
    case 'private':
      return 'published';
    default:
      return 'draft';
  }
}

/** The name the revision that went out takes in the article's history, by where the post now stands. */
const revisionNameFor: Partial<Record<ArticleStatus, RevisionName>> = {
  in_review: 'submitted',
  scheduled: 'scheduled',
  published: 'published',
};

/** The site user the step was taken as: their name as the site gave it at the last test, else the login. */
function siteUserName(ctx: JobContext): string {
  const site = findSite(ctx.deps.db, ctx.job.siteId);
  if (!site) return '';
  return site.lastCheck?.ok ? site.lastCheck.report.user.name || site.username : site.username;
}

export function finishStep(ctx: JobContext): void {
  const { db } = ctx.deps;
  const { result, articleId } = ctx.job;
  const photos = articlePhotoIds(ctx.job.draft).map((id) => libraryPhoto(db, id, ctx.deps.now()));
  // A credit edited in the library while the job ran is not on the site yet: the flag stays.
  const work = photoWork(db, ctx.job.siteId, photos);
  inTransaction(db, () => {
    if (result) setArticleStatus(db, articleId, result.articleStatus);
    if (result) recordWorkflowState(ctx, result.status);
    // A post published or scheduled has spent each one-time licence among its photos.
    if (result?.articleStatus === 'published' || result?.articleStatus === 'scheduled') {
      recordPublications(
        db,
        articleId,
        photos.map((photo) => photo.id),
        ctx.deps.now(),
      );
    }
    if (work.toUpload + work.toUpdate === 0) clearNeedsRepublish(db, articleId);
    const name = result ? revisionNameFor[result.articleStatus] : undefined;
    const present = articlePresence(db, articleId) !== 'missing';
    if (name && present) {
      const { revision, draft } = ctx.job;
      nameRevision(db, { articleId, revision, draft, name, by: siteUserName(ctx), at: ctx.deps.now() });
    }
    if (result) {
      // The site user by the name the publish dialog last read from the site, as it showed it.
      const siteUser = getSiteCache(db, ctx.job.siteId)?.user.name || siteUserName(ctx);
      const published = { postId: result.postId, link: result.link, publishedAt: ctx.deps.now(), siteUser };
      for (const correction of markCorrectionsPublished(db, ctx.job.id, published)) {
        if (!present) continue;
        const { revision, draft } = ctx.job;
        nameRevision(db, {
          articleId,
          revision,
          draft,
          name: 'correction',
          detail: correction.note,
          by: correction.madeBy,
          at: ctx.deps.now(),
        });
      }
    }
    ctx.save({ state: 'done', step: 'done', inFlight: false });
  });
}
