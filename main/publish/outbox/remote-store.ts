/**
 * What Spalt has put on each site (remote_photos, remote_posts) and what it last read from it
 * (publish_site_cache), in SQLite (migrations 0080 and 0090). Each intent ('uploading', 'creating',
 * `sending`) is written before its request goes out, so an outcome that was never learned is
 * looked up on the site instead of being sent again.
 */
import type { Database } from 'better-sqlite3';
import type { SiteAuthor, SiteTerm } from '../../../shared/publish/publish';
import type { SiteCapabilities } from '../../../shared/publish/site';

/** The texts a media item was sent with. */
export interface MediaTexts {
  alt_text: string;
  caption: string;
  description: string;
  title: string;
}

export interface RemotePhoto {
  hash: string;
  state: 'uploading' | 'uploaded';
  mediaId: number | null;
  sourceUrl: string | null;
  /** 'uploaded': the texts on the site; 'uploading': the texts the unanswered upload carried. */
  sent: MediaTexts | null;
}

interface PhotoRow {
  hash: string;
  state: RemotePhoto['state'];
  media_id: number | null;
  source_url: string | null;
  sent: string | null;
}

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function getRemotePhoto(db: Database, siteId: string, hash: string): RemotePhoto | null {
  const row = db.prepare('SELECT hash, state, media_id, source_url, sent FROM remote_photos WHERE site_id = ? AND hash = ?').get(siteId, hash) as
    | PhotoRow
    | undefined;
  return row ? { hash: row.hash, state: row.state, mediaId: row.media_id, sourceUrl: row.source_url, sent: parse(row.sent) } : null;
}

/** Written before an upload is sent. */
export function markPhotoUploading(db: Database, siteId: string, hash: string, texts: MediaTexts, now: string): void {
  db.prepare(
    `INSERT INTO remote_photos (site_id, hash, state, sent, updated_at) VALUES (?, ?, 'uploading', ?, ?)
     ON CONFLICT (site_id, hash) DO UPDATE SET state = 'uploading', media_id = NULL, source_url = NULL, sent = excluded.sent,
       updated_at = excluded.updated_at`,
  ).run(siteId, hash, JSON.stringify(texts), now);
}

/** The photo is on the site as this media item; `sent` null means its texts are unknown and will be sent again. */
export function recordPhotoUploaded(
  db: Database,
  siteId: string,
  hash: string,
  media: { mediaId: number; sourceUrl: string; sent: MediaTexts | null },
  now: string,
): void {
  db.prepare(
    `INSERT INTO remote_photos (site_id, hash, state, media_id, source_url, sent, updated_at) VALUES (?, ?, 'uploaded', ?, ?, ?, ?)
     ON CONFLICT (site_id, hash) DO UPDATE SET state = 'uploaded', media_id = excluded.media_id, source_url = excluded.source_url,
       sent = excluded.sent, updated_at = excluded.updated_at`,
  ).run(siteId, hash, media.mediaId, media.sourceUrl, media.sent === null ? null : JSON.stringify(media.sent), now);
}

export function forgetRemotePhoto(db: Database, siteId: string, hash: string): void {
  db.prepare('DELETE FROM remote_photos WHERE site_id = ? AND hash = ?').run(siteId, hash);
}

/** A post as the site stored it, the fields a conflict is judged on. */
export interface PostSnapshot {
  title: string;
  excerpt: string;
  content: string;
  status: string;
  slug: string;
  categories: number[];
  tags: number[];
  featured_media: number;
  /** The post's author; absent in snapshots taken before Spalt kept it (then not compared). */
  author?: number;
  /** When the post goes (or went) out, UTC; absent in older snapshots. Never compared: a link to it needs it. */
  date_gmt?: string;
}

/** The texts of an update whose answer may never have come. */
export interface SentTexts {
  title: string;
  excerpt: string;
  content: string;
}

export interface RemotePost {
  state: 'creating' | 'created' | 'synced' | 'gone';
  /** The marker slug the post was (or is being) created with. */
  marker: string;
  postId: number | null;
  link: string | null;
  status: string | null;
  modifiedGmt: string | null;
  revision: number | null;
  synced: PostSnapshot | null;
  sending: SentTexts | null;
  syncedAt: string | null;
}

interface PostRow {
  state: RemotePost['state'];
  marker: string;
  post_id: number | null;
  link: string | null;
  status: string | null;
  modified_gmt: string | null;
  revision: number | null;
  synced: string | null;
  sending: string | null;
  synced_at: string | null;
}

export function getRemotePost(db: Database, siteId: string, articleId: string): RemotePost | null {
  const row = db.prepare('SELECT * FROM remote_posts WHERE site_id = ? AND article_id = ?').get(siteId, articleId) as PostRow | undefined;
  if (!row) return null;
  return {
    state: row.state,
    marker: row.marker,
    postId: row.post_id,
    link: row.link,
    status: row.status,
    modifiedGmt: row.modified_gmt,
    revision: row.revision,
    synced: parse(row.synced),
    sending: parse(row.sending),
    syncedAt: row.synced_at,
  };
}

/** Written before a new post is created with the marker slug. */
export function markPostCreating(db: Database, siteId: string, articleId: string, marker: string, now: string): void {
  db.prepare(
    `INSERT INTO remote_posts (site_id, article_id, state, marker, updated_at) VALUES (?, ?, 'creating', ?, ?)
     ON CONFLICT (site_id, article_id) DO UPDATE SET state = 'creating', marker = excluded.marker, post_id = NULL, link = NULL,
       status = NULL, modified_gmt = NULL, revision = NULL, synced = NULL, sending = NULL, synced_at = NULL,
       updated_at = excluded.updated_at`,
  ).run(siteId, articleId, marker, now);
}

export interface PostState {
  postId: number;
  link: string;
  status: string;
  modifiedGmt: string;
  snapshot: PostSnapshot;
}

/**
 * The post exists on the site: 'created' (a draft made from the marker, its asked-for status
 * still to come) or 'synced' with the revision sent.
 */
export function recordPost(
  db: Database,
  siteId: string,
  articleId: string,
  post: PostState & { state: 'created' | 'synced'; revision: number | null },
  now: string,
): void {
  db.prepare(
    `UPDATE remote_posts SET state = @state, post_id = @postId, link = @link, status = @status, modified_gmt = @modifiedGmt,
       revision = coalesce(@revision, revision), synced = @synced, sending = NULL,
       synced_at = CASE WHEN @state = 'synced' THEN @now ELSE synced_at END, updated_at = @now
     WHERE site_id = @siteId AND article_id = @articleId`,
  ).run({ ...post, synced: JSON.stringify(post.snapshot), siteId, articleId, now });
}

/** Written before an update is sent. */
export function markPostSending(db: Database, siteId: string, articleId: string, sending: SentTexts, now: string): void {
  db.prepare('UPDATE remote_posts SET sending = ?, updated_at = ? WHERE site_id = ? AND article_id = ?').run(
    JSON.stringify(sending),
    now,
    siteId,
    articleId,
  );
}

export function markPostGone(db: Database, siteId: string, articleId: string, now: string): void {
  db.prepare(`UPDATE remote_posts SET state = 'gone', sending = NULL, updated_at = ? WHERE site_id = ? AND article_id = ?`).run(now, siteId, articleId);
}

/**
 * What another article's publish just read of this post (as a "Läs även" target): its address,
 * status and date now. Only a post Spalt has made is touched; what a conflict is judged on stays.
 */
export function recordLinkedPost(
  db: Database,
  siteId: string,
  articleId: string,
  post: { link: string; status: string; dateGmt: string | null },
  now: string,
): void {
  db.prepare(
    `UPDATE remote_posts SET link = @link, status = @status, updated_at = @now,
       synced = CASE WHEN synced IS NULL OR @dateGmt IS NULL THEN synced ELSE json_set(synced, '$.date_gmt', @dateGmt) END
     WHERE site_id = @siteId AND article_id = @articleId AND state IN ('created', 'synced')`,
  ).run({ ...post, siteId, articleId, now });
}

export function forgetRemotePost(db: Database, siteId: string, articleId: string): void {
  db.prepare('DELETE FROM remote_posts WHERE site_id = ? AND article_id = ?').run(siteId, articleId);
}

export interface SiteCache {
  fetchedAt: string;
  user: { id: number; name: string; role: string };
  capabilities: SiteCapabilities;
  categories: SiteTerm[];
  tags: SiteTerm[];
  /** Who a post may be published under; empty when the role may not choose. */
  authors: SiteAuthor[];
}

export function saveSiteCache(db: Database, siteId: string, cache: SiteCache): void {
  db.prepare(
    `INSERT INTO publish_site_cache (site_id, fetched_at, user, capabilities, categories, tags, authors) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (site_id) DO UPDATE SET fetched_at = excluded.fetched_at, user = excluded.user, capabilities = excluded.capabilities,
       categories = excluded.categories, tags = excluded.tags, authors = excluded.authors`,
  ).run(
    siteId,
    cache.fetchedAt,
    JSON.stringify(cache.user),
    JSON.stringify(cache.capabilities),
    JSON.stringify(cache.categories),
    JSON.stringify(cache.tags),
    JSON.stringify(cache.authors),
  );
}

export function getSiteCache(db: Database, siteId: string): SiteCache | null {
  const row = db.prepare('SELECT * FROM publish_site_cache WHERE site_id = ?').get(siteId) as
    | { fetched_at: string; user: string; capabilities: string; categories: string; tags: string; authors: string | null }
    | undefined;
  if (!row) return null;
  return {
    fetchedAt: row.fetched_at,
    user: JSON.parse(row.user) as SiteCache['user'],
    capabilities: JSON.parse(row.capabilities) as SiteCapabilities,
    categories: JSON.parse(row.categories) as SiteTerm[],
    tags: JSON.parse(row.tags) as SiteTerm[],
    authors: parse<SiteAuthor[]>(row.authors) ?? [],
  };
}
