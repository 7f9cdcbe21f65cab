/**
 * The queue a page at a time and publish.wake, in a real SQLite profile through the contract:
 * pages that follow each other with no job twice and none left out, also when many jobs share
 * a millisecond or the clock went back; and waking the jobs that wait for the network (and only
 * those) so that the worker tries them at once.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import type { PublishJob } from '../../shared/publish/publish';
import { createCore, type Core, type CoreOptions } from '../../main/core';
import { getJob, updateJob } from '../../main/db/outbox';
import { dispatch } from '../../main/dispatch';
import { WordPressError } from '../../main/publish/wordpress/errors';
import { body, p } from '../fixtures/seeds/build';
import { freePort } from '../wordpress/processes';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-queue-');

const draft = (headline: string): ArticleDraft => ({
  kind: 'news',
  kicker: '',
  headline,
  lead: 'En ingress.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(p('Brödtext.')),
});

/** A core whose only site is a loopback port where nothing listens. */
async function setup(options: Partial<CoreOptions> = {}) {
  const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false }, ...options });
  const site = await core.handlers['sites.save']({
    name: 'Nere',
    address: `http://127.0.0.1:${await freePort()}`,
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const article = async (headline: string) => {
    const created = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({ id: created.id, baseRevision: 0, draft: draft(headline) });
    return created.id;
  };
  const start = (articleId: string) =>
    core.handlers['publish.start']({ articleId, siteId: site.id, action: 'publish', categories: [], newCategories: [], tags: [] });
  return { core, siteId: site.id, article, start };
}

/** Every page of `limit` jobs, each asked for after the last job of the one before. */
async function allPages(core: Core, limit: number, filter: { articleId?: string } = {}): Promise<PublishJob[][]> {
  const pages: PublishJob[][] = [];
  let before: { createdAt: string; id: string } | undefined;
  for (;;) {
    const page = await core.handlers['publish.jobs']({ ...filter, limit, ...(before ? { before } : {}) });
    if (page.length === 0) return pages;
    pages.push(page);
    const last = page.at(-1)!;
    before = { createdAt: last.createdAt, id: last.id };
  }
}

describe('publish.jobs a page at a time', () => {
  it('gives every job once, newest first, across pages that split a millisecond, and after the clock went back', async () => {
    let time = Date.parse('2026-11-23T10:00:00.000Z');
    const { core, article, start } = await setup({ now: () => new Date(time) });
    const first = await article('Första artikeln');
    const second = await article('Andra artikeln');
    const started: string[] = [];
    // Seven jobs in one millisecond, five a second later, then three after the clock was set back.
    for (let i = 0; i < 7; i++) started.push((await start(i % 2 === 0 ? first : second)).id);
    time += 1_000;
    for (let i = 0; i < 5; i++) started.push((await start(second)).id);
    time -= 60_000;
    for (let i = 0; i < 3; i++) started.push((await start(first)).id);

    const everything = await core.handlers['publish.jobs']({ limit: 500 });
    expect(everything).toHaveLength(15);
    // By time, newest first; within a millisecond, the later job first.
    const expected = [...started.slice(7, 12).reverse(), ...started.slice(0, 7).reverse(), ...started.slice(12).reverse()];
    expect(everything.map((job) => job.id)).toEqual(expected);

    for (const limit of [1, 2, 3, 4, 6]) {
      const pages = await allPages(core, limit);
      expect(pages.every((page) => page.length <= limit)).toBe(true);
      expect(
        pages.flat().map((job) => job.id),
        `pages of ${limit}`,
      ).toEqual(expected);
    }
    // One article's jobs page the same way.
    const firstJobs = everything.filter((job) => job.articleId === first).map((job) => job.id);
    expect((await allPages(core, 2, { articleId: first })).flat().map((job) => job.id)).toEqual(firstJobs);
    core.close();
  });

  it('leaves nothing out when the job a page ended on is gone', async () => {
    const { core, article, start } = await setup({ now: () => new Date('2026-11-23T10:00:00.000Z') });
    const id = await article('Artikel');
    for (let i = 0; i < 6; i++) await start(id);
    const [page] = await allPages(core, 3);
    const cursor = page!.at(-1)!;
    core.db.prepare('DELETE FROM publish_jobs WHERE id = ?').run(cursor.id);
    const next = await core.handlers['publish.jobs']({ limit: 10, before: { createdAt: cursor.createdAt, id: cursor.id } });
    // All six share the millisecond: without its seq the cursor cannot split it, so the page
    // repeats the ones before rather than skip the ones after.
    const remaining = (await core.handlers['publish.jobs']({ limit: 10 })).map((job) => job.id);
    expect(next.map((job) => job.id)).toEqual(remaining);
    core.close();
  });

  it('refuses a cursor that is not a job’s time and id', async () => {
    const { core } = await setup();
    const refused = await dispatch(core.handlers, 'publish.jobs', { before: { createdAt: 'igår', id: 'x' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });
});

describe('publish.wake', () => {
  it('makes due the jobs that got no answer from their site, and keeps the time a site asked for', async () => {
    const now = '2026-11-23T10:00:00.000Z';
    const { core, article, start } = await setup({ now: () => new Date(now) });
    const later = '2026-11-23T10:30:00.000Z';
    const wait = async (headline: string, error: WordPressError, state: 'waiting' | 'failed' = 'waiting') => {
      const job = await start(await article(headline));
      updateJob(core.db, job.id, { state, attempts: 5, nextAttemptAt: later, error: error.toValue() }, now);
      return job.id;
    };
    const address = 'http://127.0.0.1:9';
    const unreachable = await wait(
      'Nätet borta',
      new WordPressError('wp_unreachable', { address, reason: 'ENETUNREACH' }, { disposition: 'retryable' }),
    );
    const timedOut = await wait(
      'Tog för lång tid',
      new WordPressError('wp_timeout', { address, seconds: 30 }, { disposition: 'retryable' }),
    );
    const noDns = await wait(
      'Ingen namnuppslagning',
      new WordPressError('wp_host_not_found', { address, host: 'x', reason: 'EAI_AGAIN' }, { disposition: 'retryable' }),
    );
    const rateLimited = await wait(
      'För många anrop',
      new WordPressError('wp_rate_limited', { address, retryAfterSeconds: 1800 }, { disposition: 'retryable' }),
    );
    const busy = await wait('Upptagen', new WordPressError('wp_server_error', { address, status: 503 }, { disposition: 'retryable' }));
    const failed = await wait(
      'Misslyckad',
      new WordPressError('wp_unreachable', { address, reason: 'ECONNREFUSED' }, { disposition: 'retryable' }),
      'failed',
    );

    expect(await core.handlers['publish.wake']({})).toEqual({ woken: 3 });
    for (const id of [unreachable, timedOut, noDns])
      expect(getJob(core.db, id)).toMatchObject({ state: 'waiting', nextAttemptAt: now, attempts: 5 });
    for (const id of [rateLimited, busy]) expect(getJob(core.db, id)).toMatchObject({ state: 'waiting', nextAttemptAt: later });
    expect(getJob(core.db, failed).state).toBe('failed');
    // Nothing is left to wake.
    expect(await core.handlers['publish.wake']({})).toEqual({ woken: 0 });
    core.close();
  });

  it('has the worker try a job waiting for an unreachable site at once, not at its next retry ten minutes on', async () => {
    const { core, article, start } = await setup({ outbox: { timing: { baseMs: 10 * 60_000, maxMs: 10 * 60_000 } } });
    const job = await start(await article('Skrivet på bussen'));
    const attempts = async () => (await core.handlers['publish.jobs']({ limit: 10 })).find((candidate) => candidate.id === job.id)!;
    await expect.poll(async () => (await attempts()).state).toBe('waiting');
    const waiting = await attempts();
    expect(waiting).toMatchObject({ attempts: 1, error: { code: 'wp_unreachable' } });
    expect(Date.parse(waiting.nextAttemptAt!) - Date.now()).toBeGreaterThan(7 * 60_000);

    expect(await core.handlers['publish.wake']({})).toEqual({ woken: 1 });
    // Still unreachable, so it waits again: but it was tried, now.
    await expect.poll(async () => (await attempts()).attempts, { timeout: 5_000 }).toBe(2);
    expect(await attempts()).toMatchObject({ state: 'waiting', error: { code: 'wp_unreachable' } });
    core.close();
  });
});
