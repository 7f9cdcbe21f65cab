/** Jobs and posts as the publish dialog and the queue view see them. */
import type { Database } from 'better-sqlite3';
import type { Article, ArticleDraft } from '../../../shared/article/article';
import { checkArticle, type ChecklistItem } from '../../../shared/article/checklist';
import { photoFactsOf } from '../../../shared/article/photo-rights';
import { cancellableStates, type PublishJob, type RemotePostInfo } from '../../../shared/publish/publish';
import type { JobRecord } from '../../db/outbox';
import { getPhoto, photoExists } from '../../db/photos';
import { readSettings } from '../../db/settings';
import { newsroomDate } from '../../../shared/format/date';
import { postTitle } from './content';
import { linkedArticleOnSite, type SiteRef } from './read-also';
import type { RemotePost } from '../../db/remote-posts';

export function toPublishJob(job: JobRecord, siteName: string): PublishJob {
  return {
    id: job.id,
    articleId: job.articleId,
    siteId: job.siteId,
    siteName,
    title: postTitle(job.draft.kicker, job.draft.headline),
    action: job.action,
    scheduledAt: job.scheduledLocal,
    scheduledGmt: job.scheduledGmt,
    state: job.state,
    step: job.step,
    attempts: job.attempts,
    nextAttemptAt: job.state === 'waiting' ? job.nextAttemptAt : null,
    inFlight: job.inFlight,
    cancelRequested: job.cancelRequested,
    cancellable: cancellableStates.includes(job.state) && !job.cancelRequested,
    error: job.error,
    conflict: job.conflict,
    progress: job.progress,
    result: job.result,
    revision: job.revision,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

export function remotePostInfo(remote: RemotePost, articleRevision: number): RemotePostInfo {
  return {
    id: remote.postId,
    link: remote.link,
    status: remote.status,
    modifiedGmt: remote.modifiedGmt,
    syncedAt: remote.syncedAt,
    revision: remote.revision,
    categories: remote.synced?.categories ?? [],
    tags: remote.synced?.tags ?? [],
    changedSince: remote.revision === null || remote.revision < articleRevision,
    gone: remote.state === 'gone',
  };
}

/** What an autosave carries: the part of an article that is published. */
export function draftOf(article: Article): ArticleDraft {
  const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body } = article;
  return { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body };
}

/**
 * The pre-publish checklist as the core runs it for a site: library photos judged by the
 * library, licence and all; "Läs även" by the linked article's post on that site.
 */
export function checklistFor(db: Database, articleId: string, draft: ArticleDraft, now: string, site: SiteRef): ChecklistItem[] {
  const today = newsroomDate(now);
  return checkArticle(draft, {
    newsroom: readSettings(db).newsroom,
    linkedArticle: linkedArticleOnSite(db, site),
    photos: {
      today,
      articleId,
      facts: (id) => (photoExists(db, id) ? photoFactsOf(getPhoto(db, id, today)) : undefined),
    },
  });
}
