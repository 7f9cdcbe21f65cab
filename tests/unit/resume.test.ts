import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('where the journalist left off', () => {
  it('is nothing in a new profile, then the article and place remembered last, after a restart too', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, version: 'test' });
    expect(await core.handlers['resume.get']({})).toBeNull();
    const first = await core.handlers['articles.create']({ kind: 'news' });
    const second = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['resume.remember']({ articleId: first.id, place: { block: 1, offset: 2 } });
    await core.handlers['resume.remember']({ articleId: second.id, place: { block: 4, offset: 17 } });
    // Opened again without writing: the place in it stays; another article opened has none yet.
    expect(await core.handlers['resume.remember']({ articleId: second.id, place: null })).toEqual({
      articleId: second.id,
      place: { block: 4, offset: 17 },
    });
    expect(await core.handlers['resume.remember']({ articleId: first.id, place: null })).toEqual({ articleId: first.id, place: null });
    await core.handlers['resume.remember']({ articleId: second.id, place: { block: 4, offset: 17 } });
    core.close();

    const reopened = createCore({ dataDir, version: 'test' });
    const resumed = await reopened.handlers['resume.get']({});
    expect(resumed?.place).toEqual({ block: 4, offset: 17 });
    expect(resumed?.article).toEqual(await reopened.handlers['articles.get']({ id: second.id }));
    // No setting: the settings themselves are as they were.
    expect(Object.keys(await reopened.handlers['settings.get']({})).sort()).toEqual(['language', 'newsroom', 'typography', 'yourName']);
    reopened.close();
  });

  it('forgets an article moved to the trash or deleted, and finds it again when it is restored', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test' });
    const article = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['resume.remember']({ articleId: article.id, place: { block: 0, offset: 2 } });
    await core.handlers['articles.trash']({ id: article.id });
    expect(await core.handlers['resume.get']({})).toBeNull();
    await core.handlers['articles.restore']({ id: article.id });
    expect(await core.handlers['resume.get']({})).toMatchObject({ article: { id: article.id }, place: { block: 0, offset: 2 } });
    await core.handlers['articles.trash']({ id: article.id });
    await core.handlers['articles.emptyTrash']({});
    expect(await core.handlers['resume.get']({})).toBeNull();
    core.close();
  });

  it('refuses a place that is not one, and reads a stored value it cannot understand as nothing', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, version: 'test' });
    const article = await core.handlers['articles.create']({ kind: 'news' });
    const refused = await dispatch(core.handlers, 'resume.remember', { articleId: article.id, place: { block: -1, offset: 0 } });
    expect(refused.ok === false && refused.error.code).toBe('invalid_input');
    const notAnArticle = await dispatch(core.handlers, 'resume.remember', { articleId: 'inte-ett-id', place: null });
    expect(notAnArticle.ok === false && notAnArticle.error.code).toBe('invalid_input');
    core.close();

    const db = new Database(join(dataDir, 'spalt.sqlite'));
    db.prepare("INSERT INTO settings (key, value) VALUES ('leftOff', '{\"articleId\":') ").run();
    db.close();
    const reopened = createCore({ dataDir, version: 'test' });
    expect(await reopened.handlers['resume.get']({})).toBeNull();
    reopened.close();
  });
});
