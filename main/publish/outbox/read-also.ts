/**
 * "Läs även" to an article of the library, on the site a publish goes to. Such a link resolves
 * to the linked article's own post there, and only once readers can see that post:
 *  - published there: its address (the permalink);
 *  - scheduled there: only for a publish scheduled at the same time or later (then its address,
 *    which WordPress turns into the permalink when it goes out);
 *  - anything else (never sent there, a draft, in review, private, deleted on the site): no
 *    address, so the publish is refused, whatever its action (an editor may make a draft or a
 *    review public at once).
 * The dialog and publish.start judge by what Spalt last read of the linked post; the job's
 * check step reads it from the site again, so a job queued before the post was deleted or
 * unpublished there stops instead of sending a dead link.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../../shared/article/article';
import type { LinkedArticle } from '../../../shared/article/checklist';
import { readAlsoArticles, type ReadAlsoAddresses, type ReadAlsoArticle } from '../../../shared/document/read-also-links';
import { SpaltError } from '../../../shared/errors';
import { newsroomDateAndTime } from '../../../shared/format/date';
import type { PublishAction } from '../../../shared/publish/publish';
import type { WordPressClient } from '../wordpress/client';
import { WordPressError } from '../wordpress/errors';
import type { Post } from '../wordpress/schemas';
import { articlePresence } from '../../db/articles';
import { getRemotePost, markPostGone, recordLinkedPost } from '../../db/remote-posts';

/** A linked article's post on one site, as far as readers are concerned. */
type SitePost = { state: 'published'; link: string } | { state: 'scheduled'; link: string; dateGmt: string | null } | { state: 'absent' };

const absent: SitePost = { state: 'absent' };

export interface SiteRef {
  id: string;
  name: string;
}

/** What the publish asks for: when the linking article can first be seen. */
export interface PublishTiming {
  action: PublishAction;
  scheduledGmt: string | null;
}

function sitePost(status: string | null, link: string | null, dateGmt: string | null): SitePost {
  if (link === null || link === '') return absent;
  if (status === 'publish') return { state: 'published', link };
  if (status === 'future') return { state: 'scheduled', link, dateGmt };
  return absent;
}

/** The linked article's post on the site as Spalt last read it. */
function storedPost(db: Database, siteId: string, articleId: string): SitePost {
  const remote = getRemotePost(db, siteId, articleId);
  if (!remote || remote.state === 'gone' || remote.state === 'creating') return absent;
  return sitePost(remote.status, remote.link, remote.synced?.date_gmt ?? null);
}

/** "2027-01-15 05:00", Stockholm time, from WordPress's date_gmt. */
const localTime = (dateGmt: string | null) => (dateGmt === null ? '—' : newsroomDateAndTime(Date.parse(`${dateGmt}Z`)));

/** For the checklist of the publish dialog and publish.start: where each linked article stands on the site. */
export function linkedArticleOnSite(db: Database, site: SiteRef): (articleId: string) => LinkedArticle {
  return (articleId) => {
    const library = articlePresence(db, articleId);
    if (library !== 'present') return { state: library };
    const post = storedPost(db, site.id, articleId);
    if (post.state === 'published') return { state: 'ready' };
    if (post.state === 'scheduled') return { state: 'scheduled', site: site.name, time: localTime(post.dateGmt) };
    return { state: 'notOnSite', site: site.name };
  };
}

/** The linked post's address for this publish, or the refusal that says what to do. */
function addressFor(post: SitePost, link: ReadAlsoArticle, site: SiteRef, timing: PublishTiming): string {
  if (post.state === 'published') return post.link;
  const details = { title: link.title, site: site.name };
  if (post.state === 'absent') throw new SpaltError('publish_read_also_unpublished', details);
  const goesOut = post.dateGmt === null ? null : Date.parse(`${post.dateGmt}Z`);
  const scheduledAfter =
    timing.action === 'schedule' && timing.scheduledGmt !== null && (goesOut === null || goesOut <= Date.parse(timing.scheduledGmt));
  if (!scheduledAfter) throw new SpaltError('publish_read_also_scheduled', { ...details, time: localTime(post.dateGmt) });
  return post.link;
}

/** Each linked article once, in reading order. */
function distinctLinks(draft: ArticleDraft): ReadAlsoArticle[] {
  const seen = new Set<string>();
  return readAlsoArticles(draft.body).filter((link) => !seen.has(link.articleId) && seen.add(link.articleId));
}

/** publish.start: refuses a publish whose "Läs även" would lead nowhere when readers first see it (as last read). */
export function refuseUnreadyLinks(db: Database, site: SiteRef, draft: ArticleDraft, timing: PublishTiming): void {
  for (const link of distinctLinks(draft)) {
    if (articlePresence(db, link.articleId) === 'missing') throw new SpaltError('publish_read_also_missing', { title: link.title });
    addressFor(storedPost(db, site.id, link.articleId), link, site, timing);
  }
}

/** Sends one request to the site; the check step passes its own, which honours cancelling and stopping. */
export type SiteCall = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * Reads a linked post on the site and records what it is now (address, status, date). Null
 * when it is deleted or in the trash there (then recorded as gone), or hidden from this user
 * (so not public either).
 */
async function readLinkedPost(
  db: Database,
  client: WordPressClient,
  siteId: string,
  articleId: string,
  now: string,
  call: SiteCall,
): Promise<Post | null> {
  const remote = getRemotePost(db, siteId, articleId);
  const postId = remote?.postId ?? null;
  // Found gone earlier: only the linked article's own publish finds out whether it is back.
  if (postId === null || (remote?.state !== 'created' && remote?.state !== 'synced')) return null;
  try {
    const post = await call(() => client.viewPost(postId));
    recordLinkedPost(db, siteId, articleId, { link: post.link, status: post.status, dateGmt: post.date_gmt }, now);
    return post;
  } catch (error) {
    if (!(error instanceof WordPressError)) throw error;
    if (error.code === 'wp_post_gone') {
      markPostGone(db, siteId, articleId, now);
      return null;
    }
    if (error.status === 403) return null;
    throw error;
  }
}

/**
 * The check step: every linked article's post read from the site now, and the job refused
 * (before anything is written to the site) when one would be a dead link.
 */
export async function checkLinkedPosts(
  deps: { db: Database; now: () => string },
  client: WordPressClient,
  job: { siteId: string; siteName: string; draft: ArticleDraft } & PublishTiming,
  call: SiteCall,
): Promise<void> {
  const site = { id: job.siteId, name: job.siteName };
  for (const link of distinctLinks(job.draft)) {
    if (articlePresence(deps.db, link.articleId) === 'missing') throw new SpaltError('publish_read_also_missing', { title: link.title });
    const post = await readLinkedPost(deps.db, client, job.siteId, link.articleId, deps.now(), call);
    addressFor(post ? sitePost(post.status, post.link, post.date_gmt) : absent, link, site, job);
  }
}

/**
 * The publish dialog: the linked posts read again when the site answers, so the checklist
 * judges by what is there now. A post that cannot be read keeps what Spalt knew.
 */
export async function refreshLinkedPosts(
  db: Database,
  client: WordPressClient,
  siteId: string,
  draft: ArticleDraft,
  now: string,
): Promise<void> {
  await Promise.all(
    distinctLinks(draft).map((link) => readLinkedPost(db, client, siteId, link.articleId, now, (call) => call()).catch(() => null)),
  );
}

/**
 * The post step: each linked article's address on the site, as the check step read it. One
 * without an address (its post deleted between the steps) stops the job.
 */
export function postAddresses(db: Database, site: SiteRef, draft: ArticleDraft): ReadAlsoAddresses {
  const addresses = new Map<string, string>();
  for (const link of distinctLinks(draft)) {
    const post = storedPost(db, site.id, link.articleId);
    if (post.state === 'absent') throw new SpaltError('publish_read_also_unpublished', { title: link.title, site: site.name });
    addresses.set(link.articleId, post.link);
  }
  return { address: (articleId) => addresses.get(articleId) ?? null, keepOwnUrl: false };
}
