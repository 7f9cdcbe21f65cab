/**
 * An article's history in a real SQLite profile: saves kept and coalesced, named revisions
 * never folded into, who saved ("Ditt namn", or the site's user), paging, and restoring an
 * earlier revision as a new one that destroys nothing.
 */
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { revisionQueries } from '../../main/db/article-revisions';
import { openDatabase } from '../../main/db/open';
import { claimDueJob, updateJob } from '../../main/db/outbox';
import { nameRevision, namesQuery } from '../../main/db/revision-names';
import { dispatch } from '../../main/dispatch';
import { createOutbox } from '../../main/publish/outbox';
import { runJob } from '../../main/publish/outbox/run-job';
import { createPlainFileSecretStore } from '../../main/publish/secrets';
import type { ArticleDraft } from '../../shared/article/article';
import { formatDateTimeSeconds } from '../../shared/format/date';
import { body, p } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-history-');

/** A clock the test moves: saves a minute apart are separate entries, seconds apart fold. */
function clock(start = '2026-11-23T10:00:00.000Z') {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function draftOf(headline: string, ...paragraphs: string[]): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'Polisen var på plats.',
    label: '',
    disclaimer: '',
    sponsor: '',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    mainPhotoId: null,
    body: body(...paragraphs.map((text) => p(text))),
  };
}

async function setup(dataDir = tempDir()) {
  const time = clock();
  const core = createCore({ dataDir, version: 'test', now: time.now, outbox: { worker: false } });
  await core.handlers['settings.update']({ yourName: 'Anna Svensson' });
  const { id } = await core.handlers['articles.create']({ kind: 'news' });
  return { core, time, id, dataDir };
}

async function save(core: Core, id: string, draft: ArticleDraft, sessionId = 'window-a-0001') {
  const { revision } = await core.handlers['articles.get']({ id });
  return core.handlers['articles.save']({ id, baseRevision: revision, draft, sessionId });
}

describe('article history', () => {
  it('keeps saves coalesced by window, by "Ditt namn", and never folds a save into a named revision', async () => {
    const { core, time, id } = await setup();
    await save(core, id, draftOf('Brand i Södertälje', 'Första stycket.'));
    time.advance(10_000);
    await save(core, id, draftOf('Brand i Södertälje', 'Första stycket, ändrat.'));
    let history = await core.handlers['articles.history']({ id, limit: 50 });
    expect(history.current).toBe(2);
    expect(history.entries.map((e) => [e.revision, e.savedBy, e.words])).toEqual([[2, 'Anna Svensson', 10]]);

    nameRevision(core.db, { articleId: id, revision: 2, name: 'submitted', by: 'Redaktören', at: time.now().toISOString() });
    time.advance(5_000);
    await save(core, id, draftOf('Brand i Södertälje', 'Första stycket, ändrat igen.'));
    history = await core.handlers['articles.history']({ id, limit: 50 });
    expect(history.entries.map((e) => [e.revision, e.names.map((n) => `${n.name} ${n.by}`)])).toEqual([
      [3, []],
      [2, ['submitted Redaktören']],
    ]);
    const named = await core.handlers['articles.revision']({ id, revision: 2 });
    expect(named.draft.body).toEqual(draftOf('', 'Första stycket, ändrat.').body);
    core.close();
  });

  it('lists an article never saved as its one revision, and pages a long history newest first', async () => {
    const { core, time, id } = await setup();
    const empty = await core.handlers['articles.history']({ id, limit: 50 });
    expect(empty).toMatchObject({ current: 0, more: false, entries: [{ revision: 0, savedBy: null, words: 0, names: [] }] });

    for (let n = 1; n <= 5; n++) {
      time.advance(61_000);
      await save(core, id, draftOf(`Version ${n}`, 'Text.'));
    }
    const first = await core.handlers['articles.history']({ id, limit: 2 });
    expect([first.entries.map((e) => e.headline), first.more]).toEqual([['Version 5', 'Version 4'], true]);
    const second = await core.handlers['articles.history']({ id, limit: 2, before: 4 });
    expect([second.entries.map((e) => e.revision), second.more]).toEqual([[3, 2], true]);
    const last = await core.handlers['articles.history']({ id, limit: 2, before: 2 });
    expect([last.entries.map((e) => e.revision), last.more]).toEqual([[1], false]);
    core.close();
  });

  it('restores an earlier revision as a new, named one, and keeps every revision on disk', async () => {
    const { core, time, id, dataDir } = await setup();
    await save(core, id, draftOf('Brand i Södertälje', 'Räddningstjänsten larmades vid lunch.', 'Ingen skadades.'));
    const old = await core.handlers['articles.history']({ id, limit: 1 });
    const oldEntry = old.entries[0]!;
    time.advance(61_000);
    await save(core, id, draftOf('Storbrand i Södertälje', 'Räddningstjänsten larmades på morgonen.', 'Två personer skadades.'));

    const stale = await dispatch(core.handlers, 'articles.restoreRevision', { id, revision: oldEntry.revision, baseRevision: 1 });
    expect(stale.ok ? null : stale.error).toMatchObject({
      code: 'revision_restore_stale',
      message: { sv: expect.stringContaining('Ingenting har återställts') },
    });
    const missing = await dispatch(core.handlers, 'articles.restoreRevision', { id, revision: 99, baseRevision: 2 });
    expect(missing.ok ? null : missing.error.code).toBe('revision_not_found');
    expect((await core.handlers['articles.get']({ id })).revision).toBe(2);

    const changes: unknown[] = [];
    core.events.on('article.changed', (change) => changes.push(change));
    time.advance(1_000);
    const restored = await core.handlers['articles.restoreRevision']({ id, revision: oldEntry.revision, baseRevision: 2 });
    expect(restored.revision).toBe(3);
    expect(changes).toEqual([{ id, change: 'saved', revision: 3, sessionId: null }]);
    const article = await core.handlers['articles.get']({ id });
    expect(article.headline).toBe('Brand i Södertälje');
    expect(article.body).toEqual(draftOf('', 'Räddningstjänsten larmades vid lunch.', 'Ingen skadades.').body);
    core.close();

    // Read back from the file: the restore is a revision of its own, the newer one still there.
    const reopened = createCore({ dataDir, version: 'test', outbox: { worker: false } });
    const history = await reopened.handlers['articles.history']({ id, limit: 50 });
    expect(history.entries.map((e) => [e.revision, e.headline, e.names.map((n) => [n.name, n.by, n.detail])])).toEqual([
      [3, 'Brand i Södertälje', [['restored', 'Anna Svensson', oldEntry.savedAt]]],
      [2, 'Storbrand i Södertälje', []],
      [1, 'Brand i Södertälje', []],
    ]);
    const found = await reopened.handlers['articles.list']({ scope: 'active', query: 'lunch' });
    expect(found.map((a) => a.id)).toEqual([id]);
    reopened.close();
  });

  it('names the revision a publish job sent by the site user, kept even when later saves folded it', async () => {
    const { core, time, id, dataDir } = await setup();
    const site = await core.handlers['sites.save']({
      name: 'Tidningen',
      address: 'http://127.0.0.1:1',
      username: 'redaktor',
      password: 'abcd efgh ijkl mnop',
    });
    await save(core, id, draftOf('Brand i Södertälje', 'Räddningstjänsten larmades vid lunch.'));
    const job = await core.handlers['publish.start']({
      articleId: id,
      siteId: site.id,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
    });
    expect(job.revision).toBe(1);
    // Typing goes on in the same window while the job runs: revision 1 folds into 2.
    time.advance(5_000);
    await save(core, id, draftOf('Brand i Södertälje', 'Räddningstjänsten larmades vid lunchtid.'));

    const claimed = claimDueJob(core.db, time.now().toISOString())!;
    const result = {
      postId: 7,
      link: 'http://127.0.0.1:1/?p=7',
      status: 'publish',
      modifiedGmt: '2026-11-23T10:00:05',
      articleStatus: 'published' as const,
    };
    updateJob(core.db, claimed.id, { step: 'done', result }, time.now().toISOString());
    const { deps } = createOutbox({
      db: core.db,
      events: core.events,
      dataDir,
      now: () => time.now().toISOString(),
      secrets: createPlainFileSecretStore(dataDir),
      options: { worker: false },
    });
    await runJob(deps, { ...claimed, step: 'done', result }, () => false);
    // A crash after the step ran it again: the name is kept once.
    await runJob(deps, { ...claimed, step: 'done', result }, () => false);

    const history = await core.handlers['articles.history']({ id, limit: 50 });
    expect(history.entries.map((e) => [e.revision, e.names.map((n) => `${n.name} ${n.by}`)])).toEqual([
      [2, []],
      [1, ['published redaktor']],
    ]);
    const sent = await core.handlers['articles.revision']({ id, revision: 1 });
    expect(sent.draft.body).toEqual(draftOf('', 'Räddningstjänsten larmades vid lunch.').body);
    core.close();
  });

  it('reads the newest entry on a save, a page of the list and its names from their indexes, without sorting', () => {
    const db = openDatabase(`${tempDir()}/spalt.sqlite`);
    const plan = (sql: string, params: Record<string, number>) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    const latest = plan(revisionQueries.latest, { articleSeq: 1 });
    expect(latest).toMatch(/SEARCH r USING (COVERING )?INDEX sqlite_autoindex_article_revisions_1 \(article_seq=\?\)/);
    expect(latest).toMatch(/SEARCH n USING COVERING INDEX sqlite_autoindex_article_revision_names_1 \(article_seq=\? AND revision=\?\)/);
    const page = plan(revisionQueries.page, { articleSeq: 1, before: 10, limit: 25 });
    expect(page).toMatch(/SEARCH article_revisions USING INDEX sqlite_autoindex_article_revisions_1 \(article_seq=\? AND revision<\?\)/);
    expect(page).not.toContain('TEMP B-TREE');
    expect(plan(namesQuery, { articleSeq: 1, low: 1, high: 10 })).toMatch(
      /SEARCH article_revision_names USING INDEX sqlite_autoindex_article_revision_names_1 \(article_seq=\? AND revision>\? AND revision<\?\)/,
    );
    db.close();
  });

  it('tells saves a minute apart by their seconds, in Stockholm time', () => {
    expect(formatDateTimeSeconds('2026-07-01T10:00:05.000Z')).toBe('1 juli 2026 12:00:05');
    expect(formatDateTimeSeconds('2026-12-06T23:30:59.000Z', 'en')).toBe('7 December 2026 00:30:59');
  });
});
