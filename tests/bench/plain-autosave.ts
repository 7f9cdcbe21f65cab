/**
 * The floor under Spalt's autosave: the same rows a save writes (the article row, its history
 * entry, its search-index marker), written by plain better-sqlite3 into a database with the
 * same schema and the same pragmas (WAL, synchronous=FULL), on the same disk, with nothing else:
 * no contract validation, no parse of the body, no JSON made during the timing.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { migrate } from '../../main/db/migrations';

export interface SavedRow {
  headline: string;
  bodyJson: string;
  bodyText: string;
  draftJson: string;
}

export interface PlainWriter {
  /** Writes the rows as save number `revision` would; returns its milliseconds. */
  save: (revision: number) => number;
  close: () => void;
}

export function openPlainWriter(dir: string, row: SavedRow): PlainWriter {
  const file = join(dir, 'plain.sqlite');
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db, file);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO articles (seq, id, kind, body, revision, created_at, updated_at) VALUES (1, 'plain', 'news', '{}', 0, ?, ?)`).run(
    now,
    now,
  );
  db.prepare(`INSERT INTO article_revisions (article_seq, revision, session_id, saved_at, draft) VALUES (1, 0, 's', ?, '{}')`).run(now);
  const update = db.prepare(
    `UPDATE articles SET kind = ?, kicker = ?, headline = ?, lead = ?, byline = ?, bylines = ?, label = ?,
       disclaimer = ?, sponsor = ?, main_photo_id = ?, body = ?, body_text = ?, revision = ?, updated_at = ? WHERE seq = 1`,
  );
  const mark = db.prepare('INSERT OR IGNORE INTO article_search_pending (article_seq) VALUES (1)');
  const unmark = db.prepare('DELETE FROM article_search_pending');
  const revise = db.prepare('UPDATE article_revisions SET revision = ?, draft = ? WHERE article_seq = 1');
  const write = db.transaction((revision: number) => {
    update.run(
      'news',
      '',
      `${row.headline} ${revision}`,
      '',
      '',
      '[]',
      '',
      '',
      '',
      null,
      row.bodyJson,
      row.bodyText,
      revision,
      new Date(Date.parse(now) + revision).toISOString(),
    );
    mark.run();
    revise.run(revision, row.draftJson);
  });
  return {
    save: (revision) => {
      const start = performance.now();
      write(revision);
      const elapsed = performance.now() - start;
      // As Spalt's index catches up after each save, so the marker is written anew each time.
      unmark.run();
      return elapsed;
    },
    close: () => db.close(),
  };
}
