/**
 * The outbox and a real WordPress behind a small proxy (publish-env.proxy.ts): a site never tested
 * has its REST API looked for on the first publish only, and kept with the site; a job waiting
 * for a site that could not be reached goes at once when the computer is back online
 * (publish.wake), not at its next retry.
 */
import { describe, expect, it } from 'vitest';
import { getSite, rememberRestRoot } from '../../main/db/sites';
import { body, p } from '../fixtures/seeds/build';
import { adminGet, saveArticle, startPublish, waitForJob, type Spalt } from './publish-support';
import { siteBehindProxy } from './file-sites';

const env = siteBehindProxy();

function article(spalt: Spalt, headline: string): Promise<string> {
  return saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    body: body(p('Brödtext.')),
  });
}

/** Requests for the REST index, which is how a client looks for the API (GET /wp-json/ or ?rest_route=/). */
const discoveries = () => env.proxy.log.filter((request) => request.route === '/').length;

async function postsTitled(title: string): Promise<Array<{ id: number }>> {
  return adminGet(env.site, `/wp/v2/posts?search=${encodeURIComponent(title)}&status=draft,pending,future,publish,private`);
}

describe('the REST root of a site never tested', () => {
  it('is looked for on the first publish only, and kept with the site', async () => {
    const spalt = await env.spalt();
    expect(getSite(spalt.core.db, spalt.siteId).restRoot).toBeNull();

    const first = await startPublish(spalt, {
      articleId: await article(spalt, 'Första jobbet letar'),
      siteId: spalt.siteId,
      action: 'draft',
    });
    expect((await waitForJob(spalt, first.id, ['done', 'failed'])).state).toBe('done');
    expect(discoveries()).toBe(1);
    expect(getSite(spalt.core.db, spalt.siteId).restRoot).toBe(`${env.proxy.url}/wp-json/`);

    env.proxy.log.length = 0;
    const second = await startPublish(spalt, {
      articleId: await article(spalt, 'Andra jobbet vet'),
      siteId: spalt.siteId,
      action: 'draft',
    });
    expect((await waitForJob(spalt, second.id, ['done', 'failed'])).state).toBe('done');
    expect(env.proxy.log.length).toBeGreaterThan(0);
    expect(discoveries()).toBe(0);
  });

  it('is not kept for an address or user the site no longer has', async () => {
    const spalt = await env.spalt();
    const before = getSite(spalt.core.db, spalt.siteId);
    const user = env.site.users.editor;
    // Moved while a job was looking for the API: what it finds at the old address stays out.
    await spalt.handlers['sites.save']({
      id: spalt.siteId,
      name: 'Testsajten',
      address: env.site.url,
      username: user.username,
      password: user.applicationPassword,
    });
    expect(rememberRestRoot(spalt.core.db, before, `${env.proxy.url}/wp-json/`)).toBe(false);
    expect(getSite(spalt.core.db, spalt.siteId).restRoot).toBeNull();
    expect(rememberRestRoot(spalt.core.db, getSite(spalt.core.db, spalt.siteId), `${env.site.url}/wp-json/`)).toBe(true);
    // A root once kept is not replaced by a later find.
    expect(rememberRestRoot(spalt.core.db, getSite(spalt.core.db, spalt.siteId), `${env.site.url}/?rest_route=/`)).toBe(false);
    expect(getSite(spalt.core.db, spalt.siteId).restRoot).toBe(`${env.site.url}/wp-json/`);
  });
});

describe('back online', () => {
  it('sends a job waiting for an unreachable site at once, long before its next retry', async () => {
    // Retries ten minutes apart: only the wake can make it go within the test.
    const spalt = await env.spalt({ outbox: { timing: { baseMs: 10 * 60_000, maxMs: 10 * 60_000 } } });
    const headline = 'Skickad när bussen fick nät';
    const id = await article(spalt, headline);
    await env.proxy.stop();
    let nextAttemptAt: string;
    let jobId: string;
    try {
      const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
      jobId = job.id;
      const waiting = await waitForJob(spalt, job.id, ['waiting']);
      expect(waiting.error).toMatchObject({ code: 'wp_unreachable', details: { reason: 'ECONNREFUSED' } });
      nextAttemptAt = waiting.nextAttemptAt!;
    } finally {
      await env.proxy.start();
    }
    expect(await spalt.handlers['publish.wake']({})).toEqual({ woken: 1 });
    const done = await waitForJob(spalt, jobId, ['done', 'failed'], 10_000);
    expect(done).toMatchObject({ state: 'done', error: null, result: { status: 'publish' } });
    expect(Date.parse(done.updatedAt)).toBeLessThan(Date.parse(nextAttemptAt) - 5 * 60_000);
    expect(await postsTitled(headline)).toHaveLength(1);
  });
});
