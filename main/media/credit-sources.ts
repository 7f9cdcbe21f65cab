/**
 * The names and sources used in earlier credits, for autocomplete and for the type a new
 * photo credited to them is likely to have. A person of the registry is not saved here: the
 * registry already offers them.
 */
import type { Database } from 'better-sqlite3';
import type { CreditType } from '../../shared/article/photo';

/** Remembers a name and organisation for autocomplete, with the type last chosen for them. */
export function saveCreditSource(db: Database, type: CreditType | null, name: string, organisation: string, now: string): void {
  const [cleanName, cleanOrganisation] = [name.trim(), organisation.trim()];
  if (cleanName === '' && cleanOrganisation === '') return;
  db.prepare(
    `INSERT INTO credit_sources (type, name, organisation, used_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name, organisation) DO UPDATE SET type = coalesce(excluded.type, type), used_at = excluded.used_at`,
  ).run(type, cleanName, cleanOrganisation, now);
}

/** The type chosen the last time this name and organisation were credited, if any. */
export function savedCreditType(db: Database, name: string, organisation: string): CreditType | null {
  const row = db
    .prepare('SELECT type FROM credit_sources WHERE name = ? AND organisation = ?')
    .get(name.trim(), organisation.trim()) as { type: CreditType | null } | undefined;
  return row?.type ?? null;
}

export interface SavedSource {
  type: CreditType | null;
  name: string;
  organisation: string;
}

/** Saved sources whose name or organisation starts (a word) with what was typed, most recent first. */
export function savedSources(db: Database, typed: string, limit: number): SavedSource[] {
  const escaped = typed.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .prepare(
      `SELECT type, name, organisation FROM credit_sources
       WHERE @typed = '' OR name LIKE @start ESCAPE '\\' OR name LIKE @word ESCAPE '\\'
         OR organisation LIKE @start ESCAPE '\\' OR organisation LIKE @word ESCAPE '\\'
       ORDER BY used_at DESC LIMIT @limit`,
    )
    .all({ typed: typed.trim(), start: `${escaped}%`, word: `% ${escaped}%`, limit }) as SavedSource[];
}
