/**
 * Recovery from a really damaged profile into a new file beside it: every article the damaged
 * file still reads is in the new file as it was, articles whose row was lost come back from
 * their history, the new file passes integrity_check and opens as a profile, and the damaged
 * file is unchanged byte for byte.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import {
  damagePages,
  fingerprint,
  middleArticlePages,
  pagesOf,
  profileFile,
  readableArticles,
  writeProfile,
} from '../support/damaged-profile';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-recovery-');

describe('recovering a damaged database', () => {
  it('copies every readable article into a new file beside it and leaves the damaged file as it was', async () => {
    const dataDir = tempDir();
    const articles = await writeProfile(dataDir, 150);
    const file = profileFile(dataDir);
    // Table pages and an index page in the middle of the file.
    damagePages(file, [...middleArticlePages(file, 4), ...pagesOf(file, 'sqlite_autoindex_articles_1', 'leaf').slice(1, 2)]);
    const readable = readableArticles(file, articles);
    const lost = articles.filter((a) => !readable.includes(a));
    expect(lost.length).toBeGreaterThan(0);
    expect(readable.length).toBeGreaterThan(100);
    const before = fingerprint(file);

    const core = createCore({ dataDir, version: 'test', now: () => new Date('2026-12-06T10:00:00Z') });
    let recoveredFile: string;
    try {
      expect(core.health.damaged).toBe(true);
      const report = (await core.handlers['database.recover']({})).recovery;
      if (!report) throw new Error('no recovery report');
      expect(report.fileName).toBe('spalt-recovered-2026-12-06.sqlite');
      expect(report.file).toBe(join(dataDir, report.fileName));
      expect(report.integrity).toBe('ok');
      expect(report.articles).toBe(articles.length);
      expect(report.tables.find((t) => t.table === 'articles')?.unreadable).toBeGreaterThan(0);
      recoveredFile = report.file;

      // A second recovery never overwrites the first.
      const again = await core.handlers['database.recover']({});
      expect(again.recovery?.fileName).toBe('spalt-recovered-2026-12-06-2.sqlite');
    } finally {
      core.close();
    }
    expect(fingerprint(file)).toEqual(before);
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.partial'))).toEqual([]);

    const recovered = new Database(recoveredFile, { readonly: true });
    try {
      expect(recovered.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(recovered.pragma('foreign_key_check')).toEqual([]);
      const byId = recovered.prepare('SELECT id, headline, lead, revision FROM articles WHERE id = ?');
      for (const article of readable) {
        expect(byId.get(article.id)).toEqual({ id: article.id, headline: article.headline, lead: article.lead, revision: 2 });
      }
      // The lost rows come back from their history: their text, under a new id.
      const byHeadline = recovered.prepare('SELECT id, lead, revision FROM articles WHERE headline = ?');
      for (const article of lost) {
        const row = byHeadline.get(article.headline) as { id: string; lead: string; revision: number } | undefined;
        expect(row).toMatchObject({ lead: article.lead, revision: 2 });
        expect(row?.id).not.toBe(article.id);
      }
    } finally {
      recovered.close();
    }
    expect(existsSync(`${recoveredFile}-wal`)).toBe(false);

    // Switched to as the banner says (renamed to spalt.sqlite), it is a working profile: searchable and writable.
    const switched = tempDir();
    mkdirSync(switched, { recursive: true });
    copyFileSync(recoveredFile, profileFile(switched));
    const next = createCore({ dataDir: switched, version: 'test', checkWaitMs: Infinity });
    try {
      expect(next.health.damaged).toBe(false);
      const found = await next.handlers['articles.list']({ scope: 'active', query: 'Artikel 7' });
      expect(found.map((a) => a.headline)).toContain('Artikel 7: nyheter från Södertälje');
      const { id } = await next.handlers['articles.create']({ kind: 'news' });
      expect((await next.handlers['articles.get']({ id })).revision).toBe(0);
    } finally {
      next.close();
    }
  });

  it('of a healthy database is a copy of everything in a new file, the original untouched', async () => {
    const dataDir = tempDir();
    const articles = await writeProfile(dataDir, 10);
    const file = profileFile(dataDir);
    const core = createCore({ dataDir, version: 'test', checkWaitMs: Infinity });
    try {
      const before = fingerprint(file);
      const status = await core.handlers['database.recover']({});
      expect(status.damage).toBeNull();
      expect(status.recovery?.articles).toBe(articles.length);
      expect(status.recovery?.file).not.toBe(file);
      expect(fingerprint(file)).toEqual(before);
    } finally {
      core.close();
    }
  });
});
