/**
 * Saves that survive power loss (every commit synced to disk), and the search index kept off
 * the save's path without a search ever missing a save, even across a crash.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { saveArticle } from '../../main/db/articles';
import { openDatabase } from '../../main/db/open';
import { draftFor, profileFile, writeProfile } from '../support/damaged-profile';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-durable-');

describe('saves', () => {
  it('are committed with synchronous=FULL in WAL mode, so a save answered is on the disk', () => {
    const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false } });
    try {
      expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 is FULL: the log is synced at every commit, not only at checkpoints.
      expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      core.close();
    }
  });

  it('are found by a search made right after them, before the index has caught up in the background', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false } });
    try {
      const { id } = await core.handlers['articles.create']({ kind: 'news' });
      await core.handlers['articles.save']({ id, baseRevision: 0, draft: { ...draftFor(1), headline: 'Vattenläcka på Ronna' } });
      // The same turn of the event loop: nothing in the background has run yet.
      const pending = core.db.prepare('SELECT count(*) FROM article_search_pending').pluck().get();
      const found = await core.handlers['articles.list']({ scope: 'active', query: 'vattenläcka' });
      expect(pending).toBe(1);
      expect(found.map((a) => a.id)).toEqual([id]);
      expect(core.db.prepare('SELECT count(*) FROM article_search_pending').pluck().get()).toBe(0);
    } finally {
      core.close();
    }
  });

  it('left unindexed by a crash are indexed at the next start', async () => {
    const dataDir = tempDir();
    const [article] = await writeProfile(dataDir, 1);
    if (!article) throw new Error('no article');
    // A save committed by a process that died before its index caught up.
    const db = openDatabase(profileFile(dataDir));
    saveArticle(db, {
      id: article.id,
      baseRevision: 2,
      draft: { ...draftFor(0), headline: 'Brandlarm i stadshuset' },
      bodyText: 'Räddningstjänsten ryckte ut till stadshuset.',
      now: new Date().toISOString(),
      sessionId: null,
    });
    expect(db.prepare('SELECT count(*) FROM article_search_pending').pluck().get()).toBe(1);
    db.close();

    const core = createCore({ dataDir, version: 'test', outbox: { worker: false } });
    try {
      await new Promise((resolve) => setImmediate(resolve));
      expect(core.db.prepare('SELECT count(*) FROM article_search_pending').pluck().get()).toBe(0);
      const hits = core.db.prepare("SELECT rowid FROM article_search WHERE article_search MATCH 'stadshuset AND brandlarm'").pluck().all();
      expect(hits).toEqual([article.seq]);
    } finally {
      core.close();
    }
  });
});
