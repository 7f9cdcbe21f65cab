/**
 * The review queue ("Att granska"): read from the site (every pending post, also those not
 * written in Spalt) and kept, so the list last read shows offline too, with its time.
 */
import { checkArticle } from '../../../shared/article/checklist';
import { SpaltError } from '../../../shared/errors';
import { readSettings } from '../../db/settings';
import type { ReviewQueueEntry, ReviewQueueSite } from '../../../shared/publish/review';
import { getSite, listSites, type StoredSite } from '../../db/sites';
import { articleForPost, getQueueCache, saveQueueCache } from '../../db/workflow';
import { emitQueueFirstPage, emitReviewChanged } from '../../events';
import { lastKnownAccount } from '../outbox/options';
import { clientForSite } from '../sites';
import { listReviewQueue, type ReviewQueueItem } from '../wordpress/review-queue';
import type { ReviewDeps } from './context';
import { draftFromPost, postWords } from './post-draft';

/** WordPress's GMT time without a zone, as ISO with one. */
export function gmtIso(gmt: string): string {
  return gmt.endsWith('Z') ? gmt : `${gmt}Z`;
}

function entryOf(deps: ReviewDeps, siteId: string, item: ReviewQueueItem): ReviewQueueEntry {
  const draft = draftFromPost(item);
  // A "Läs även" of a queued post leads to a post of the site: it is judged when the article is published.
  const checklist = checkArticle(draft, { newsroom: readSettings(deps.db).newsroom, linkedArticle: () => ({ state: 'ready' }) });
  const errors = checklist.filter((found) => found.severity === 'error').length;
  return {
    postId: item.postId,
    title: draft.headline,
    authorName: item.author.name,
    kind: draft.kind,
    submittedGmt: new Date(gmtIso(item.modifiedGmt)).toISOString(),
    words: postWords(draft),
    checklist: { errors, warnings: checklist.length - errors },
    articleId: articleForPost(deps.db, siteId, item.postId),
  };
}

function siteView(deps: ReviewDeps, site: StoredSite, error: SpaltError | null): ReviewQueueSite {
  const account = lastKnownAccount(deps.db, site);
  const cached = getQueueCache(deps.db, site.id);
  const mayReview = error?.code === 'wp_cannot_review' ? false : (account?.capabilities.editOthersPosts ?? null);
  const items = (cached?.items ?? []).map((item) => ({ ...item, articleId: articleForPost(deps.db, site.id, item.postId) }));
  return {
    siteId: site.id,
    siteName: site.name,
    role: account?.user.role ?? '',
    mayReview,
    fetchedAt: cached?.fetchedAt ?? null,
    items,
    error: error?.toValue() ?? null,
  };
}

/** Every site's queue as last read. */
export function cachedQueues(deps: ReviewDeps): ReviewQueueSite[] {
  return listSites(deps.db).map((site) => siteView(deps, site, null));
}

/** Reads the site's queue now; offline (or refused) the list read before stays, with why. */
export async function refreshQueue(deps: ReviewDeps, siteId: string): Promise<ReviewQueueSite> {
  const site = getSite(deps.db, siteId);
  try {
    const client = await clientForSite(deps.sites, siteId);
    // With no list kept from before, the first page is shown as soon as it is read; a list kept
    // is shown whole meanwhile instead, never cut to one page.
    const showFirst =
      getQueueCache(deps.db, siteId) === null
        ? (first: ReviewQueueItem[]) =>
            emitQueueFirstPage(deps.events, { ...siteView(deps, site, null), items: first.map((item) => entryOf(deps, siteId, item)) })
        : undefined;
    const items = await listReviewQueue(client, showFirst);
    saveQueueCache(deps.db, siteId, { fetchedAt: deps.now(), items: items.map((item) => entryOf(deps, siteId, item)) });
    emitReviewChanged(deps.events, siteId, null);
    return siteView(deps, site, null);
  } catch (error) {
    if (!(error instanceof SpaltError)) throw error;
    return siteView(deps, site, error);
  }
}
