import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { articlePageQueries } from '../../main/db/article-pages';
import { defaultPlan, filterSql } from '../../main/db/article-order';
import { latestSchemaVersion, migrate, migrations, schemaVersion } from '../../main/db/migrations';
import { openDatabase } from '../../main/db/open';
import { photoPageQuery } from '../../main/db/photos';
import { SpaltError } from '../../shared/errors';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function schemaOf(db: Database.Database): string[] {
  return db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name").pluck().all() as string[];
}

function expectSpaltError(run: () => unknown, code: string): SpaltError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SpaltError);
    expect((error as SpaltError).code).toBe(code);
    return error as SpaltError;
  }
  throw new Error(`expected a ${code} error`);
}

describe('migrations', () => {
  it('are registered in increasing order, and the latest is the schema version', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  it('build the whole schema from an empty database, in WAL mode with foreign keys on', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index')").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['articles', 'article_revisions', 'article_search', 'settings', 'articles_page']));
    db.close();
  });

  it.each(migrations.slice(0, -1).map((m) => m.version))(
    'upgrade a database of version %i to the latest, keeping its articles searchable',
    (version) => {
      const file = join(tempDir(), 'spalt.sqlite');
      const old = openDatabase(file, { targetVersion: version });
      expect(schemaVersion(old)).toBe(version);
      old
        .prepare(
          `INSERT INTO articles (id, kind, headline, body, body_text, revision, created_at, updated_at)
         VALUES ('a1', 'news', 'Stor insats vid anstalten Hall', '{}', 'Polisen på plats i Södertälje', 3, 'x', 'x')`,
        )
        .run();
      // As the Spalt of that version did: from version 20 on, saves also index the article.
      if (version >= 20) {
        old.prepare('INSERT INTO article_search (rowid, headline, body) SELECT seq, headline, body_text FROM articles').run();
      }
      old.close();

      const upgraded = openDatabase(file);
      expect(schemaVersion(upgraded)).toBe(latestSchemaVersion);
      expect(upgraded.prepare("SELECT headline, revision FROM articles WHERE id = 'a1'").get()).toEqual({
        headline: 'Stor insats vid anstalten Hall',
        revision: 3,
      });
      const found = upgraded.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'sodertalje'").pluck().get();
      expect(found).toBe(1);

      const fresh = openDatabase(join(tempDir(), 'fresh.sqlite'));
      expect(schemaOf(upgraded)).toEqual(schemaOf(fresh));
      upgraded.close();
      fresh.close();
    },
  );

  it('count, on upgrade to 120, the photos of articles published or scheduled as published with them', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const old = openDatabase(file, { targetVersion: 100 });
    const article = old.prepare(
      `INSERT INTO articles (id, kind, status, headline, body, revision, created_at, updated_at) VALUES (?, 'news', ?, ?, '{}', 1, 'x', ?)`,
    );
    article.run('published', 'published', 'Publicerad', '2026-11-02T08:00:00.000Z');
    article.run('scheduled', 'scheduled', 'Schemalagd', '2026-11-03T08:00:00.000Z');
    article.run('draft', 'draft', 'Utkast', '2026-11-04T08:00:00.000Z');
    old
      .prepare(
        `INSERT INTO photos (id, hash, file_name, mime_type, bytes, width, height, imported_at, updated_at, renditions)
       VALUES ('p1', 'h1', 'hall.jpg', 'image/jpeg', 1, 1, 1, 'x', 'x', '{}')`,
      )
      .run();
    const use = old.prepare("INSERT INTO article_photos (article_id, photo_id, role) VALUES (?, 'p1', ?)");
    for (const [id, role] of [
      ['published', 'main'],
      ['published', 'body'],
      ['scheduled', 'body'],
      ['draft', 'main'],
    ])
      use.run(id, role);
    old.close();

    const upgraded = openDatabase(file);
    expect(upgraded.prepare('SELECT photo_id, article_id, published_at FROM photo_publications ORDER BY article_id').all()).toEqual([
      { photo_id: 'p1', article_id: 'published', published_at: '2026-11-02T08:00:00.000Z' },
      { photo_id: 'p1', article_id: 'scheduled', published_at: '2026-11-03T08:00:00.000Z' },
    ]);
    upgraded.close();
  });

  it('run all pending migrations in one transaction: a failing one leaves the database as it was', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const db = openDatabase(file, { targetVersion: 10 });
    db.exec('CREATE TABLE settings (key TEXT)'); // makes migration 30 fail
    expect(() => migrate(db, file)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'article_search'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a database from a newer Spalt without writing a byte', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const db = openDatabase(file);
    db.pragma(`user_version = ${latestSchemaVersion + 10}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    const error = expectSpaltError(() => openDatabase(file), 'database_too_new');
    expect(error.messages.sv).toContain(file);
    expect(error.messages.sv).toContain('nyare version av Spalt');
    expect(sha(file)).toBe(before);
  });

  it('refuse a file that is not SQLite, naming it and leaving it untouched', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    writeFileSync(file, 'Det här är en textfil med anteckningar, inte en databas.\n'.repeat(20));
    const before = sha(file);
    const error = expectSpaltError(() => openDatabase(file), 'database_unreadable');
    expect(error.messages.sv).toContain(file);
    expect(error.messages.en).toContain('not a Spalt database');
    expect(sha(file)).toBe(before);
  });

  it('refuse a damaged database, leaving it untouched', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const db = openDatabase(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 100, 4096); // the schema page, after the header
    writeFileSync(file, bytes);
    const before = sha(file);
    expectSpaltError(() => openDatabase(file), 'database_unreadable');
    expect(sha(file)).toBe(before);
  });

  it('serve the library’s pages and counts from their index, in both scopes, without sorting', () => {
    const db = openDatabase(join(tempDir(), 'spalt.sqlite'));
    const explain = (sql: string, params: Record<string, unknown>) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    for (const inTrash of [0, 1]) {
      const first = explain(articlePageQueries.page(defaultPlan, filterSql({ status: null, kind: null })), {
        inTrash,
        limit: 100,
        offset: 0,
      });
      const after = explain(articlePageQueries.page(defaultPlan, filterSql({ status: null, kind: null }), 'past'), {
        inTrash,
        limit: 100,
        offset: 0,
        key0: '2026-01-01',
        seq: 5,
      });
      for (const plan of [first, after]) {
        expect(plan).toContain('USING INDEX articles_page');
        expect(plan).not.toContain('TEMP B-TREE');
      }
      expect(after).toMatch(/articles_page \(<expr>=\? AND updated_at<\?\)/);
      expect(explain(articlePageQueries.count(filterSql({ status: null, kind: null })), { inTrash })).toContain(
        'USING COVERING INDEX articles_page',
      );
    }
    db.close();
  });

  it('walk a search newest first in the index’s own order, and rank only the matches asked about', () => {
    const db = openDatabase(join(tempDir(), 'spalt.sqlite'));
    const explain = (sql: string, params: Record<string, unknown>) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    const among = { match: 'hall', last: 9, count: 2, seqs: '[1,9]' };
    // The newest-first walk stops at its limit: the index gives rowids in order, nothing is sorted.
    const newest = explain(articlePageQueries.searchNewest(''), { match: 'hall', inTrash: 0, limit: 501 });
    expect(newest).toContain('SCAN article_search VIRTUAL TABLE');
    expect(newest).not.toContain('TEMP B-TREE');
    // A narrow scope's articles are read once from their index, not match by match from their rows.
    const amongFew = explain(articlePageQueries.searchNewestAmongFew(filterSql({ status: null, kind: 'brief' })), {
      match: 'hall',
      inTrash: 0,
      kindRank: 4,
      limit: 501,
    });
    expect(amongFew).toContain('USING COVERING INDEX articles_by_kind');
    expect(amongFew).not.toContain('TEMP B-TREE');
    // Best first ranks the given matches only, walked down from the highest (M: match, <: the upper end).
    const best = explain(articlePageQueries.searchBest, { ...among, limit: 30, offset: 0 });
    expect(best).toMatch(/SCAN article_search VIRTUAL TABLE INDEX \d+:M\d*</);
    // The rows and their snippets: only the page's articles, walked down the same way, unsorted.
    const rows = explain(articlePageQueries.searchRows(true), { ...among, open: '[', close: ']' });
    expect(rows).toMatch(/SCAN article_search VIRTUAL TABLE INDEX \d+:M\d*</);
    expect(rows).toContain('SEARCH a USING INTEGER PRIMARY KEY');
    expect(rows).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('serve the photo library’s newest page from its index, without sorting the library', () => {
    const db = openDatabase(join(tempDir(), 'spalt.sqlite'));
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${photoPageQuery('')}`).all({ limit: 60, offset: 0 }) as Array<{ detail: string }>;
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toContain('SCAN p USING INDEX photos_newest');
    expect(details).not.toMatch(/TEMP B-TREE FOR (LAST TERM OF )?ORDER BY/);
    db.close();
  });

  it('turn an old free-text byline into one structured "Text" byline', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const old = openDatabase(file, { targetVersion: 30 });
    old
      .prepare(
        `INSERT INTO articles (id, kind, headline, byline, body, revision, created_at, updated_at)
       VALUES ('a1', 'news', 'Hall', ' Alexander Isa ', '{}', 1, 'x', 'x'), ('a2', 'news', 'Utan', '', '{}', 1, 'x', 'x')`,
      )
      .run();
    old.close();
    const db = openDatabase(file);
    const rows = db.prepare('SELECT id, bylines, label, sponsor FROM articles ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'a1', bylines: '[{"role":"text","name":"Alexander Isa","personId":null}]', label: '', sponsor: '' },
      { id: 'a2', bylines: '[]', label: '', sponsor: '' },
    ]);
    db.close();
  });
});
