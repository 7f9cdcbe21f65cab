/**
 * publish.start: the article must pass the checklist (with the library's photo texts), a
 * scheduled time must lie ahead, and another user as the author needs a role that may publish
 * in others' names (as far as Spalt knows the role; the check step asks the site again). Then
 * the draft as checked becomes a job in the outbox, replacing any older job of the article for
 * the site that has not begun a request (and takes over the corrections it carried).
 */
import { randomUUID } from 'node:crypto';
import { blocksPublishing } from '../../../shared/article/checklist';
import { SpaltError } from '../../../shared/errors';
import { slugify } from '../../../shared/format/slug';
import { stockholmToInstant } from '../../../shared/format/date';
import type { PublishStartInput } from '../../../shared/publish/publish';
import { getArticle } from '../../db/articles';
import { getJob, insertJob, supersedeJobs, type JobRecord } from '../../db/outbox';
import { getSite, type StoredSite } from '../../db/sites';
import { insertCorrection, moveUnsentCorrections } from '../../db/corrections';
import { getRemotePost } from '../../db/remote-posts';
import { readYourName } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { emitPublishChanged } from '../../events';
import { roleDetails } from '../wordpress/errors';
import { authorRefused } from './check';
import type { OutboxDeps } from './context';
import { lastKnownAccount } from './options';
import { articlePhotoIds, libraryPhoto } from './photos';
import { refuseUnreadyLinks } from './read-also';
import { postTitle } from './content';
import { checklistFor, draftOf } from './view';

/** A scheduled time must be at least this far ahead, or it would be past by the time it reaches the site. */
const scheduleMarginMs = 60_000;

function scheduled(input: PublishStartInput, now: string): { local: string; gmt: string } | null {
  if (input.action !== 'schedule' || input.scheduledAt === undefined) return null;
  const local = input.scheduledAt;
  const time = local.replace('T', ' ');
  const instant = stockholmToInstant(local);
  if (instant === null) throw new SpaltError('publish_time_nonexistent', { time });
  if (instant.getTime() < Date.parse(now) + scheduleMarginMs) throw new SpaltError('publish_time_past', { time });
  return { local, gmt: instant.toISOString() };
}

/**
 * A correction is an update of a post that is out on the site, published now, with a note
 * saying what was corrected. Answers the note, or null when the publish is no correction.
 */
function correctionNote(deps: Pick<OutboxDeps, 'db'>, input: PublishStartInput): string | null {
  if (input.correction === undefined) return null;
  const note = input.correction.trim();
  if (note === '') throw new SpaltError('correction_note_missing');
  const post = getRemotePost(deps.db, input.siteId, input.articleId);
  if (input.action !== 'publish' || post === null || post.state === 'gone' || post.status !== 'publish') {
    throw new SpaltError('correction_not_published');
  }
  return note;
}

/** Refuses, before anything reaches the site, an author the role may not choose. */
function checkAuthor(deps: Pick<OutboxDeps, 'db'>, site: StoredSite, author: number | undefined): void {
  const known = author === undefined ? null : lastKnownAccount(deps.db, site);
  if (known === null || !authorRefused(author ?? null, known.user.id, known.capabilities)) return;
  throw new SpaltError('wp_cannot_set_author', { address: site.address, ...roleDetails(known.user.role) });
}

export function startJob(deps: Pick<OutboxDeps, 'db' | 'events' | 'now'>, input: PublishStartInput): JobRecord {
  const { db, events } = deps;
  const now = deps.now();
  const article = getArticle(db, input.articleId);
  if (article.trashedAt !== null) throw new SpaltError('publish_article_trashed', { id: article.id });
  const site = getSite(db, input.siteId);
  checkAuthor(deps, site, input.author);
  const draft = draftOf(article);
  for (const id of articlePhotoIds(draft)) libraryPhoto(db, id, now);
  const checklist = checklistFor(db, article.id, draft, now, site);
  if (blocksPublishing(checklist)) {
    throw new SpaltError('publish_checklist_failed', { count: checklist.filter((item) => item.severity === 'error').length });
  }
  const time = scheduled(input, now);
  const correction = correctionNote(deps, input);
  refuseUnreadyLinks(db, site, draft, { action: input.action, scheduledGmt: time?.gmt ?? null });
  const slug = input.slug === undefined ? null : slugify(input.slug, 200) || null;
  const id = randomUUID();
  const superseded = inTransaction(db, () => {
    const replaced = supersedeJobs(db, input.articleId, input.siteId, now);
    insertJob(db, {
      id,
      token: id.replace(/-/g, ''),
      articleId: article.id,
      siteId: input.siteId,
      action: input.action,
      scheduledLocal: time?.local ?? null,
      scheduledGmt: time?.gmt ?? null,
      options: { categories: input.categories, newCategories: input.newCategories, tags: input.tags, slug, author: input.author ?? null },
      revision: article.revision,
      draft,
      createdAt: now,
    });
    // A correction queued with a job not yet sent goes with the job that replaces it.
    for (const old of replaced) moveUnsentCorrections(db, old.id, id);
    if (correction !== null) {
      const madeBy = readYourName(db) ?? '';
      const headline = postTitle(draft.kicker, draft.headline);
      insertCorrection(db, {
        articleId: article.id,
        siteId: site.id,
        jobId: id,
        note: correction,
        madeAt: now,
        madeBy,
        headline,
        siteName: site.name,
      });
    }
    return replaced;
  });
  for (const job of superseded) emitPublishChanged(events, job);
  const job = getJob(db, id);
  emitPublishChanged(events, job);
  return job;
}
