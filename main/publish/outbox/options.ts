/**
 * publish.options: what the publish dialog offers for an article and a site. The site is
 * asked for the user, the role's capabilities, categories, tags and (for a role that may publish
 * in others' names) the users a post can carry as its author; when it cannot be reached
 * (on the bus), the last answer is used and the error is shown, so a publish can still be
 * queued offline.
 */
import type { Database } from 'better-sqlite3';
import { blocksPublishing } from '../../../shared/article/checklist';
import type { ArticleDraft } from '../../../shared/article/article';
import type { Photo } from '../../../shared/article/photo';
import { SpaltError } from '../../../shared/errors';
import { slugify } from '../../../shared/format/slug';
import { suggestAuthor } from '../../../shared/publish/authors';
import type { PublishOptions, SiteAuthor, SiteTerm } from '../../../shared/publish/publish';
import { primaryRole } from '../../../shared/publish/roles';
import type { SiteCapabilities } from '../../../shared/publish/site';
import { getArticle } from '../../db/articles';
import { activeJob } from '../../db/outbox';
import { getSite, type StoredSite } from '../../db/sites';
import { clientForSite } from '../sites';
import type { WordPressClient } from '../wordpress/client';
import { WordPressError } from '../wordpress/errors';
import type { SiteUser, Term } from '../wordpress/schemas';
import { capabilitiesOf, decodeTermName } from './check';
import { postTitle } from './content';
import type { OutboxDeps } from './context';
import { articlePhotoIds, libraryPhoto, photoWork } from './photos';
import { refreshLinkedPosts } from './read-also';
import { getRemotePost } from '../../db/remote-posts';
import { getSiteCache, saveSiteCache, type SiteCache } from '../../db/site-cache';
import { checklistFor, draftOf, remotePostInfo, toPublishJob } from './view';

const unknownCapabilities: SiteCapabilities = {
  publishPosts: null,
  uploadFiles: null,
  createCategories: null,
  createTags: null,
  editOthersPosts: null,
};

const toSiteTerm = (term: Term): SiteTerm => ({ id: term.id, name: decodeTermName(term.name), parent: term.parent ?? 0 });
const toSiteAuthor = (user: SiteUser): SiteAuthor => ({ id: user.id, name: decodeTermName(user.name), slug: user.slug });

/**
 * The users the role may publish under. Only asked of a role that may edit others' posts (the
 * only ones WordPress lets choose); a role Spalt cannot judge that the site refuses has none.
 */
async function readAuthors(client: WordPressClient, capabilities: SiteCapabilities): Promise<SiteAuthor[]> {
  if (capabilities.editOthersPosts === false) return [];
  try {
    return (await client.listAuthors()).map(toSiteAuthor);
  } catch (error) {
    if (error instanceof WordPressError && error.status === 403) return [];
    throw error;
  }
}

/** The dialog waits less for a slow site than a publish does: it falls back to what it read last time. */
const dialogTimeouts = { requestMs: 10_000, perMegabyteMs: 0 };

async function readSite(deps: OutboxDeps, siteId: string, draft: ArticleDraft): Promise<SiteCache> {
  const client = await clientForSite({ ...deps.sites, client: { ...deps.sites.client, timeouts: dialogTimeouts } }, siteId);
  // The "Läs även" posts as they are now, for the checklist; meanwhile the rest is read.
  const linked = refreshLinkedPosts(deps.db, client, siteId, draft, deps.now());
  // The authors wait for the user's capabilities; categories and tags are read meanwhile.
  const account = client.me().then(async (user) => ({ user, authors: await readAuthors(client, capabilitiesOf(user)) }));
  const [{ user, authors }, categories, tags] = await Promise.all([account, client.listCategories(), client.listTags(), linked]);
  const cache: SiteCache = {
    fetchedAt: deps.now(),
    user: { id: user.id, name: user.name, role: primaryRole(user.roles ?? []) },
    capabilities: capabilitiesOf(user),
    categories: categories.map(toSiteTerm),
    tags: tags.map(toSiteTerm),
    authors,
  };
  saveSiteCache(deps.db, siteId, cache);
  return cache;
}

/** Without a cache, the last connection test still tells the user and the role. */
function fromLastCheck(site: StoredSite): Pick<SiteCache, 'user' | 'capabilities'> | null {
  const check = site.lastCheck;
  if (!check?.ok) return null;
  const { user, role, capabilities } = check.report;
  return { user: { id: user.id, name: user.name, role }, capabilities };
}

/** Who the user is on the site and what the role may do, as last read (offline too), or null when never. */
export function lastKnownAccount(db: Database, site: StoredSite): Pick<SiteCache, 'user' | 'capabilities'> | null {
  return getSiteCache(db, site.id) ?? fromLastCheck(site);
}

export async function publishOptions(deps: OutboxDeps, articleId: string, siteId: string): Promise<PublishOptions> {
  const { db, now } = deps;
  const article = getArticle(db, articleId);
  const site = getSite(db, siteId);
  const draft = draftOf(article);

  let cache: SiteCache | null;
  let remote: PublishOptions['remote'];
  try {
    cache = await readSite(deps, siteId, draft);
    remote = { fresh: true, fetchedAt: cache.fetchedAt, error: null };
  } catch (error) {
    if (!(error instanceof SpaltError)) throw error;
    cache = getSiteCache(db, siteId);
    remote = { fresh: false, fetchedAt: cache?.fetchedAt ?? null, error: error.toValue() };
  }
  const known = cache ?? fromLastCheck(site);
  const capabilities = known?.capabilities ?? unknownCapabilities;
  const mayPublish = capabilities.publishPosts !== false;

  const checklist = checklistFor(db, articleId, draft, now(), site);
  const photos = articlePhotoIds(draft).flatMap((id): Photo[] => {
    try {
      return [libraryPhoto(db, id, now())];
    } catch {
      return [];
    }
  });
  const stored = getRemotePost(db, siteId, articleId);
  const job = activeJob(db, articleId, siteId);
  const authors = capabilities.editOthersPosts === false ? [] : (cache?.authors ?? []);
  const postAuthor = stored && stored.state !== 'gone' ? (stored.synced?.author ?? null) : null;
  return {
    articleId,
    siteId,
    articleTitle: postTitle(draft.kicker, draft.headline),
    siteName: site.name,
    siteAddress: site.address,
    remote,
    user: known?.user ?? null,
    capabilities,
    actions: { draft: true, pending: true, publish: mayPublish, schedule: mayPublish },
    categories: cache?.categories ?? [],
    tags: cache?.tags ?? [],
    authors,
    suggestedAuthor: suggestAuthor({ bylines: draft.bylines, authors, postAuthor, userId: known?.user.id ?? null }),
    checklist,
    blocked: blocksPublishing(checklist),
    photos: { total: photos.length, ...photoWork(db, siteId, photos) },
    existingPost: stored && stored.state !== 'creating' ? remotePostInfo(stored, article.revision) : null,
    activeJob: job ? toPublishJob(job, site.name) : null,
    suggestedSlug: slugify(draft.headline, 200),
    revision: article.revision,
  };
}
