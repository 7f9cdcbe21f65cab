/**
 * The profile database's health as the UI sees it: whether Spalt found it damaged (and
 * stopped writing to it), and what a recovery into a new file brought back.
 */

/** Where the damage came to light. */
export type DamageFoundBy = 'open' | 'check' | 'use';

export interface DatabaseDamage {
  /** When Spalt found it (ISO time). */
  foundAt: string;
  foundBy: DamageFoundBy;
  /** SQLite's own words, for a support person; the UI shows its own text. */
  detail: string;
}

/** One table's rows brought over by a recovery. */
export interface RecoveredTable {
  table: string;
  recovered: number;
  /** Rows that were found but could not be read or written. */
  unreadable: number;
}

export interface RecoveryReport {
  /** The new file, beside the damaged one; the damaged file is left exactly as it was. */
  file: string;
  fileName: string;
  articles: number;
  tables: RecoveredTable[];
  /** SQLite's integrity_check of the new file: always "ok", or the recovery fails. */
  integrity: 'ok';
  finishedAt: string;
}

export interface DatabaseStatus {
  file: string;
  damage: DatabaseDamage | null;
  /** The last recovery made in this run, if any. */
  recovery: RecoveryReport | null;
}
