/**
 * Names on revisions (article_revision_names): the newsroom's steps ("Skickad till granskning",
 * "Publicerad", "Återställd", …) mark the revision they concern. A named revision is kept as it
 * is: later saves never fold into it (article-revisions.ts) and nothing thins it.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../shared/article/article';
import type { RevisionLabel, RevisionName } from '../../shared/article/history';
import { SpaltError } from '../../shared/errors';
import { findRevision, insertRevision } from './article-revisions';
import { getArticle } from './articles';
import { statement } from './statements';

export interface RevisionNaming {
  articleId: string;
  revision: number;
  name: RevisionName;
  /** The person: "Ditt namn" for a local step, the site user's name for a step on the site. */
  by: string;
  at: string;
  /** For `restored`: when the revision brought back was saved; for `correction`: its note. */
  detail?: string;
  /**
   * The revision's draft, for a step that knows what it sent (a publish job): kept as the
   * revision when later saves folded it away meanwhile.
   */
  draft?: ArticleDraft;
}

export function articleSeqOf(db: Database, articleId: string): { seq: number; revision: number } {
  const row = statement(db, 'SELECT seq, revision FROM articles WHERE id = @articleId').get({ articleId }) as
    { seq: number; revision: number } | undefined;
  if (!row) throw new SpaltError('not_found', { id: articleId });
  return row;
}

/**
 * Names a revision of an article. The same name twice on one revision (a step run again after a
 * crash) is kept once. A revision no longer in the history is kept again from `draft`, or from
 * the article itself when it is the current one; otherwise it is refused.
 */
export function nameRevision(db: Database, naming: RevisionNaming): void {
  db.transaction(() => {
    const article = articleSeqOf(db, naming.articleId);
    if (!findRevision(db, article.seq, naming.revision)) {
      const draft = naming.draft ?? (naming.revision === article.revision ? getArticle(db, naming.articleId) : null);
      if (!draft) throw new SpaltError('revision_not_found', { revision: naming.revision });
      insertRevision(db, article.seq, {
        revision: naming.revision,
        sessionId: null,
        savedAt: naming.at,
        savedBy: naming.by,
        draft: draftOnly(draft),
      });
    }
    statement(
      db,
      `INSERT INTO article_revision_names (article_seq, revision, name, detail, named_by, named_at)
       VALUES (@articleSeq, @revision, @name, @detail, @by, @at)
       ON CONFLICT (article_seq, revision, name) DO NOTHING`,
    ).run({
      articleSeq: article.seq,
      revision: naming.revision,
      name: naming.name,
      detail: naming.detail ?? '',
      by: naming.by,
      at: naming.at,
    });
  })();
}

/** The names on a page of the history, in the order they were given (exported for the query-plan test). */
export const namesQuery = `SELECT revision, name, detail, named_by, named_at FROM article_revision_names
     WHERE article_seq = @articleSeq AND revision BETWEEN @low AND @high ORDER BY id`;

/** The names on the revisions from `low` to `high`, by revision, in the order they were given. */
export function namesBetween(db: Database, articleSeq: number, low: number, high: number): Map<number, RevisionLabel[]> {
  const rows = statement(db, namesQuery).all({ articleSeq, low, high }) as Array<{
    revision: number;
    name: RevisionName;
    detail: string;
    named_by: string;
    named_at: string;
  }>;
  const names = new Map<number, RevisionLabel[]>();
  for (const row of rows) {
    const list = names.get(row.revision) ?? [];
    list.push({ name: row.name, detail: row.detail, by: row.named_by, at: row.named_at });
    names.set(row.revision, list);
  }
  return names;
}

function draftOnly(source: ArticleDraft): ArticleDraft {
  const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body } = source;
  return { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body };
}
