import type { Database } from 'better-sqlite3';

/**
 * Structured bylines (role, name, person) and the kind's label, disclaimer and sponsor. The
 * old free-text byline becomes one "Text" byline; its column now holds the names for search.
 */
export default function updateToSchemaVersion40(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN bylines TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN label TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN disclaimer TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN sponsor TEXT NOT NULL DEFAULT '';

    UPDATE articles
      SET bylines = json_array(json_object('role', 'text', 'name', trim(byline), 'personId', NULL))
      WHERE trim(byline) != '';
  `);
}
