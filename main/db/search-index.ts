/**
 * The articles' search index kept off the save's path: a save marks its article in
 * article_search_pending (same transaction), and catchUp() brings those entries up to date
 * from the saved rows, in one transaction, right after the save and before any search.
 */
import type { Database } from 'better-sqlite3';
import { statement } from './statements';

export function indexLater(db: Database, seq: number): void {
  statement(db, 'INSERT OR IGNORE INTO article_search_pending (article_seq) VALUES (?)').run(seq);
}

/** Writes the search entry of every article marked since; returns how many. */
export function catchUp(db: Database): number {
  const pending = statement(db, 'SELECT article_seq FROM article_search_pending').pluck();
  if (pending.get() === undefined) return 0;
  return db.transaction(() => {
    const seqs = pending.all() as number[];
    const remove = db.prepare('DELETE FROM article_search WHERE rowid = ?');
    // The same columns a save used to index directly: bylines' names and the sponsor share one.
    const insert = db.prepare(
      `INSERT INTO article_search (rowid, kicker, headline, lead, body, byline)
       SELECT seq, kicker, headline, lead, body_text, byline || ' ' || sponsor FROM articles WHERE seq = ?`,
    );
    const done = db.prepare('DELETE FROM article_search_pending WHERE article_seq = ?');
    for (const seq of seqs) {
      remove.run(seq);
      insert.run(seq);
      done.run(seq);
    }
    return seqs.length;
  })();
}
