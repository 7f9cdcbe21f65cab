/**
 * A real profile's file damaged in the middle: found at open (before a byte is written), found
 * by the check after a start that stopped waiting for it, and met in use; from then on every
 * write is refused with the file named, reads that still work go on, and the file stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { openDatabase } from '../../main/db/open';
import { dispatch } from '../../main/dispatch';
import type { DatabaseStatus } from '../../shared/database';
import { SpaltError } from '../../shared/errors';
import {
  damagePages,
  draftFor,
  fingerprint,
  middleArticlePages,
  profileFile,
  readableArticles,
  writeProfile,
} from '../support/damaged-profile';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-damage-');

async function damagedProfile(count = 120) {
  const dataDir = tempDir();
  const articles = await writeProfile(dataDir, count);
  const file = profileFile(dataDir);
  damagePages(file, middleArticlePages(file, 3));
  return { dataDir, file, articles };
}

describe('a damaged database', () => {
  it('is found at open: the library answers that the file is damaged, naming it, instead of an internal error', async () => {
    const { dataDir, file, articles } = await damagedProfile();
    const before = fingerprint(file);
    const core = createCore({ dataDir, version: 'test' });
    try {
      const list = await dispatch(core.handlers, 'articles.list', { scope: 'active', query: '' });
      expect(list.ok).toBe(false);
      if (list.ok) return;
      expect(list.error.code).toBe('database_damaged');
      expect(list.error.message.sv).toContain(file);
      expect(list.error.message.sv).toContain('Rädda till en ny fil');
      expect(list.error.message.en).toContain(`The database ${file} is damaged`);

      const status = await core.handlers['database.status']({});
      expect(status.damage).toMatchObject({ foundBy: 'open' });
      expect(status.file).toBe(file);

      // An intact article still opens; nothing can be written.
      const intact = readableArticles(file, articles)[0];
      if (!intact) throw new Error('the damage took every article');
      expect((await core.handlers['articles.get']({ id: intact.id })).headline).toBe(intact.headline);
      const save = await dispatch(core.handlers, 'articles.save', { id: intact.id, baseRevision: 2, draft: draftFor(999) });
      expect(save).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
      const created = await dispatch(core.handlers, 'articles.create', { kind: 'news' });
      expect(created).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
    } finally {
      core.close();
    }
    expect(fingerprint(file)).toEqual(before);
  });

  it('is refused by openDatabase before anything is written, and the file is unchanged byte for byte', async () => {
    const { file } = await damagedProfile(60);
    const before = fingerprint(file);
    let error: unknown = null;
    try {
      openDatabase(file).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpaltError);
    expect((error as SpaltError).code).toBe('database_damaged');
    expect((error as SpaltError).details.detail).toMatch(/malformed|corrupt|Tree|page/i);
    expect(fingerprint(file)).toEqual(before);
  });

  it('is found by the background check when opening stopped waiting for it', async () => {
    const { dataDir, file } = await damagedProfile(60);
    const core = createCore({ dataDir, version: 'test', checkWaitMs: 0, outbox: { worker: false } });
    try {
      const changed = new Promise<DatabaseStatus>((resolve) => core.events.on('database.changed', resolve));
      const status = core.health.damaged ? await core.handlers['database.status']({}) : await changed;
      expect(status.damage).toMatchObject({ foundBy: 'check' });
      const created = await dispatch(core.handlers, 'articles.create', { kind: 'news' });
      expect(created).toMatchObject({ ok: false, error: { code: 'database_damaged', details: { file } } });
    } finally {
      core.close();
    }
  });

  it('is caught in use: damage made while the core runs stops every write, and reads that work go on', async () => {
    const dataDir = tempDir();
    const articles = await writeProfile(dataDir, 120);
    const file = profileFile(dataDir);
    // Wait out the check at open, so the damage below is met by the core's own reads.
    const core = createCore({ dataDir, version: 'test', checkWaitMs: Infinity, outbox: { worker: false } });
    try {
      expect(core.health.damaged).toBe(false);
      const announced: DatabaseStatus[] = [];
      core.events.on('database.changed', (status) => announced.push(status));

      damagePages(file, middleArticlePages(file, 3));
      const damaged = articles.filter((a) => !readableArticles(file, [a]).length);
      const intact = readableArticles(file, articles);
      expect(damaged.length).toBeGreaterThan(0);
      const victim = damaged[0];
      const survivor = intact[0];
      if (!victim || !survivor) throw new Error('no article on a damaged page');

      const get = await dispatch(core.handlers, 'articles.get', { id: victim.id });
      expect(get).toMatchObject({ ok: false, error: { code: 'database_damaged', details: { file } } });
      expect(announced).toHaveLength(1);
      expect(announced[0]?.damage).toMatchObject({ foundBy: 'use' });
      const after = fingerprint(file);

      // A save of an intact article is refused; the article still opens as it was.
      const save = await dispatch(core.handlers, 'articles.save', { id: survivor.id, baseRevision: 2, draft: draftFor(999) });
      expect(save).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
      for (const [name, input] of [
        ['articles.trash', { id: survivor.id }],
        ['settings.update', { language: 'en' }],
        ['people.save', { name: 'Ny Person', kind: 'reporter', title: '' }],
        ['articles.emptyTrash', {}],
      ] as const) {
        const refused = await dispatch(core.handlers, name, input);
        expect(refused, name).toMatchObject({ ok: false, error: { code: 'database_damaged' } });
      }
      expect((await core.handlers['articles.get']({ id: survivor.id })).headline).toBe(survivor.headline);
      expect(core.db.pragma('query_only', { simple: true })).toBe(1);
      core.close();
      expect(fingerprint(file)).toEqual(after);
    } finally {
      core.close();
    }
  });
});
