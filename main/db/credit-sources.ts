/**
 * The names and sources used in earlier credits (credit_sources), for autocomplete and for the
 * type a new photo credited to them is likely to have. A person of the registry is not saved
 * here: the registry already offers them.
 */
import type { Database } from 'better-sqlite3';
import type { Credit, CreditType } from '../../shared/article/photo';
import { likeStart, likeWord } from './like';

/** Remembers a credit's name and organisation for autocomplete, with the type chosen for them. */
export function rememberCreditSource(db: Database, credit: Pick<Credit, 'type' | 'name' | 'organisation' | 'personId'>, now: string): void {
  if (credit.personId !== null) return;
  const [name, organisation] = [credit.name.trim(), credit.organisation.trim()];
  if (name === '' && organisation === '') return;
  db.prepare(
    `INSERT INTO credit_sources (type, name, organisation, used_at) VALUES (@type, @name, @organisation, @now)
     ON CONFLICT (name, organisation) DO UPDATE SET type = coalesce(excluded.type, type), used_at = excluded.used_at`,
  ).run({ type: credit.type, name, organisation, now });
}

/** The type chosen the last time this name and organisation were credited, if any. */
export function savedCreditType(db: Database, name: string, organisation: string): CreditType | null {
  const row = db
    .prepare('SELECT type FROM credit_sources WHERE name = @name AND organisation = @organisation')
    .get({ name: name.trim(), organisation: organisation.trim() }) as { type: CreditType | null } | undefined;
  return row?.type ?? null;
}

export interface SavedSource {
  type: CreditType | null;
  name: string;
  organisation: string;
}

/** Saved sources whose name or organisation starts (a word) with what was typed, most recent first. */
export function savedSources(db: Database, query: string, limit: number): SavedSource[] {
  const typed = query.trim();
  return db
    .prepare(
      `SELECT type, name, organisation FROM credit_sources
       WHERE @typed = '' OR name LIKE @start ESCAPE '\\' OR name LIKE @word ESCAPE '\\'
         OR organisation LIKE @start ESCAPE '\\' OR organisation LIKE @word ESCAPE '\\'
       ORDER BY used_at DESC LIMIT @limit`,
    )
    .all({ typed, start: likeStart(typed), word: likeWord(typed), limit }) as SavedSource[];
}
