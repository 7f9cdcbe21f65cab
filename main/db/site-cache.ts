/** What the publish dialog last read from each site (publish_site_cache): it answers offline too. */
import type { Database } from 'better-sqlite3';
import type { SiteAuthor, SiteTerm } from '../../shared/publish/publish';
import type { SiteCapabilities } from '../../shared/publish/site';
import { fromJsonColumn } from './json-columns';

export interface SiteCache {
  fetchedAt: string;
  user: { id: number; name: string; role: string };
  capabilities: SiteCapabilities;
  categories: SiteTerm[];
  tags: SiteTerm[];
  /** Who a post may be published under; empty when the role may not choose. */
  authors: SiteAuthor[];
}

interface SiteCacheRow {
  fetched_at: string;
  user: string;
  capabilities: string;
  categories: string;
  tags: string;
  /** Null in rows written before Spalt read the site's authors. */
  authors: string | null;
}

function toSiteCache(row: SiteCacheRow): SiteCache {
  return {
    fetchedAt: row.fetched_at,
    user: JSON.parse(row.user) as SiteCache['user'],
    capabilities: JSON.parse(row.capabilities) as SiteCapabilities,
    categories: JSON.parse(row.categories) as SiteTerm[],
    tags: JSON.parse(row.tags) as SiteTerm[],
    authors: fromJsonColumn<SiteAuthor[]>(row.authors) ?? [],
  };
}

export function saveSiteCache(db: Database, siteId: string, cache: SiteCache): void {
  db.prepare(
    `INSERT INTO publish_site_cache (site_id, fetched_at, user, capabilities, categories, tags, authors)
     VALUES (@siteId, @fetchedAt, @user, @capabilities, @categories, @tags, @authors)
     ON CONFLICT (site_id) DO UPDATE SET fetched_at = excluded.fetched_at, user = excluded.user, capabilities = excluded.capabilities,
       categories = excluded.categories, tags = excluded.tags, authors = excluded.authors`,
  ).run({
    siteId,
    fetchedAt: cache.fetchedAt,
    user: JSON.stringify(cache.user),
    capabilities: JSON.stringify(cache.capabilities),
    categories: JSON.stringify(cache.categories),
    tags: JSON.stringify(cache.tags),
    authors: JSON.stringify(cache.authors),
  });
}

export function getSiteCache(db: Database, siteId: string): SiteCache | null {
  const row = db.prepare('SELECT * FROM publish_site_cache WHERE site_id = @siteId').get({ siteId }) as SiteCacheRow | undefined;
  return row ? toSiteCache(row) : null;
}
