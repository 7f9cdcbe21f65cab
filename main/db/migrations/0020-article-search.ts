import type { Database } from 'better-sqlite3';

/**
 * Full-text search over articles. remove_diacritics folds å, ä, ö and é, so "sodertalje"
 * finds "Södertälje"; the prefix indexes keep search-as-you-type fast. The ranking (a headline
 * hit weighs most, then the lead) is the index's own `rank`, so a search sorted by it computes
 * snippets only for the rows it returns.
 */
export default function updateToSchemaVersion20(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE article_search USING fts5(
      kicker, headline, lead, body, byline,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );

    INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(1.0, 4.0, 2.0, 1.0, 1.0)');

    INSERT INTO article_search (rowid, kicker, headline, lead, body, byline)
      SELECT seq, kicker, headline, lead, body_text, byline FROM articles;
  `);
}
