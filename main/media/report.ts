/**
 * The credits report: which photos were used where, with credit and licence, for a date range.
 * A CSV that Swedish Excel opens as it is: UTF-8 with a byte-order mark, ';' between cells,
 * CRLF line ends, RFC 4180 quoting, and the report's words in Swedish whatever the interface
 * language (it goes to the newsroom's accounts and to photographers).
 */
import type { Database } from 'better-sqlite3';
import { creditTypeNames } from '../../shared/format/credit';
import { newsroomDateAndTime, newsroomDayEnd, newsroomDayStart } from '../../shared/format/date';
import { translate } from '../../shared/i18n';
import { builtKey } from '../../shared/i18n/built-keys';
import { creditReportEntries, type CreditReportEntry } from '../db/photo-report';

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

function cells(entry: CreditReportEntry): string[] {
  return [
    entry.photoId,
    entry.fileName,
    newsroomDateAndTime(entry.importedAt),
    entry.creditLine,
    entry.creditType === null ? '' : creditTypeNames[entry.creditType],
    entry.creditName,
    entry.organisation,
    entry.licence,
    entry.usageNotes,
    entry.expiresOn ?? '',
    entry.oneTimeUse ? 'ja' : 'nej',
    entry.alt,
    entry.caption,
    entry.article?.headline ?? '',
    entry.article === null ? '' : translate('sv', builtKey('status.', entry.article.status)),
    entry.article === null ? '' : newsroomDateAndTime(entry.article.updatedAt),
  ];
}

/**
 * One row per photo and article it is used in, for articles changed within [from, to]
 * (newsroom dates, inclusive), then the photos imported within the range and used nowhere.
 * Articles in the trash do not count as uses.
 */
export function creditsReport(db: Database, from: string, to: string): { fileName: string; csv: string; rows: number } {
  const rows = creditReportEntries(db, { start: newsroomDayStart(from), end: newsroomDayEnd(to) }).map(cells);
  return { fileName: `bildkrediter-${from}-${to}.csv`, csv: csvDocument([header, ...rows]), rows: rows.length };
}
