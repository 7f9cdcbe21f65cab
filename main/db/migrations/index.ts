import type { Database } from 'better-sqlite3';
import { SpaltError } from '../../../shared/errors';
import updateToSchemaVersion10 from './0010-articles';
import updateToSchemaVersion20 from './0020-article-search';
import updateToSchemaVersion30 from './0030-settings';
import updateToSchemaVersion40 from './0040-bylines-and-labels';
import updateToSchemaVersion50 from './0050-people';
import updateToSchemaVersion60 from './0060-photos';
import updateToSchemaVersion70 from './0070-sites';
import updateToSchemaVersion80 from './0080-outbox';
import updateToSchemaVersion90 from './0090-site-authors';
import updateToSchemaVersion100 from './0100-outbox-paging';
import updateToSchemaVersion110 from './0110-site-page';
import updateToSchemaVersion120 from './0120-photo-publications';
import updateToSchemaVersion150 from './0150-article-search-pending';
import updateToSchemaVersion160 from './0160-workflow';
import updateToSchemaVersion170 from './0170-revision-names';
import updateToSchemaVersion180 from './0180-synced-draft';
import updateToSchemaVersion190 from './0190-corrections';
import updateToSchemaVersion200 from './0200-article-pages';
import updateToSchemaVersion210 from './0210-words';
import updateToSchemaVersion220 from './0220-library-order';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Registered by hand, in order. A shipped migration is never edited or renumbered. */
export const migrations: readonly Migration[] = [
  { version: 10, name: 'articles', up: updateToSchemaVersion10 },
  { version: 20, name: 'article-search', up: updateToSchemaVersion20 },
  { version: 30, name: 'settings', up: updateToSchemaVersion30 },
  { version: 40, name: 'bylines-and-labels', up: updateToSchemaVersion40 },
  { version: 50, name: 'people', up: updateToSchemaVersion50 },
  { version: 60, name: 'photos', up: updateToSchemaVersion60 },
  { version: 70, name: 'sites', up: updateToSchemaVersion70 },
  { version: 80, name: 'outbox', up: updateToSchemaVersion80 },
  { version: 90, name: 'site-authors', up: updateToSchemaVersion90 },
  { version: 100, name: 'outbox-paging', up: updateToSchemaVersion100 },
  { version: 110, name: 'site-page', up: updateToSchemaVersion110 },
  { version: 120, name: 'photo-publications', up: updateToSchemaVersion120 },
  { version: 150, name: 'article-search-pending', up: updateToSchemaVersion150 },
  { version: 160, name: 'workflow', up: updateToSchemaVersion160 },
  { version: 170, name: 'revision-names', up: updateToSchemaVersion170 },
  { version: 180, name: 'synced-draft', up: updateToSchemaVersion180 },
  { version: 190, name: 'corrections', up: updateToSchemaVersion190 },
  { version: 200, name: 'article-pages', up: updateToSchemaVersion200 },
  { version: 210, name: 'words', up: updateToSchemaVersion210 },
  { version: 220, name: 'library-order', up: updateToSchemaVersion220 },
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration up to `target` in one transaction. */
export function migrate(db: Database, file: string, target = latestSchemaVersion): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migration ${migration.name} does not increase the schema version`);
    }
  });
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new SpaltError('database_too_new', { file, found: current, supported: latestSchemaVersion });
  }
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}
