import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ArticleDraft } from '../../../shared/article/article';
import { bylineNames } from '../../../shared/article/byline';
import { bodyPlainText } from '../../../shared/document/plain-text';

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
    `INSERT INTO articles (seq, id, kind, kicker, headline, lead, byline, bylines, label, disclaimer, sponsor, main_photo_id,
       body, body_text, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let rebuilt = 0;
  for (const row of orphans) {
    const draft = readDraft(row.draft);
    if (!draft) continue;
    insert.run(row.article_seq, randomUUID(), draft.kind, draft.kicker, draft.headline, draft.lead, bylineNames(draft.bylines),
      JSON.stringify(draft.bylines), draft.label, draft.disclaimer, draft.sponsor, draft.mainPhotoId ?? null,
      JSON.stringify(draft.body), bodyPlainText(draft.body), row.revision, row.first_saved_at, row.saved_at);
    rebuilt += 1;
  }
  return rebuilt;
}
