/** What the credits report lists: each photo with the articles it is used in, over a span of time. */
import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../shared/article/article';
import type { CreditType } from '../../shared/article/photo';

/** One photo, with one article it is used in (or none). */
export interface CreditReportEntry {
  photoId: string;
  fileName: string;
  importedAt: string;
  creditLine: string;
  creditType: CreditType | null;
  creditName: string;
  organisation: string;
  licence: string;
  usageNotes: string;
  expiresOn: string | null;
  oneTimeUse: boolean;
  alt: string;
  caption: string;
  article: { headline: string; status: ArticleStatus; updatedAt: string } | null;
}

interface ReportRow {
  id: string;
  file_name: string;
  imported_at: string;
  credit_line: string;
  credit_type: CreditType | null;
  credit_name: string;
  credit_organisation: string;
  credit_licence: string;
  credit_usage_notes: string;
  credit_expires_on: string | null;
  credit_one_time_use: number;
  alt: string;
  caption: string;
  headline: string | null;
  status: ArticleStatus | null;
  article_updated_at: string | null;
}

function toEntry(row: ReportRow): CreditReportEntry {
  return {
    photoId: row.id,
    fileName: row.file_name,
    importedAt: row.imported_at,
    creditLine: row.credit_line,
    creditType: row.credit_type,
    creditName: row.credit_name,
    organisation: row.credit_organisation,
    licence: row.credit_licence,
    usageNotes: row.credit_usage_notes,
    expiresOn: row.credit_expires_on,
    oneTimeUse: row.credit_one_time_use === 1,
    alt: row.alt,
    caption: row.caption,
    article:
      row.headline === null || row.status === null || row.article_updated_at === null
        ? null
        : { headline: row.headline, status: row.status, updatedAt: row.article_updated_at },
  };
}

const photoColumns = `p.id, p.file_name, p.imported_at, p.credit_line, p.credit_type, p.credit_name, p.credit_organisation,
  p.credit_licence, p.credit_usage_notes, p.credit_expires_on, p.credit_one_time_use, p.alt, p.caption`;

/**
 * One entry per photo and article it is used in, for articles changed within [start, end)
 * (ISO instants), then the photos imported within it and used nowhere. Articles in the trash
 * do not count as uses.
 */
export function creditReportEntries(db: Database, range: { start: string; end: string }): CreditReportEntry[] {
  const used = db
    .prepare(
      `SELECT DISTINCT ${photoColumns}, a.headline, a.status, a.updated_at AS article_updated_at
       FROM article_photos ap JOIN articles a ON a.id = ap.article_id JOIN photos p ON p.id = ap.photo_id
       WHERE a.trashed_at IS NULL AND a.updated_at >= @start AND a.updated_at < @end
       ORDER BY a.updated_at, a.id, p.imported_at, p.id`,
    )
    .all(range) as ReportRow[];
  const unused = db
    .prepare(
      `SELECT ${photoColumns}, NULL AS headline, NULL AS status, NULL AS article_updated_at
       FROM photos p
       WHERE p.imported_at >= @start AND p.imported_at < @end
         AND NOT EXISTS (SELECT 1 FROM article_photos ap JOIN articles a ON a.id = ap.article_id
                         WHERE ap.photo_id = p.id AND a.trashed_at IS NULL)
       ORDER BY p.imported_at, p.seq`,
    )
    .all(range) as ReportRow[];
  return [...used, ...unused].map(toEntry);
}
