/**
 * Which photos Spalt has put on each site (remote_photos), by content hash. 'uploading' is
 * written before an upload goes out, so an outcome never learned is looked up on the site
 * instead of uploading a second copy.
 */
import type { Database } from 'better-sqlite3';
import { fromJsonColumn, toJsonColumn } from './json-columns';

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

interface RemotePhotoRow {
  hash: string;
  state: RemotePhoto['state'];
  media_id: number | null;
  source_url: string | null;
  sent: string | null;
}

function toRemotePhoto(row: RemotePhotoRow): RemotePhoto {
  return {
    hash: row.hash,
    state: row.state,
    mediaId: row.media_id,
    sourceUrl: row.source_url,
    sent: fromJsonColumn(row.sent),
  };
}

export function getRemotePhoto(db: Database, siteId: string, hash: string): RemotePhoto | null {
  const row = db
    .prepare('SELECT hash, state, media_id, source_url, sent FROM remote_photos WHERE site_id = @siteId AND hash = @hash')
    .get({ siteId, hash }) as RemotePhotoRow | undefined;
  return row ? toRemotePhoto(row) : null;
}

/** Written before an upload is sent. */
export function markPhotoUploading(db: Database, siteId: string, hash: string, texts: MediaTexts, now: string): void {
  db.prepare(
    `INSERT INTO remote_photos (site_id, hash, state, sent, updated_at) VALUES (@siteId, @hash, 'uploading', @sent, @now)
     ON CONFLICT (site_id, hash) DO UPDATE SET state = 'uploading', media_id = NULL, source_url = NULL, sent = excluded.sent,
       updated_at = excluded.updated_at`,
  ).run({ siteId, hash, sent: JSON.stringify(texts), now });
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
    `INSERT INTO remote_photos (site_id, hash, state, media_id, source_url, sent, updated_at)
     VALUES (@siteId, @hash, 'uploaded', @mediaId, @sourceUrl, @sent, @now)
     ON CONFLICT (site_id, hash) DO UPDATE SET state = 'uploaded', media_id = excluded.media_id, source_url = excluded.source_url,
       sent = excluded.sent, updated_at = excluded.updated_at`,
  ).run({ siteId, hash, mediaId: media.mediaId, sourceUrl: media.sourceUrl, sent: toJsonColumn(media.sent), now });
}

export function forgetRemotePhoto(db: Database, siteId: string, hash: string): void {
  db.prepare('DELETE FROM remote_photos WHERE site_id = @siteId AND hash = @hash').run({ siteId, hash });
}
