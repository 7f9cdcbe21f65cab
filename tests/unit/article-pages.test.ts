import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { searchListLimit } from '../../main/db/article-pages';
import { ftsQuery } from '../../main/db/search-query';
import { dispatch } from '../../main/dispatch';
import type { ArticleDraft, ArticlePage } from '../../shared/article/article';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function draftOf(headline: string, body = 'Text.'): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline,
    lead: '',
    bylines: [],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: body }] }],
      },
    },
  };
}

/** A core on a real file whose clock moves only when told, so many articles share one time of change. */
function clockedCore(): { core: Core; tick: () => void } {
  let now = Date.parse('2026-03-01T08:00:00.000Z');
  const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false }, now: () => new Date(now) });
  return { core, tick: () => (now += 1000) };
}

async function writeArticles(core: Core, tick: () => void, count: number, headline = (i: number) => `Artikel ${i}`): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    // Five articles to each second: ties the order must break the same way on every page.
    if (i % 5 === 0) tick();
    const { id } = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({ id, baseRevision: 0, draft: draftOf(headline(i)) });
    ids.push(id);
  }
  return ids;
}

async function page(core: Core, input: Record<string, unknown>): Promise<ArticlePage> {
  const answer = await dispatch(core.handlers, 'articles.page', input);
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as ArticlePage;
}

describe('the library’s pages', () => {
  it('go through every article once, last changed first, while articles are saved between pages', async () => {
    const { core, tick } = clockedCore();
    const ids = await writeArticles(core, tick, 230);
    const seen: string[] = [];
    const savedMeanwhile = new Set<string>();
    const seenTimes = new Map<string, string>();
    let next: string | null = null;
    let pages = 0;
    do {
      const answer: ArticlePage = await page(core, { scope: 'active', limit: 40, ...(next ? { after: next } : {}) });
      expect(answer.total).toBe(230);
      const times = answer.items.map((a) => a.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
      // A page goes on below where the previous one ended, whatever moved to the top meanwhile.
      if (seen.length > 0 && answer.items[0]) expect(answer.items[0].updatedAt <= seenTimes.get(seen.at(-1)!)!).toBe(true);
      for (const a of answer.items) seenTimes.set(a.id, a.updatedAt);
      seen.push(...answer.items.map((a) => a.id));
      next = answer.next;
      pages += 1;
      // Between pages, one article not yet reached and one already shown are saved: both move to the top.
      tick();
      for (const id of [ids[pages * 7]!, seen[3]!]) {
        const { revision } = await core.handlers['articles.get']({ id });
        await core.handlers['articles.save']({ id, baseRevision: revision, draft: draftOf(`Ändrad ${id}`) });
        savedMeanwhile.add(id);
      }
    } while (next !== null);
    expect(pages).toBe(6);
    expect(new Set(seen).size).toBe(seen.length);
    const untouched = ids.filter((id) => !savedMeanwhile.has(id));
    expect(untouched.every((id) => seen.includes(id))).toBe(true);
    core.close();
  });

  it('give the same rows at an offset as after the previous page, with the count of each scope', async () => {
    const { core, tick } = clockedCore();
    const ids = await writeArticles(core, tick, 120);
    for (const id of ids.slice(0, 15)) await core.handlers['articles.trash']({ id });
    const first = await page(core, { scope: 'active', limit: 50 });
    const byCursor = await page(core, { scope: 'active', limit: 50, after: first.next });
    const byOffset = await page(core, { scope: 'active', limit: 50, offset: 50 });
    expect(byOffset.items.map((a) => a.id)).toEqual(byCursor.items.map((a) => a.id));
    const last = await page(core, { scope: 'active', limit: 50, offset: 100 });
    expect([first.total, last.items.length, last.next]).toEqual([105, 5, null]);
    // The oldest article still in the library ends the list.
    expect(last.items.at(-1)?.id).toBe(ids[15]);
    const trash = await page(core, { scope: 'trash', limit: 50 });
    expect(trash.total).toBe(15);
    expect(new Set(trash.items.map((a) => a.id))).toEqual(new Set(ids.slice(0, 15)));
    core.close();
  });

  it('list a search of a few matches best first, a headline hit before newer ones in the text', async () => {
    const { core, tick } = clockedCore();
    await writeArticles(core, tick, 130, (i) => (i % 2 === 0 ? `Hamnen i Södertälje ${i}` : `Skolan ${i}`));
    const search = await page(core, { scope: 'active', query: 'hamnen', limit: 100 });
    expect([search.total, search.capped, search.next]).toEqual([65, false, null]);
    expect(search.items.every((a) => a.headline.startsWith('Hamnen'))).toBe(true);
    tick();
    const { id: inHeadline } = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({ id: inHeadline, baseRevision: 0, draft: draftOf('Ambulansen larmades till torget') });
    for (const headline of ['Trafiken i Järna', 'Skolan i Järna']) {
      tick();
      const { id } = await core.handlers['articles.create']({ kind: 'news' });
      await core.handlers['articles.save']({ id, baseRevision: 0, draft: draftOf(headline, 'Ambulansen kom efter en kvart.') });
    }
    const best = await page(core, { scope: 'active', query: 'ambulansen', limit: 30 });
    expect([best.total, best.capped]).toEqual([3, false]);
    // Equal matches (the same text, headlines as long) newest first.
    expect(best.items.map((a) => a.headline)).toEqual(['Ambulansen larmades till torget', 'Skolan i Järna', 'Trafiken i Järna']);
    // Each row shown carries its passage, the words marked.
    expect(best.items.map((a) => a.snippet)).toEqual([
      '\u0002Ambulansen\u0003 larmades till torget',
      '\u0002Ambulansen\u0003 kom efter en kvart.',
      '\u0002Ambulansen\u0003 kom efter en kvart.',
    ]);
    // The trash is searched apart from the library.
    await core.handlers['articles.trash']({ id: inHeadline });
    const trashed = await page(core, { scope: 'trash', query: 'ambulansen', limit: 30 });
    expect([trashed.total, trashed.items.map((a) => a.id)]).toEqual([1, [inHeadline]]);
    expect((await page(core, { scope: 'active', query: 'ambulansen', limit: 30 })).total).toBe(2);
    // Typed without å, ä and ö, a word still finds its article.
    const folded = await page(core, { scope: 'active', query: 'sodertalje 128', limit: 30 });
    expect(folded.items.map((a) => [a.headline, a.snippet])).toEqual([
      ['Hamnen i Södertälje 128', 'Hamnen i \u0002Södertälje\u0003 \u0002128\u0003'],
    ]);
    core.close();
  });

  it('rank a few matches as FTS5’s own bm25 ranks them, a word every article holds left out of the weighing', async () => {
    const { core, tick } = clockedCore();
    // Every article holds "kommunen"; ten hold "ambulansen" in headlines of different lengths.
    await writeArticles(core, tick, 250, (i) =>
      i % 25 === 0 ? `Ambulansen ${'larmades åter '.repeat(1 + i / 25)}till kommunen` : `Kommunen ${i}`,
    );
    for (const query of ['kommunen ambulansen', 'ambulansen kommunen']) {
      const answer = await page(core, { scope: 'active', query, limit: 30 });
      const bm25 = core.db
        .prepare(
          `SELECT a.id FROM article_search JOIN articles a ON a.seq = article_search.rowid
           WHERE article_search MATCH ? ORDER BY article_search.rank, article_search.rowid DESC`,
        )
        .pluck()
        .all(ftsQuery(query)) as string[];
      expect([answer.total, answer.capped]).toEqual([10, false]);
      expect(answer.items.map((a) => a.id)).toEqual(bm25);
    }
    core.close();
  });

  it('list a search of more matches than it lists by its newest, newest first, with snippets on the page asked for', async () => {
    const { core, tick } = clockedCore();
    const count = searchListLimit + 20;
    const ids = await writeArticles(core, tick, count, (i) => `Hamnen i Södertälje ${i}`);
    const newestFirst = ids.toReversed();
    const first = await page(core, { scope: 'active', query: 'sodertalje', limit: 30 });
    expect([first.total, first.capped, first.next]).toEqual([searchListLimit, true, null]);
    expect(first.items.map((a) => a.id)).toEqual(newestFirst.slice(0, 30));
    expect(first.items.every((a) => a.snippet?.includes('\u0002Södertälje\u0003'))).toBe(true);
    // The list ends at its limit: a page past it is empty, the last page ends with the oldest listed.
    const last = await page(core, { scope: 'active', query: 'sodertalje', limit: 30, offset: 480 });
    expect(last.items.map((a) => a.id)).toEqual(newestFirst.slice(480, searchListLimit));
    expect(last.items.every((a) => a.snippet !== null)).toBe(true);
    expect((await page(core, { scope: 'active', query: 'sodertalje', limit: 30, offset: searchListLimit })).items).toEqual([]);
    // Sorted, the same newest matches in the order asked for.
    const sorted = await page(core, {
      scope: 'active',
      query: 'hamnen',
      limit: 500,
      sort: { column: 'headline', direction: 'descending' },
    });
    expect([sorted.total, sorted.capped]).toEqual([searchListLimit, true]);
    expect(new Set(sorted.items.map((a) => a.id))).toEqual(new Set(newestFirst.slice(0, searchListLimit)));
    expect(sorted.items[0]?.headline).toBe('Hamnen i Södertälje 99');
    // Narrowed to a few, the same words are ranked again.
    const narrowed = await page(core, { scope: 'active', query: 'hamnen 7', limit: 30 });
    expect([narrowed.total, narrowed.capped]).toEqual([1, false]);
    core.close();
  });

  it('refuse a cursor that is not one, saying what is wrong', async () => {
    const { core } = clockedCore();
    const answer = await dispatch(core.handlers, 'articles.page', { after: "'; DROP TABLE articles; --" });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });
});

describe('the article view’s lookups', () => {
  it('tell of given ids which are in the library, which in the trash, and leave out the gone', async () => {
    const { core, tick } = clockedCore();
    const [kept, trashed, deleted] = await writeArticles(core, tick, 3);
    await core.handlers['articles.trash']({ id: trashed! });
    await core.handlers['articles.trash']({ id: deleted! });
    await core.handlers['articles.restore']({ id: trashed! });
    await core.handlers['articles.trash']({ id: trashed! });
    await core.handlers['articles.restore']({ id: deleted! });
    await core.handlers['articles.trash']({ id: deleted! });
    await core.handlers['articles.emptyTrash']({});
    const answer = await core.handlers['articles.summaries']({ ids: [kept!, trashed!, deleted!] });
    expect(answer.map((a) => a.id)).toEqual([kept]);
    core.close();
  });

  it('find a few articles by the words of their headline, not their body', async () => {
    const { core, tick } = clockedCore();
    await writeArticles(core, tick, 40, (i) => `Skolan ${i}`);
    tick();
    const { id } = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({ id, baseRevision: 0, draft: draftOf('Stor insats vid anstalten Hall', 'Skolan stängd.') });
    const hall = await core.handlers['articles.headlines']({ query: 'anstalten ha', limit: 20 });
    expect(hall.map((a) => a.headline)).toEqual(['Stor insats vid anstalten Hall']);
    const schools = await core.handlers['articles.headlines']({ query: 'skolan', limit: 20 });
    expect(schools).toHaveLength(20);
    expect(schools.some((a) => a.id === id)).toBe(false);
    const recent = await core.handlers['articles.headlines']({ query: '', limit: 5 });
    expect(recent[0]?.id).toBe(id);
    expect(recent).toHaveLength(5);
    core.close();
  });
});
