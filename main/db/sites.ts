import type { Database } from 'better-sqlite3';
import { SpaltError } from '../../shared/errors';
import { defaultSitePage, type Site, type SiteCheck, type SitePage } from '../../shared/publish/site';

interface SiteRow {
  id: string;
  name: string;
  address: string;
  username: string;
  rest_root: string | null;
  last_check: string | null;
  theme_shows_excerpt: number;
  theme_shows_featured_image: number;
  created_at: string;
  updated_at: string;
}

/** A site as stored, with what only the core needs (where its REST API answers). */
export interface StoredSite extends Omit<Site, 'hasPassword'> {
  restRoot: string | null;
}

const columns =
  'id, name, address, username, rest_root, last_check, theme_shows_excerpt, theme_shows_featured_image, created_at, updated_at';

function toStoredSite(row: SiteRow): StoredSite {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    username: row.username,
    restRoot: row.rest_root,
    lastCheck: row.last_check === null ? null : (JSON.parse(row.last_check) as SiteCheck),
    page: { themeShowsExcerpt: row.theme_shows_excerpt === 1, themeShowsFeaturedImage: row.theme_shows_featured_image === 1 },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSites(db: Database): StoredSite[] {
  const rows = db.prepare(`SELECT ${columns} FROM sites ORDER BY name COLLATE NOCASE, seq`).all() as SiteRow[];
  return rows.map(toStoredSite);
}

/** Every site's name by its id. */
export function siteNames(db: Database): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM sites').all() as Array<{ id: string; name: string }>;
  return new Map(rows.map((row) => [row.id, row.name]));
}

export function findSite(db: Database, id: string): StoredSite | null {
  const row = db.prepare(`SELECT ${columns} FROM sites WHERE id = @id`).get({ id }) as SiteRow | undefined;
  return row ? toStoredSite(row) : null;
}

export function getSite(db: Database, id: string): StoredSite {
  const site = findSite(db, id);
  if (!site) throw new SpaltError('site_not_found', { id });
  return site;
}

export interface SiteFields {
  id: string;
  name: string;
  address: string;
  username: string;
  /** Left out: a new site gets the defaults, an existing one keeps its own. */
  page?: SitePage;
}

/** Inserts or updates; a changed address or user name forgets the REST root and the last test. */
export function saveSite(db: Database, fields: SiteFields, now: string): StoredSite {
  const existing = findSite(db, fields.id);
  const page = fields.page ?? existing?.page ?? defaultSitePage;
  const values = {
    id: fields.id,
    name: fields.name,
    address: fields.address,
    username: fields.username,
    excerpt: page.themeShowsExcerpt ? 1 : 0,
    featured: page.themeShowsFeaturedImage ? 1 : 0,
    now,
  };
  if (existing) {
    const moved = existing.address !== fields.address || existing.username !== fields.username;
    db.prepare(
      `UPDATE sites SET name = @name, address = @address, username = @username, updated_at = @now,
         theme_shows_excerpt = @excerpt, theme_shows_featured_image = @featured,
         rest_root = CASE WHEN @moved THEN NULL ELSE rest_root END,
         last_check = CASE WHEN @moved THEN NULL ELSE last_check END
       WHERE id = @id`,
    ).run({ ...values, moved: moved ? 1 : 0 });
  } else {
    db.prepare(
      `INSERT INTO sites (id, name, address, username, theme_shows_excerpt, theme_shows_featured_image, created_at, updated_at)
       VALUES (@id, @name, @address, @username, @excerpt, @featured, @now, @now)`,
    ).run(values);
  }
  return getSite(db, fields.id);
}

export function removeSite(db: Database, id: string): void {
  const result = db.prepare('DELETE FROM sites WHERE id = @id').run({ id });
  if (result.changes === 0) throw new SpaltError('site_not_found', { id });
}

/** Keeps the outcome of a connection test; a success also keeps where the REST API answered. */
export function recordCheck(db: Database, id: string, check: SiteCheck): StoredSite {
  const restRoot: string | null = check.ok ? check.report.restRoot : null;
  db.prepare('UPDATE sites SET last_check = @check, rest_root = COALESCE(@restRoot, rest_root) WHERE id = @id').run({
    check: JSON.stringify(check),
    restRoot,
    id,
  });
  return getSite(db, id);
}

/**
 * Keeps where the REST API answered, found while publishing to a site never tested. Only while
 * the site still has the address and user it was found for and no root yet: a save in the
 * meantime (a new address) must not get the old site's root back.
 */
export function rememberRestRoot(db: Database, site: Pick<StoredSite, 'id' | 'address' | 'username'>, restRoot: string): boolean {
  return (
    db
      .prepare(
        'UPDATE sites SET rest_root = @restRoot WHERE id = @id AND address = @address AND username = @username AND rest_root IS NULL',
      )
      .run({ id: site.id, address: site.address, username: site.username, restRoot }).changes > 0
  );
}
