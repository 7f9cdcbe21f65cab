/**
 * Faults through whole publishes, against a real WordPress behind the test proxy: on the terms
 * step, a stall past the client's timeout, a 500 after the site did the work, and 429 on a
 * post's update when an article is published again. Each publish ends done, with exactly one
 * post, one media item per photo and one of each term on the site, and the faults met the way
 * the outbox promises: waited out, looked up, never sent twice. (The proof publish-faults runs
 * every fault at every step.)
 */
import { describe, expect, it } from 'vitest';
import type { Spalt } from './publish-support';
import { siteBehindProxy } from './file-sites';
import {
  addParagraph,
  criticalError,
  faultArticle,
  faultedRequests,
  faultOnce,
  faultSteps,
  publishAndWait,
  rateLimited,
  recordWaits,
  retryAfterSeconds,
  siteProblems,
} from '../support/publish-faults';

const env = siteBehindProxy();
/** Only where a stall must run into it: elsewhere a slow machine must not cut a real request short. */
const requestTimeoutMs = 4_000;

async function spaltWithWaits(timeouts: { requestMs?: number } = {}): Promise<{ spalt: Spalt; waitsOf: (jobId: string) => string[] }> {
  const spalt = await env.spalt({ outbox: { client: { timeouts } } });
  return { spalt, waitsOf: recordWaits(spalt) };
}

const requests = (method: string, route: string | RegExp) =>
  env.proxy.log.filter((r) => r.method === method && (typeof route === 'string' ? r.route === route : route.test(r.route)));

describe('faults on the terms step', () => {
  it('a category created but its answer lost, a tag refused with 429, then created and answered 500: one of each term', async () => {
    const { spalt, waitsOf } = await spaltWithWaits();
    const article = await faultArticle(spalt, 'termfel', 600);
    faultOnce(env.proxy, [
      { matches: faultSteps.category.matches, action: 'drop-answer' },
      { matches: faultSteps.tag.matches, action: rateLimited },
      { matches: faultSteps.tag.matches, action: { afterWork: criticalError } },
    ]);
    const job = await publishAndWait(spalt, article);

    expect(await siteProblems(env.site, article, job)).toEqual([]);
    expect(waitsOf(job.id)).toEqual(['terms:wp_unreachable', 'terms:wp_rate_limited', 'terms:wp_server_error']);
    const [dropped, refused] = faultedRequests(env.proxy);
    expect(refused).toMatchObject({ route: '/wp/v2/tags', action: rateLimited });
    expect(refused!.nextAfterMs).toBeGreaterThanOrEqual(retryAfterSeconds * 1000);
    // Asked again by name, WordPress answers term_exists with the term made the first time, which Spalt reads.
    expect(dropped).toMatchObject({ route: '/wp/v2/categories', action: 'drop-answer' });
    expect(requests('GET', /^\/wp\/v2\/categories\/\d+$/).length).toBeGreaterThanOrEqual(1);
    expect(requests('GET', /^\/wp\/v2\/tags\/\d+$/).length).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

describe('a stall past the client’s timeout', () => {
  it('on an upload and on the post’s create: each looked up, found missing, sent again, once', async () => {
    const { spalt, waitsOf } = await spaltWithWaits({ requestMs: requestTimeoutMs });
    const article = await faultArticle(spalt, 'stopp', 620);
    faultOnce(env.proxy, [
      { matches: faultSteps.media.matches, action: 'stall' },
      { matches: faultSteps.postCreate.matches, action: 'stall' },
    ]);
    const job = await publishAndWait(spalt, article);

    expect(await siteProblems(env.site, article, job)).toEqual([]);
    expect(waitsOf(job.id)).toEqual(['photos:wp_timeout', 'post:wp_timeout']);
    const stalls = faultedRequests(env.proxy);
    expect(stalls.map((r) => r.route)).toEqual(['/wp/v2/media', '/wp/v2/posts']);
    for (const stall of stalls) expect(stall.nextAfterMs).toBeGreaterThanOrEqual(requestTimeoutMs);
    // The lookups come before anything is sent again.
    for (const stall of stalls) expect(env.proxy.log.slice(stall.index + 1).find((r) => r.route === stall.route)?.method).toBe('GET');
    expect(requests('POST', '/wp/v2/media')).toHaveLength(article.photos.length + 1);
    expect(requests('POST', '/wp/v2/posts')).toHaveLength(2);
  }, 60_000);
});

describe('a 500 after the site did the work', () => {
  it('on an upload, the post’s create and its update: found by their markers, never sent twice', async () => {
    const { spalt, waitsOf } = await spaltWithWaits();
    const article = await faultArticle(spalt, 'serverfel', 640);
    faultOnce(env.proxy, [
      { matches: faultSteps.media.matches, action: { afterWork: criticalError } },
      { matches: faultSteps.postCreate.matches, action: { afterWork: criticalError } },
      { matches: faultSteps.postUpdate.matches, action: { afterWork: criticalError } },
    ]);
    const job = await publishAndWait(spalt, article);

    expect(await siteProblems(env.site, article, job)).toEqual([]);
    expect(waitsOf(job.id)).toEqual(['photos:wp_server_error', 'post:wp_server_error', 'post:wp_server_error']);
    expect(requests('POST', '/wp/v2/media')).toHaveLength(article.photos.length);
    expect(requests('POST', '/wp/v2/posts')).toHaveLength(1);
  }, 60_000);
});

describe('a post published again', () => {
  it('waits out a 429 on the update, then finds its own lost update is no conflict, and updates the one post', async () => {
    const { spalt, waitsOf } = await spaltWithWaits();
    const article = await faultArticle(spalt, 'uppdatering', 660);
    expect((await publishAndWait(spalt, article)).state).toBe('done');
    const added = 'Uppdatering: kajen öppnar igen i morgon.';
    await addParagraph(spalt, article, added);
    env.proxy.log.length = 0;
    faultOnce(env.proxy, [
      { matches: faultSteps.postUpdate.matches, action: rateLimited },
      { matches: faultSteps.postUpdate.matches, action: 'drop-answer' },
    ]);
    const job = await publishAndWait(spalt, article);

    expect(await siteProblems(env.site, article, job, added)).toEqual([]);
    expect(waitsOf(job.id)).toEqual(['post:wp_rate_limited', 'post:wp_unreachable']);
    const [refused] = faultedRequests(env.proxy);
    expect(refused!.nextAfterMs).toBeGreaterThanOrEqual(retryAfterSeconds * 1000);
    expect(requests('POST', '/wp/v2/posts')).toEqual([]);
    expect(requests('POST', /^\/wp\/v2\/posts\/\d+$/)).toHaveLength(3);
  }, 60_000);
});
