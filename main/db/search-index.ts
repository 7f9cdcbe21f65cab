/**
 * The articles' search index kept off the save's path: a save marks its article in
 * article_search_pending (same transaction), and catchUp() brings those entries up to date
 * from the saved rows, in one transaction, right after the save and before any search.
 */
import type { Database } from 'better-sqlite3';
import { statement } from './statements';

/** An article's entry, made from its saved row: bylines' names and the sponsor share one column. */
const writeEntry = `INSERT INTO article_search (rowid, kicker, headline, lead, body, byline)
  SELECT seq, kicker, headline, lead, body_text, byline || ' ' || sponsor FROM articles`;

export function indexLater(db: Database, seq: number): void {
  statement(db, 'INSERT OR IGNORE INTO article_search_pending (article_seq) VALUES (@seq)').run({ seq });
}

/** Writes the article's entry from its row now. */
export function indexNow(db: Database, seq: number): void {
  removeFromIndex(db, seq);
  statement(db, `${writeEntry} WHERE seq = @seq`).run({ seq });
}

export function removeFromIndex(db: Database, seq: number): void {
  statement(db, 'DELETE FROM article_search WHERE rowid = @seq').run({ seq });
}

/** Writes the search entry of every article marked since; returns how many. */
export function catchUp(db: Database): number {
  const pending = statement(db, 'SELECT article_seq FROM article_search_pending').pluck();
  if (pending.get() === undefined) return 0;
  return db.transaction(() => {
    const seqs = pending.all() as number[];
    const done = statement(db, 'DELETE FROM article_search_pending WHERE article_seq = @seq');
    for (const seq of seqs) {
      indexNow(db, seq);
      done.run({ seq });
    }
    return seqs.length;
  })();
}

/** Every article's entry made again from the rows (a recovered file). */
export function rebuildArticleSearch(db: Database): void {
  db.exec(`DELETE FROM article_search; ${writeEntry}`);
}
