/**
 * Recovery of a damaged profile database into a NEW file beside it, never in place. The
 * SQLite inside better-sqlite3 has neither sqlite_dbpage nor the recover extension, so this
 * is a salvage of our own: a fresh database made by Spalt's own migrations, every table
 * copied row by row from the damaged file (read-only) stepping over what cannot be read,
 * articles whose row was lost brought back from their history, rows left pointing at lost
 * rows dropped, the search indexes rebuilt, and the result checked with integrity_check.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import type { RecoveredTable, RecoveryReport } from '../../../shared/database';
import { SpaltError } from '../../../shared/errors';
import { newsroomDate } from '../../../shared/format/date';
import { openDatabase } from '../open';
import { rebuildPhotoSearch } from '../photos';
import { rebuildArticleSearch } from '../search-index';
import { articlesFromHistory } from './articles-from-history';
import { salvageRows } from './salvage-rows';

export interface RecoverOptions {
  /** The damaged database; it is only ever opened read-only. */
  file: string;
  nativeBinding?: string;
  now: Date;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `spalt-recovered-2026-12-06.sqlite`, then `-2`, `-3`… so no earlier recovery is overwritten. */
function recoveredFileName(dir: string, now: Date): string {
  const day = newsroomDate(now);
  for (let n = 1; ; n++) {
    const name = `spalt-recovered-${day}${n === 1 ? '' : `-${n}`}.sqlite`;
    if (!existsSync(join(dir, name))) return join(dir, name);
  }
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

interface TableInfo {
  name: string;
  type: string;
  wr: number;
}

/** The tables whose rows are data: not SQLite's own, not search indexes (rebuilt instead). */
function dataTables(db: Database): TableInfo[] {
  return (db.pragma('table_list') as TableInfo[]).filter(
    (t) => t.type === 'table' && !t.name.startsWith('sqlite_') && t.name !== 'article_search_pending',
  );
}

function columnsOf(db: Database, table: string): string[] {
  try {
    return (db.pragma(`table_info(${quote(table)})`) as Array<{ name: string }>).map((c) => c.name);
  } catch {
    return [];
  }
}

function copyTable(source: Database, target: Database, table: TableInfo): RecoveredTable {
  const sourceColumns = new Set(columnsOf(source, table.name));
  const columns = columnsOf(target, table.name).filter((c) => sourceColumns.has(c));
  const result: RecoveredTable = { table: table.name, recovered: 0, unreadable: 0 };
  if (columns.length === 0 || table.wr) return result;
  // Each value by its position in the row as read (@c0, @c1…): a column's name need not be a parameter's.
  const insert = target.prepare(
    `INSERT OR REPLACE INTO ${quote(table.name)} (rowid, ${columns.map(quote).join(', ')})
     VALUES (@rowid, ${columns.map((_, i) => `@c${i}`).join(', ')})`,
  );
  target.transaction(() => {
    const count = salvageRows(source, table.name, columns, (row) => {
      try {
        insert.run(Object.fromEntries([['rowid', row.salvage_rowid], ...columns.map((c, i) => [`c${i}`, row[c]])]));
        result.recovered += 1;
      } catch {
        // A row read whole but not valid any more (a damaged value): left out.
        result.unreadable += 1;
      }
    });
    result.unreadable += count.skipped;
  })();
  return result;
}

/** Drops rows that point at rows lost to the damage, until none do. */
function dropOrphans(db: Database, tables: Map<string, RecoveredTable>): void {
  for (;;) {
    const orphans = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number }>;
    if (orphans.length === 0) return;
    for (const { table, rowid } of orphans) {
      db.prepare(`DELETE FROM ${quote(table)} WHERE rowid = @rowid`).run({ rowid });
      const entry = tables.get(table);
      if (entry) {
        entry.recovered -= 1;
        entry.unreadable += 1;
      }
    }
  }
}

function verify(db: Database): void {
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
  const orphans = (db.pragma('foreign_key_check') as unknown[]).length;
  if (orphans > 0) throw new Error(`${orphans} rows point at missing rows`);
}

/** Writes what can be read of `file` into a new file beside it and returns what it holds. */
export function recoverDatabase({ file, nativeBinding, now }: RecoverOptions): RecoveryReport {
  const finalFile = recoveredFileName(dirname(file), now);
  // Made under a temporary name, so a recovery cut short never looks like a finished one.
  const working = `${finalFile}.partial`;
  removeWithCompanions(working);
  const source = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, nativeBinding });
  let target: Database | null = null;
  try {
    source.pragma('query_only = ON');
    // One snapshot for every table, should anything still write to the file meanwhile.
    source.exec('BEGIN');
    target = openDatabase(working, { nativeBinding });
    target.pragma('foreign_keys = OFF');
    const tables = new Map<string, RecoveredTable>();
    for (const table of dataTables(target)) tables.set(table.name, copyTable(source, target, table));
    const out = target;
    out.transaction(() => {
      const rebuilt = articlesFromHistory(out);
      const articles = tables.get('articles');
      if (articles) articles.recovered += rebuilt;
      dropOrphans(out, tables);
      rebuildArticleSearch(out);
      rebuildPhotoSearch(out);
    })();
    target.pragma('foreign_keys = ON');
    verify(target);
    const articles = target.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    // One file to rename, with nothing beside it.
    target.pragma('journal_mode = DELETE');
    target.close();
    target = null;
    renameSync(working, finalFile);
    return {
      file: finalFile,
      fileName: basename(finalFile),
      articles,
      tables: [...tables.values()],
      integrity: 'ok',
      finishedAt: now.toISOString(),
    };
  } catch (error) {
    target?.close();
    removeWithCompanions(working);
    const details = error instanceof SpaltError ? error.messages.en : (error as Error).message;
    throw new SpaltError('database_recovery_failed', { details: details.slice(0, 300) }, { cause: error });
  } finally {
    source.close();
  }
}
