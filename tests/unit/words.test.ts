import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { databaseFileName } from '../../main/db/file-name';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('the newsroom’s word list and an article’s ignores', () => {
  it('keeps the list in the profile’s file, exports and imports it as one word a line', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, version: 'test' });
    expect(await core.handlers['words.add']({ word: 'Hawsho' })).toEqual(['Hawsho']);
    expect(await core.handlers['words.add']({ word: 'Hjulström' })).toEqual(['Hawsho', 'Hjulström']);
    const imported = await core.handlers['words.import']({ text: '\uFEFFGeneta\r\nHawsho\n\nnågot med mellanslag\nÅkessons\n' });
    expect(imported).toEqual({ added: 2, skipped: 1, words: ['Geneta', 'Hawsho', 'Hjulström', 'Åkessons'] });
    expect(await core.handlers['words.remove']({ word: 'Hjulström' })).toEqual(['Geneta', 'Hawsho', 'Åkessons']);
    const exported = await core.handlers['words.export']({});
    expect(exported.text).toBe('Geneta\nHawsho\nÅkessons\n');
    expect(exported.fileName).toMatch(/^spalt-ordlista-\d{4}-\d{2}-\d{2}\.txt$/);
    core.close();

    const file = new Database(join(dataDir, databaseFileName), { readonly: true });
    expect(file.prepare('SELECT word FROM newsroom_words ORDER BY word').pluck().all()).toEqual(['Geneta', 'Hawsho', 'Åkessons']);
    file.close();
  });

  it('refuses a word with a space or a digit, with a message', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test' });
    const result = await dispatch(core.handlers, 'words.add', { word: 'två ord' });
    expect(result.ok).toBe(false);
    expect(await core.handlers['words.list']({})).toEqual([]);
    core.close();
  });

  it('knows the registry’s people and the photo credits, and an article’s ignores, which go with the article', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test' });
    await core.handlers['people.save']({ name: 'Viktoria Hjulström', kind: 'reporter', title: 'reporter' });
    const article = await core.handlers['articles.create']({ kind: 'news' });
    const other = await core.handlers['articles.create']({ kind: 'news' });
    expect(await core.handlers['words.ignore']({ articleId: article.id, word: 'peerstöd' })).toEqual({ ignored: ['peerstöd'] });
    const known = await core.handlers['words.known']({ articleId: article.id });
    expect(known.names).toContain('Viktoria Hjulström');
    expect(known.ignored).toEqual(['peerstöd']);
    expect((await core.handlers['words.known']({ articleId: other.id })).ignored).toEqual([]);
    await core.handlers['articles.trash']({ id: article.id });
    await core.handlers['articles.emptyTrash']({});
    expect((await dispatch(core.handlers, 'words.known', { articleId: article.id })).ok).toBe(false);
    core.close();
  });
});
