import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { filterSql, sortPlan } from '../../main/db/article-order';
import { articlePageQueries } from '../../main/db/article-pages';
import { openDatabase } from '../../main/db/open';
import type { ArticleKind, ArticlePage, ArticleStatus, ArticleSummary } from '../../shared/article/article';
import { LibrarySortColumn } from '../../shared/article/library-order';
import { useTempDir } from '../support/temp-dir';
import { join } from 'node:path';

const tempDir = useTempDir();

function explain(db: ReturnType<typeof openDatabase>, sql: string, params: Record<string, unknown>): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
}

const indexOf: Record<LibrarySortColumn, string> = {
  headline: 'articles_by_headline',
  status: 'articles_by_status',
  kind: 'articles_by_kind',
  changed: 'articles_page',
};

describe('the library’s sorted and filtered pages, as SQLite plans them', () => {
  it('read each sort’s first page and the pages after it from its own index, in either direction, never sorting', () => {
    const db = openDatabase(join(tempDir(), 'spalt.sqlite'));
    const none = filterSql({ status: null, kind: null });
    for (const column of LibrarySortColumn.options) {
      for (const direction of ['ascending', 'descending'] as const) {
        const plan = sortPlan({ column, direction });
        const params = { inTrash: 0, limit: 100, offset: 0, key0: plan.grouped ? 3 : 'm', key1: '2026-01-01', seq: 5 };
        const afters = plan.grouped ? (['none', 'past', 'withinGroup'] as const) : (['none', 'past'] as const);
        for (const after of afters) {
          const details = explain(db, articlePageQueries.page(plan, none, after), params);
          expect(details, `${column} ${direction} ${after}`).toContain(`USING INDEX ${indexOf[column]} (<expr>=?`);
          expect(details, `${column} ${direction} ${after}`).not.toContain('TEMP B-TREE');
          // After a cursor the scan starts at the cursor, not at the top of the list.
          if (after !== 'none') expect(details).toMatch(/AND (<expr>|updated_at)[<>]\?\)/);
        }
      }
    }
    db.close();
  });

  it('read a status’s or a kind’s last changed first from its index, and count either from an index alone', () => {
    const db = openDatabase(join(tempDir(), 'spalt.sqlite'));
    const plan = sortPlan({ column: 'changed', direction: 'descending' });
    for (const [filter, index] of [
      [filterSql({ status: 'draft', kind: null }), 'articles_by_status'],
      [filterSql({ status: null, kind: 'brief' }), 'articles_by_kind'],
    ] as const) {
      const params = { inTrash: 0, limit: 100, offset: 0, ...filter.params };
      const first = explain(db, articlePageQueries.page(plan, filter), params);
      expect(first).toContain(`USING INDEX ${index} (<expr>=? AND <expr>=?)`);
      expect(first).not.toContain('TEMP B-TREE');
      const after = explain(db, articlePageQueries.page(plan, filter, 'past'), { ...params, key0: '2026-01-01', seq: 5 });
      expect(after).toContain(`USING INDEX ${index} (<expr>=? AND <expr>=? AND updated_at<?)`);
      expect(explain(db, articlePageQueries.count(filter), params)).toContain(`USING COVERING INDEX ${index} (<expr>=? AND <expr>=?)`);
    }
    db.close();
  });
});

/** A core whose clock moves a second at each article, so the time of change orders them. */
function clockedCore(): Core {
  let now = Date.parse('2026-03-01T08:00:00.000Z');
  return createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false }, now: () => new Date((now += 1000)) });
}

interface Written {
  headline: string;
  kind?: ArticleKind;
  status?: ArticleStatus;
  body?: string;
}

async function write(core: Core, articles: Written[]): Promise<string[]> {
  const ids: string[] = [];
  for (const { headline, kind = 'news', status = 'draft', body = 'Text.' } of articles) {
    const created = await core.handlers['articles.create']({ kind });
    const { id, revision, createdAt: _c, updatedAt: _u, trashedAt: _t, status: _s, ...draft } = created;
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: body }] };
    await core.handlers['articles.save']({
      id,
      baseRevision: revision,
      draft: { ...draft, headline, body: { root: { type: 'root', version: 1, children: [paragraph] } } },
    });
    // The status is the site's to set (a publish, a review); the test sets it as a sync would.
    core.db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, id);
    ids.push(id);
  }
  return ids;
}

async function page(core: Core, input: Record<string, unknown>): Promise<ArticlePage> {
  const answer = await dispatch(core.handlers, 'articles.page', input);
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as ArticlePage;
}

/** Every article of a sorted list, a page at a time by cursor. */
async function everyPage(core: Core, input: Record<string, unknown>, limit: number): Promise<ArticleSummary[]> {
  const seen: ArticleSummary[] = [];
  let next: string | null = null;
  do {
    const answer: ArticlePage = await page(core, { ...input, limit, ...(next ? { after: next } : {}) });
    seen.push(...answer.items);
    next = answer.next;
  } while (next !== null);
  return seen;
}

describe('the library sorted and filtered', () => {
  it('sorts headlines as Swedish does, case folded with å, ä, ö after z, and reverses on the second click', async () => {
    const core = clockedCore();
    const headlines = ['Öppet hus i Hallunda', 'ärende om bygglov', 'Åtta skadade', 'Zebralagret', 'bilar i Ronna', 'Anstalten Hall'];
    await write(
      core,
      headlines.map((headline) => ({ headline })),
    );
    const ascending = await everyPage(core, { sort: { column: 'headline', direction: 'ascending' } }, 4);
    const expected = ['Anstalten Hall', 'bilar i Ronna', 'Zebralagret', 'Åtta skadade', 'ärende om bygglov', 'Öppet hus i Hallunda'];
    expect(ascending.map((a) => a.headline)).toEqual(expected);
    const descending = await everyPage(core, { sort: { column: 'headline', direction: 'descending' } }, 4);
    expect(descending.map((a) => a.headline)).toEqual([...expected].reverse());
    core.close();
  });

  it('sorts by status in the workflow’s order, the newest first within each, paging across the groups without a gap', async () => {
    const core = clockedCore();
    const statuses: ArticleStatus[] = [
      'published',
      'draft',
      'in_review',
      'published',
      'draft',
      'scheduled',
      'returned',
      'draft',
      'published',
    ];
    await write(
      core,
      statuses.map((status, i) => ({ headline: `Artikel ${i}`, status })),
    );
    const sorted = await everyPage(core, { sort: { column: 'status', direction: 'ascending' } }, 2);
    expect(sorted.map((a) => a.headline)).toEqual([
      'Artikel 7',
      'Artikel 4',
      'Artikel 1',
      'Artikel 2',
      'Artikel 6',
      'Artikel 5',
      'Artikel 8',
      'Artikel 3',
      'Artikel 0',
    ]);
    const reversed = await everyPage(core, { sort: { column: 'status', direction: 'descending' } }, 2);
    expect(reversed.map((a) => a.id)).toEqual(sorted.map((a) => a.id).reverse());
    // A jump down the list by offset lands where the cursor's pages do.
    const atOffset = await page(core, { sort: { column: 'status', direction: 'ascending' }, offset: 4, limit: 3 });
    expect(atOffset.items.map((a) => a.id)).toEqual(sorted.slice(4, 7).map((a) => a.id));
    core.close();
  });

  it('filters by status and kind together, counts what it shows, and filters a search alike', async () => {
    const core = clockedCore();
    await write(core, [
      { headline: 'Hamnen byggs ut', kind: 'news', status: 'draft' },
      { headline: 'Hamnen stänger', kind: 'brief', status: 'draft' },
      { headline: 'Hamnen öppnar igen', kind: 'brief', status: 'published' },
      { headline: 'Skolan renoveras', kind: 'brief', status: 'draft' },
      { headline: 'Debatt om hamnen', kind: 'opinion', status: 'draft' },
    ]);
    const drafts = await page(core, { status: 'draft' });
    expect([drafts.total, drafts.items.map((a) => a.headline)]).toEqual([
      4,
      ['Debatt om hamnen', 'Skolan renoveras', 'Hamnen stänger', 'Hamnen byggs ut'],
    ]);
    const draftBriefs = await page(core, { status: 'draft', kind: 'brief', sort: { column: 'headline', direction: 'ascending' } });
    expect(draftBriefs.items.map((a) => a.headline)).toEqual(['Hamnen stänger', 'Skolan renoveras']);
    expect(draftBriefs.total).toBe(2);
    const search = await page(core, { query: 'hamnen', kind: 'brief', sort: { column: 'headline', direction: 'descending' } });
    expect(search.items.map((a) => a.headline)).toEqual(['Hamnen öppnar igen', 'Hamnen stänger']);
    const nothing = await page(core, { status: 'returned' });
    expect([nothing.total, nothing.items]).toEqual([0, []]);
    core.close();
  });

  it('refuses a sort, a filter or a cursor it does not know, saying what is wrong', async () => {
    const core = clockedCore();
    await write(core, [{ headline: 'Ett' }, { headline: 'Två' }]);
    for (const input of [
      { sort: { column: 'byline', direction: 'ascending' } },
      { status: 'lost' },
      { kind: 'ad', status: 'draft' },
      { after: '["2026-01-01T00:00:00.000Z"]' },
    ]) {
      expect(await dispatch(core.handlers, 'articles.page', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // A cursor of the list by time of change does not page a list by status.
    const byTime = await page(core, { limit: 1 });
    const mixed = await dispatch(core.handlers, 'articles.page', {
      sort: { column: 'status', direction: 'ascending' },
      after: byTime.next,
    });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });
});
