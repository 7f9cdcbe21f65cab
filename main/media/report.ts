/**
 * The credits report: which photos were used where, with credit and licence, for a date range.
 * A CSV that Swedish Excel opens as it is: UTF-8 with a byte-order mark, ';' between cells,
 * CRLF line ends, RFC 4180 quoting, and the report's words in Swedish whatever the interface
 * language (it goes to the newsroom's accounts and to photographers).
 */
import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../shared/article/article';
import type { CreditType } from '../../shared/article/photo';
import { creditTypeNames } from '../../shared/format/credit';
import { newsroomDateAndTime, newsroomDayEnd, newsroomDayStart } from '../../shared/format/date';
import { translate } from '../../shared/i18n';

const header = [
  'Bild-id',
  'Filnamn',
  'Importerad',
  'Bildbyline',
  'Krediteringstyp',
  'Fotograf',
  'Organisation',
  'Licens',
  'Villkor',
  'Licensen gäller till',
  'Engångslicens',
  'Alt-text',
  'Bildtext',
  'Artikel',
  'Artikelstatus',
  'Artikel ändrad',
];

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

/**
 * One cell. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe; quotes, separators and line breaks are quoted.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function cells(row: ReportRow): string[] {
  return [
    row.id,
    row.file_name,
    newsroomDateAndTime(row.imported_at),
    row.credit_line,
    row.credit_type === null ? '' : creditTypeNames[row.credit_type],
    row.credit_name,
    row.credit_organisation,
    row.credit_licence,
    row.credit_usage_notes,
    row.credit_expires_on ?? '',
    row.credit_one_time_use === 1 ? 'ja' : 'nej',
    row.alt,
    row.caption,
    row.headline ?? '',
    row.status === null ? '' : translate('sv', `status.${row.status}`),
    row.article_updated_at === null ? '' : newsroomDateAndTime(row.article_updated_at),
  ];
}

const photoColumns = `p.id, p.file_name, p.imported_at, p.credit_line, p.credit_type, p.credit_name, p.credit_organisation,
  p.credit_licence, p.credit_usage_notes, p.credit_expires_on, p.credit_one_time_use, p.alt, p.caption`;

/**
 * One row per photo and article it is used in, for articles changed within [from, to]
 * (newsroom dates, inclusive), then the photos imported within the range and used nowhere.
 * Articles in the trash do not count as uses.
 */
export function creditsReport(db: Database, from: string, to: string): { fileName: string; csv: string; rows: number } {
  const range = { start: newsroomDayStart(from), end: newsroomDayEnd(to) };
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
  const rows = [...used, ...unused].map(cells);
  return { fileName: `bildkrediter-${from}-${to}.csv`, csv: csvDocument([header, ...rows]), rows: rows.length };
}
