import type { Database } from 'better-sqlite3';
import type { ReadAlsoAddresses } from '../../../shared/document/read-also-links';

/**
 * "Läs även" addresses for exports: the linked article's address on the site where it was
 * last published (several sites: the one synced most recently). An article published
 * nowhere has none, and the export writes its headline without a link; a block read back
 * from a site keeps the address it came with.
 */
export function exportLinkSource(db: Database): ReadAlsoAddresses {
  const published = db.prepare(
    `SELECT link FROM remote_posts
     WHERE article_id = ? AND state IN ('created', 'synced') AND status = 'publish' AND link IS NOT NULL AND link != ''
     ORDER BY synced_at DESC, updated_at DESC LIMIT 1`,
  );
  return { address: (articleId) => (published.pluck().get(articleId) as string | undefined) ?? null, keepOwnUrl: true };
}
