/**
 * Reads one table of a damaged database row by row in rowid order, stepping over what cannot
 * be read. A damaged page stops a scan; the scan then starts again just past the last row it
 * read, one rowid further each time it fails at once, up to the highest rowid any intact part
 * of the file knows of (the table's last row, or any of its indexes).
 */
import type { Database } from 'better-sqlite3';

export type SalvagedRow = Record<string, unknown> & { salvage_rowid: number };

/** Past this many failed attempts in a row, a table gives up what is left (bounds the time). */
const maxFailedProbes = 2_000_000;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function tryValue<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The highest rowid the table's last page or any of its indexes still show. */
function highestKnownRowid(source: Database, table: string): number | null {
  const candidates: number[] = [];
  const last = tryValue(() =>
    source
      .prepare(`SELECT max(rowid) FROM ${quote(table)}`)
      .pluck()
      .get(),
  );
  if (typeof last === 'number') candidates.push(last);
  const indexes = tryValue(() => source.prepare(`SELECT name FROM pragma_index_list(@table)`).pluck().all({ table })) ?? [];
  for (const index of indexes as string[]) {
    // An index holds each row's rowid, so reading only the index shows rows past a damaged table page.
    let highest: number | null = null;
    try {
      for (const rowid of source
        .prepare(`SELECT rowid FROM ${quote(table)} INDEXED BY ${quote(index)}`)
        .pluck()
        .iterate()) {
        if (typeof rowid === 'number' && (highest === null || rowid > highest)) highest = rowid;
      }
    } catch {
      // What was read before the damage still counts.
    }
    if (highest !== null) candidates.push(highest);
  }
  return candidates.length > 0 ? Math.max(...candidates) : null;
}

function lowestKnownRowid(source: Database, table: string): number {
  const first = tryValue(() =>
    source
      .prepare(`SELECT min(rowid) FROM ${quote(table)}`)
      .pluck()
      .get(),
  );
  // Spalt's tables number their rows from 1.
  return typeof first === 'number' ? first : 1;
}

export interface SalvageCount {
  /** Rows read and handed on. */
  read: number;
  /** Rowids stepped over because reading from them met damage (rows lost, at most). */
  skipped: number;
}

/** Hands every readable row of `table` (its `columns` and its rowid) to `take`, in rowid order. */
export function salvageRows(source: Database, table: string, columns: string[], take: (row: SalvagedRow) => void): SalvageCount {
  const list = columns.map(quote).join(', ');
  const scan = source.prepare(`SELECT rowid AS salvage_rowid, ${list} FROM ${quote(table)} WHERE rowid >= @from ORDER BY rowid`);
  const count: SalvageCount = { read: 0, skipped: 0 };
  let next = lowestKnownRowid(source, table);
  let highest: number | null | undefined;
  let failedInARow = 0;
  for (;;) {
    let progressed = false;
    try {
      for (const row of scan.iterate({ from: next }) as Iterable<SalvagedRow>) {
        take(row);
        count.read += 1;
        next = row.salvage_rowid + 1;
        progressed = true;
      }
      return count;
    } catch {
      // Damage: go on past it below.
    }
    if (progressed) {
      failedInARow = 0;
      continue;
    }
    highest ??= highestKnownRowid(source, table);
    failedInARow += 1;
    if (highest === null || next > highest || failedInARow > maxFailedProbes) return count;
    count.skipped += 1;
    next += 1;
  }
}
