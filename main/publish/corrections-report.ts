/**
 * The corrections log as CSV, on the credits report's conventions (main/media/report.ts): UTF-8
 * with a byte-order mark, ';' between cells, CRLF, Swedish headers whatever the interface's
 * language.
 */
import type { Database } from 'better-sqlite3';
import { newsroomDateAndTime, newsroomDayEnd, newsroomDayStart } from '../../shared/format/date';
import type { Correction } from '../../shared/publish/correction';
import { listCorrections } from '../db/corrections';
import { csvDocument } from '../media/report';

const header = ['Rättad', 'Artikel', 'Webbplats', 'Inlägg-id', 'Vem', 'Rättelse', 'Länk'];

function cells(correction: Correction): string[] {
  return [
    newsroomDateAndTime(correction.madeAt),
    correction.headline,
    correction.siteName,
    correction.postId === null ? '' : String(correction.postId),
    correction.madeBy,
    correction.note,
    correction.link ?? '',
  ];
}

/** The log between two newsroom dates, either left out as open. */
export function correctionsLog(db: Database, span: { from?: string | undefined; to?: string | undefined }): Correction[] {
  return listCorrections(db, {
    start: span.from === undefined ? null : newsroomDayStart(span.from),
    end: span.to === undefined ? null : newsroomDayEnd(span.to),
  });
}

export function correctionsReport(db: Database, from: string, to: string): { fileName: string; csv: string; rows: number } {
  const rows = correctionsLog(db, { from, to }).map(cells);
  return { fileName: `rattelser-${from}-${to}.csv`, csv: csvDocument([header, ...rows]), rows: rows.length };
}
