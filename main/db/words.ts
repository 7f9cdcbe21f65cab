/** Proofing's words: the newsroom's list, the names it already knows, and each article's ignores. */
import type { Database } from 'better-sqlite3';
import { SpaltError } from '../../shared/errors';

export function listNewsroomWords(db: Database): string[] {
  const rows = db.prepare('SELECT word FROM newsroom_words ORDER BY word COLLATE NOCASE').all() as Array<{ word: string }>;
  return rows.map((row) => row.word);
}

/** Adds words not on the list yet; returns how many were new. */
export function addNewsroomWords(db: Database, words: readonly string[], now: string): number {
  const insert = db.prepare('INSERT INTO newsroom_words (word, added_at) VALUES (@word, @now) ON CONFLICT (word) DO NOTHING');
  return db.transaction(() => words.reduce((added, word) => added + insert.run({ word, now }).changes, 0))();
}

export function removeNewsroomWord(db: Database, word: string): void {
  db.prepare('DELETE FROM newsroom_words WHERE word = @word').run({ word });
}

/** The names Spalt already holds: the people registry and every name and source a photo was credited to. */
export function knownNames(db: Database): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM people
       UNION SELECT credit_name FROM photos WHERE credit_name != ''
       UNION SELECT credit_organisation FROM photos WHERE credit_organisation != ''
       UNION SELECT name FROM credit_sources WHERE name != ''
       UNION SELECT organisation FROM credit_sources WHERE organisation != ''`,
    )
    .all() as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

function articleSeq(db: Database, id: string): number {
  const row = db.prepare('SELECT seq FROM articles WHERE id = @id').get({ id }) as { seq: number } | undefined;
  if (!row) throw new SpaltError('not_found', { id });
  return row.seq;
}

export function ignoredWords(db: Database, articleId: string): string[] {
  const rows = db
    .prepare('SELECT word FROM article_ignored_words WHERE article_seq = @seq ORDER BY word')
    .all({ seq: articleSeq(db, articleId) }) as Array<{ word: string }>;
  return rows.map((row) => row.word);
}

export function ignoreWord(db: Database, articleId: string, word: string): void {
  db.prepare('INSERT INTO article_ignored_words (article_seq, word) VALUES (@seq, @word) ON CONFLICT DO NOTHING').run({
    seq: articleSeq(db, articleId),
    word,
  });
}
