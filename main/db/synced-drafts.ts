/**
 * The common ancestor of a three-way merge (synced_drafts): per article and site, the draft as
 * last sent to the site or read from it, with the block markup the site holds for it.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../shared/article/article';

export interface SyncedDraft {
  draft: ArticleDraft;
  /** The header blocks (label, main photo, lead, bylines, sponsor) as the site holds them. */
  header: string[];
  /** Each body block's markup as the site holds it, in the draft's order ('' where a block wrote none). */
  blocks: string[];
  syncedAt: string;
}

interface SyncedDraftRow {
  draft: string;
  header: string;
  blocks: string;
  synced_at: string;
}

export function getSyncedDraft(db: Database, siteId: string, articleId: string): SyncedDraft | null {
  const row = db
    .prepare('SELECT draft, header, blocks, synced_at FROM synced_drafts WHERE site_id = @siteId AND article_id = @articleId')
    .get({
      siteId,
      articleId,
    }) as SyncedDraftRow | undefined;
  if (!row) return null;
  return {
    draft: JSON.parse(row.draft) as ArticleDraft,
    header: JSON.parse(row.header) as string[],
    blocks: JSON.parse(row.blocks) as string[],
    syncedAt: row.synced_at,
  };
}

export function recordSyncedDraft(db: Database, siteId: string, articleId: string, synced: SyncedDraft): void {
  db.prepare(
    `INSERT INTO synced_drafts (site_id, article_id, draft, header, blocks, synced_at)
     VALUES (@siteId, @articleId, @draft, @header, @blocks, @syncedAt)
     ON CONFLICT (site_id, article_id) DO UPDATE SET draft = excluded.draft, header = excluded.header, blocks = excluded.blocks,
       synced_at = excluded.synced_at`,
  ).run({
    siteId,
    articleId,
    draft: JSON.stringify(synced.draft),
    header: JSON.stringify(synced.header),
    blocks: JSON.stringify(synced.blocks),
    syncedAt: synced.syncedAt,
  });
}

/** A new post (the old one gone) has no ancestor: the next change on both sides is compared, not merged. */
export function forgetSyncedDraft(db: Database, siteId: string, articleId: string): void {
  db.prepare('DELETE FROM synced_drafts WHERE site_id = @siteId AND article_id = @articleId').run({ siteId, articleId });
}
