import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { listRevisions } from '../../main/db/articles';
import type { ArticleDraft } from '../../shared/article/article';
import { SpaltError } from '../../shared/errors';
import { formattedBody } from '../support/bodies';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function makeCore(clock?: { now: Date }): Core {
  return createCore({ dataDir: tempDir(), version: 'test', now: clock ? () => clock.now : undefined });
}

function draftOf(partial: Partial<ArticleDraft>): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline: '',
    lead: '',
    bylines: [],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: formattedBody(),
    ...partial,
  };
}

async function rejection(promise: Promise<unknown>): Promise<SpaltError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpaltError);
  return error as SpaltError;
}

describe('articles', () => {
  it('save and load round-trip every field and the formatted body', async () => {
    const core = makeCore();
    const { handlers } = core;
    const created = await handlers['articles.create']({ kind: 'news' });
    expect(created).toMatchObject({ revision: 0, status: 'draft', headline: '', trashedAt: null });

    const draft = draftOf({
      kind: 'opinion',
      kicker: 'INSÄNDARE:',
      headline: 'Starkare Europa, starkare Sverige',
      lead: 'Den här veckan firar vi Europadagen.',
      bylines: [{ role: 'writer', name: 'Metin Hawsho', personId: null }],
      disclaimer: 'Detta är en debatt/insändare. Åsikterna är skribentens egna.',
    });
    const saved = await handlers['articles.save']({ id: created.id, baseRevision: 0, draft });
    expect(saved.revision).toBe(1);
    const loaded = await handlers['articles.get']({ id: created.id });
    expect(loaded).toMatchObject({ ...draft, revision: 1, updatedAt: saved.updatedAt });
    expect(loaded.body).toEqual(draft.body);
    expect(core.db.prepare('SELECT body_text FROM articles WHERE id = ?').pluck().get(created.id)).toContain(
      'Vid lunchtid mottog SOS Alarm ett samtal från Södertälje.',
    );
    core.close();
  });

  it('refuse a save from a stale revision as a conflict and keep what was saved', async () => {
    const { handlers, close } = makeCore();
    const { id } = await handlers['articles.create']({ kind: 'news' });
    await handlers['articles.save']({ id, baseRevision: 0, draft: draftOf({ headline: 'Fönster A' }) });
    const error = await rejection(handlers['articles.save']({ id, baseRevision: 0, draft: draftOf({ headline: 'Fönster B' }) }));
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ base: 0, current: 1 });
    expect(error.messages.sv).toContain('Ingenting har skrivits över');
    expect((await handlers['articles.get']({ id })).headline).toBe('Fönster A');
    close();
  });

  it('keep a history entry per window and minute, so no window’s version disappears', async () => {
    const clock = { now: new Date('2024-05-09T11:18:00Z') };
    const core = makeCore(clock);
    const { id } = await core.handlers['articles.create']({ kind: 'news' });
    const save = (baseRevision: number, headline: string, sessionId: string) =>
      core.handlers['articles.save']({ id, baseRevision, draft: draftOf({ headline }), sessionId });
    await save(0, 'Utkast 1', 'window-a-0001');
    clock.now = new Date('2024-05-09T11:18:20Z');
    await save(1, 'Utkast 2', 'window-a-0001');
    await save(2, 'Annat fönster', 'window-b-0002');
    clock.now = new Date('2024-05-09T11:20:00Z');
    await save(3, 'Utkast 3', 'window-a-0001');
    const history = listRevisions(core.db, id).map((r) => [r.revision, r.draft.headline]);
    expect(history).toEqual([
      [2, 'Utkast 2'],
      [3, 'Annat fönster'],
      [4, 'Utkast 3'],
    ]);
    core.close();
  });

  it('find articles by any word, folding å, ä, ö and é, with the last word as a prefix', async () => {
    const { handlers, close } = makeCore();
    const hall = await handlers['articles.create']({ kind: 'news' });
    await handlers['articles.save']({
      id: hall.id,
      baseRevision: 0,
      draft: draftOf({
        headline: 'Stor insats vid anstalten Hall i Södertälje',
        bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      }),
    });
    const peer = await handlers['articles.create']({ kind: 'sponsored' });
    await handlers['articles.save']({
      id: peer.id,
      baseRevision: 0,
      draft: draftOf({
        headline: 'Nytt initiativ inom socialtjänsten',
        lead: 'Utbildning i Västerås för café-personal.',
        body: { root: { type: 'root', version: 1, children: [] } },
      }),
    });
    const search = async (query: string) => (await handlers['articles.list']({ scope: 'active', query })).map((a) => a.headline);

    expect(await search('sodertalje')).toEqual(['Stor insats vid anstalten Hall i Södertälje']);
    expect(await search('SÖDERTÄLJE')).toEqual(['Stor insats vid anstalten Hall i Södertälje']);
    expect(await search('vasteras')).toEqual(['Nytt initiativ inom socialtjänsten']);
    expect(await search('cafe')).toEqual(['Nytt initiativ inom socialtjänsten']);
    expect(await search('alexander is')).toEqual(['Stor insats vid anstalten Hall i Södertälje']);
    expect(await search('ambulanshelikopter')).toEqual(['Stor insats vid anstalten Hall i Södertälje']);
    expect(await search('"; DROP TABLE articles; --')).toEqual([]);
    expect(await search('   ')).toHaveLength(2);
    const [hit] = await handlers['articles.list']({ scope: 'active', query: 'kriminalvarden' });
    expect(hit?.snippet).toContain('\u0002Kriminalvården\u0003');
    close();
  });

  it('move to trash, restore, and empty the trash for good', async () => {
    const { handlers, db, close } = makeCore();
    const a = await handlers['articles.create']({ kind: 'news' });
    const b = await handlers['articles.create']({ kind: 'brief' });
    await handlers['articles.save']({ id: b.id, baseRevision: 0, draft: draftOf({ headline: 'Notis om trafik' }) });

    expect((await handlers['articles.trash']({ id: a.id })).trashedAt).not.toBeNull();
    await handlers['articles.trash']({ id: b.id });
    expect(await handlers['articles.list']({ scope: 'active', query: '' })).toEqual([]);
    expect((await handlers['articles.list']({ scope: 'trash', query: '' })).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());

    await handlers['articles.restore']({ id: a.id });
    expect(await handlers['articles.emptyTrash']({})).toEqual({ deleted: 1 });
    expect(db.prepare('SELECT id FROM articles').pluck().all()).toEqual([a.id]);
    expect(db.prepare('SELECT count(*) FROM article_revisions').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM article_search WHERE article_search MATCH 'trafik'").pluck().get()).toBe(0);
    expect((await rejection(handlers['articles.get']({ id: b.id }))).code).toBe('not_found');
    close();
  });

  it('tell every listener about saves, with the window that made them', async () => {
    const { handlers, events, close } = makeCore();
    const seen: unknown[] = [];
    events.on('article.changed', (change) => seen.push(change));
    const { id } = await handlers['articles.create']({ kind: 'news', sessionId: 'window-a-0001' });
    await handlers['articles.save']({ id, baseRevision: 0, draft: draftOf({}), sessionId: 'window-a-0001' });
    expect(seen).toEqual([
      { id, change: 'created', revision: 0, sessionId: 'window-a-0001' },
      { id, change: 'saved', revision: 1, sessionId: 'window-a-0001' },
    ]);
    close();
  });
});

describe('people', () => {
  it('are kept in a registry that autocompletes by the start of any name', async () => {
    const { handlers, close } = makeCore();
    const isa = await handlers['people.save']({ name: 'Alexander Isa', kind: 'reporter', title: 'reporter' });
    await handlers['people.save']({ name: 'Metin Hawsho', kind: 'outside', title: 'gruppledare (L)' });
    await handlers['people.save']({ name: 'Stina Hermansson', kind: 'outside', title: 'verksamhetsutvecklare' });
    const names = async (query: string) => (await handlers['people.list']({ query, sort: null, limit: 50 })).map((p) => p.name);
    expect(await names('')).toEqual(['Alexander Isa', 'Metin Hawsho', 'Stina Hermansson']);
    expect(await names('hers')).toEqual([]);
    expect(await names('Her')).toEqual(['Stina Hermansson']);
    expect(await names('ale')).toEqual(['Alexander Isa']);
    expect(await names('%')).toEqual([]);
    const renamed = await handlers['people.save']({ id: isa.id, name: 'Alexander Isa', kind: 'photographer', title: 'fotograf' });
    expect(renamed).toEqual({ id: isa.id, name: 'Alexander Isa', kind: 'photographer', title: 'fotograf' });
    await handlers['people.remove']({ id: isa.id });
    expect(await names('ale')).toEqual([]);
    expect((await rejection(handlers['people.remove']({ id: isa.id }))).code).toBe('person_not_found');
    close();
  });

  it('sort by name as Swedish does, by kind or by title, either way, and come back under their id after a removal', async () => {
    const { handlers, close } = makeCore();
    for (const [name, kind, title] of [
      ['Örjan Lind', 'editor', 'nyhetschef'],
      ['åsa Berg', 'photographer', 'fotograf'],
      ['Ärla Svensson', 'outside', 'krönikör'],
      ['Zara Ali', 'reporter', 'reporter'],
    ] as const) {
      await handlers['people.save']({ name, kind, title });
    }
    const sorted = async (column: 'name' | 'kind' | 'title', direction: 'ascending' | 'descending') =>
      (await handlers['people.list']({ query: '', sort: { column, direction }, limit: 2_000 })).map((p) => p.name);
    expect(await sorted('name', 'ascending')).toEqual(['Zara Ali', 'åsa Berg', 'Ärla Svensson', 'Örjan Lind']);
    expect(await sorted('name', 'descending')).toEqual(['Örjan Lind', 'Ärla Svensson', 'åsa Berg', 'Zara Ali']);
    expect(await sorted('kind', 'ascending')).toEqual(['Zara Ali', 'åsa Berg', 'Örjan Lind', 'Ärla Svensson']);
    expect(await sorted('title', 'ascending')).toEqual(['åsa Berg', 'Ärla Svensson', 'Örjan Lind', 'Zara Ali']);
    const [first] = await handlers['people.list']({ query: 'zara', sort: null, limit: 1 });
    await handlers['people.remove']({ id: first!.id });
    // Ångra saves the person again under the same id.
    await handlers['people.save']({ ...first! });
    expect((await handlers['people.list']({ query: 'zara', sort: null, limit: 50 }))[0]).toEqual(first);
    close();
  });

  it('give a new article its kind’s kicker, label and disclaimer from the newsroom’s settings', async () => {
    const { handlers, close } = makeCore();
    const opinion = await handlers['articles.create']({ kind: 'opinion' });
    expect(opinion).toMatchObject({
      kicker: 'INSÄNDARE:',
      disclaimer: 'Detta är en debatt/insändare. Åsikterna är skribentens egna.',
      label: '',
    });
    const settings = await handlers['settings.get']({});
    const newsroom = {
      ...settings.newsroom,
      kinds: { ...settings.newsroom.kinds, sponsored: { ...settings.newsroom.kinds.sponsored, label: 'Företag i fokus' } },
    };
    await handlers['settings.update']({ newsroom });
    expect(await handlers['articles.create']({ kind: 'sponsored' })).toMatchObject({ label: 'Företag i fokus' });
    close();
  });
});

describe('the contract at the boundary', () => {
  it('answers malformed input with a typed error and keeps running', async () => {
    const { handlers, close } = makeCore();
    const bad = await dispatch(handlers, 'articles.save', { id: 'not-a-uuid', baseRevision: -1, draft: { kind: 'poem' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message.sv).toMatch(/^Uppgifterna kunde inte tas emot: /);
      expect(bad.error.details.details).toContain('id');
    }
    for (const input of [null, 'text', 42, [], { scope: 'everything' }]) {
      const result = await dispatch(handlers, 'articles.list', input);
      if (input === null) expect(result.ok).toBe(true);
      else expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await dispatch(handlers, 'articles.format_disk', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await dispatch(handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await dispatch(handlers, 'articles.list', {})).toMatchObject({ ok: true, value: [] });
    close();
  });

  it('refuses a body with a node the editor does not know, and stores nothing', async () => {
    const { handlers, close } = makeCore();
    const { id } = await handlers['articles.create']({ kind: 'news' });
    const body = { root: { type: 'root' as const, version: 1, children: [{ type: 'script', version: 1, children: [] }] } };
    const result = await dispatch(handlers, 'articles.save', { id, baseRevision: 0, draft: draftOf({ headline: 'X', body }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handlers['articles.get']({ id })).toMatchObject({ headline: '', revision: 0 });
    close();
  });

  it('refuses fields over the newsroom’s length limits', async () => {
    const { handlers, close } = makeCore();
    const { id } = await handlers['articles.create']({ kind: 'news' });
    const result = await dispatch(handlers, 'articles.save', { id, baseRevision: 0, draft: draftOf({ headline: 'x'.repeat(501) }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    close();
  });
});
