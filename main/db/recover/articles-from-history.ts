import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ArticleDraft } from '../../../shared/article/article';
import { bodyPlainText } from '../../../shared/document/plain-text';
import { draftColumns, draftSql } from '../articles';

interface HistoryRow {
  article_seq: number;
  revision: number;
  saved_at: string;
  first_saved_at: string;
  draft: string;
}

function readDraft(json: string): ArticleDraft | null {
  try {
    const parsed = ArticleDraft.safeParse(JSON.parse(json));
    if (!parsed.success) return null;
    bodyPlainText(parsed.data.body);
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * An article whose own row was lost to the damage but whose history was read comes back
 * from its latest saved version, as a draft with a new id (the old one was in the lost row).
 * Returns how many came back.
 */
export function articlesFromHistory(db: Database): number {
  const orphans = db
    .prepare(
      `SELECT r.article_seq, r.revision, r.saved_at, r.draft,
         (SELECT min(saved_at) FROM article_revisions f WHERE f.article_seq = r.article_seq) AS first_saved_at
       FROM article_revisions r
       WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = r.article_seq)
         AND r.revision = (SELECT max(revision) FROM article_revisions l WHERE l.article_seq = r.article_seq)`,
    )
    .all() as HistoryRow[];
  const insert = db.prepare(
    `INSERT INTO articles (seq, id, ${draftSql.columns}, revision, created_at, updated_at)
     VALUES (@seq, @id, ${draftSql.values}, @revision, @createdAt, @updatedAt)`,
  );
  let rebuilt = 0;
  for (const row of orphans) {
    const draft = readDraft(row.draft);
    if (!draft) continue;
    insert.run({
      seq: row.article_seq,
      id: randomUUID(),
      ...draftColumns(draft, bodyPlainText(draft.body)),
      revision: row.revision,
      createdAt: row.first_saved_at,
      updatedAt: row.saved_at,
    });
    rebuilt += 1;
  }
  return rebuilt;
}
