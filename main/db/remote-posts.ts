/**
 * The post Spalt made for each article on each site (remote_posts). Each intent ('creating',
 * `sending`) is written before its request goes out, so an outcome that was never learned is
 * looked up on the site instead of being sent again.
 */
import type { Database } from 'better-sqlite3';
import type { PostSnapshot } from '../../shared/publish/publish';
import { fromJsonColumn } from './json-columns';

export type { PostSnapshot };

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

interface RemotePostRow {
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

function toRemotePost(row: RemotePostRow): RemotePost {
  return {
    state: row.state,
    marker: row.marker,
    postId: row.post_id,
    link: row.link,
    status: row.status,
    modifiedGmt: row.modified_gmt,
    revision: row.revision,
    synced: fromJsonColumn(row.synced),
    sending: fromJsonColumn(row.sending),
    syncedAt: row.synced_at,
  };
}

export function getRemotePost(db: Database, siteId: string, articleId: string): RemotePost | null {
  const row = db.prepare('SELECT * FROM remote_posts WHERE site_id = @siteId AND article_id = @articleId').get({ siteId, articleId }) as
    RemotePostRow | undefined;
  return row ? toRemotePost(row) : null;
}

/** Written before a new post is created with the marker slug. */
export function markPostCreating(db: Database, siteId: string, articleId: string, marker: string, now: string): void {
  db.prepare(
    `INSERT INTO remote_posts (site_id, article_id, state, marker, updated_at) VALUES (@siteId, @articleId, 'creating', @marker, @now)
     ON CONFLICT (site_id, article_id) DO UPDATE SET state = 'creating', marker = excluded.marker, post_id = NULL, link = NULL,
       status = NULL, modified_gmt = NULL, revision = NULL, synced = NULL, sending = NULL, synced_at = NULL,
       updated_at = excluded.updated_at`,
  ).run({ siteId, articleId, marker, now });
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
  ).run({
    state: post.state,
    postId: post.postId,
    link: post.link,
    status: post.status,
    modifiedGmt: post.modifiedGmt,
    revision: post.revision,
    synced: JSON.stringify(post.snapshot),
    siteId,
    articleId,
    now,
  });
}

/** Written before an update is sent. */
export function markPostSending(db: Database, siteId: string, articleId: string, sending: SentTexts, now: string): void {
  db.prepare('UPDATE remote_posts SET sending = @sending, updated_at = @now WHERE site_id = @siteId AND article_id = @articleId').run({
    sending: JSON.stringify(sending),
    now,
    siteId,
    articleId,
  });
}

export function markPostGone(db: Database, siteId: string, articleId: string, now: string): void {
  db.prepare(
    `UPDATE remote_posts SET state = 'gone', sending = NULL, updated_at = @now WHERE site_id = @siteId AND article_id = @articleId`,
  ).run({
    now,
    siteId,
    articleId,
  });
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
  ).run({ link: post.link, status: post.status, dateGmt: post.dateGmt, siteId, articleId, now });
}

export function forgetRemotePost(db: Database, siteId: string, articleId: string): void {
  db.prepare('DELETE FROM remote_posts WHERE site_id = @siteId AND article_id = @articleId').run({ siteId, articleId });
}

/**
 * The article's address on the site where it was last published (several sites: the one
 * synced most recently), or null when it is published nowhere.
 */
export function lastPublishedLink(db: Database, articleId: string): string | null {
  const link = db
    .prepare(
      `SELECT link FROM remote_posts
       WHERE article_id = @articleId AND state IN ('created', 'synced') AND status = 'publish' AND link IS NOT NULL AND link != ''
       ORDER BY synced_at DESC, updated_at DESC LIMIT 1`,
    )
    .pluck()
    .get({ articleId }) as string | undefined;
  return link ?? null;
}
