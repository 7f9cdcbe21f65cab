/**
 * Corrections against a real WordPress (6.1 and, in the suite's second run, 7.1), behind the
 * test proxy: an article published, then corrected while the site loses the answers to the
 * update twice (a 500 after the work, then a dropped connection), then corrected again while
 * the site cannot be reached at first. A
 * logged-out reader's page ends with each note, dated in Swedish, once and in order; the post's
 * stored content holds the corrections as core paragraphs; the log names the post.
 */
import { describe, expect, it } from 'vitest';
import { correctionHeading } from '../../main/publish/outbox/corrections';
import { body, p } from '../fixtures/seeds/build';
import { criticalError, faultOnce, faultSteps, recordWaits } from '../support/publish-faults';
import { pageParts, readerText, type PagePart } from '../support/public-page';
import { siteBehindProxy } from './file-sites';
import { adminGet, saveArticle, startPublish, waitForJob, type Spalt } from './publish-support';

const env = siteBehindProxy();

async function publish(spalt: Spalt, articleId: string, correction?: string) {
  const job = await startPublish(spalt, {
    articleId,
    siteId: spalt.siteId,
    action: 'publish',
    ...(correction === undefined ? {} : { correction }),
  });
  const done = await waitForJob(spalt, job.id, ['done', 'failed', 'conflict', 'cancelled'], 60_000);
  expect(done.error).toBeNull();
  expect(done.state).toBe('done');
  return done;
}

/** The paragraphs a logged-out reader sees at the post's address. */
async function readerParagraphs(link: string): Promise<Array<Extract<PagePart, { kind: 'p' }>>> {
  const response = await fetch(link, { redirect: 'manual' });
  expect(response.status).toBe(200);
  return pageParts(await response.text()).filter((part): part is Extract<PagePart, { kind: 'p' }> => part.kind === 'p');
}

describe('a correction of a published article', () => {
  it('is printed dated at the end of the page, once after retries, and earlier ones stay in order', async () => {
    const spalt = await env.spalt();
    const waitsOf = recordWaits(spalt);
    const articleId = await saveArticle(spalt.handlers, {
      kind: 'news',
      kicker: '',
      headline: 'Bron över Igelstaviken stängs',
      lead: 'Trafiken leds om under tre veckor.',
      label: '',
      disclaimer: '',
      sponsor: '',
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      mainPhotoId: null,
      body: body(p('Bron stängs den 6 december.'), p('Bussarna går via Saltskog.')),
    });
    const first = await publish(spalt, articleId);
    const postId = first.result!.postId;

    const fix = 'Bron stängs den 8 december, inte den 6 som vi skrev först.';
    env.proxy.log.length = 0;
    faultOnce(env.proxy, [
      { matches: faultSteps.postUpdate.matches, action: { afterWork: criticalError } },
      { matches: faultSteps.postUpdate.matches, action: 'drop-answer' },
    ]);
    const corrected = await publish(spalt, articleId, fix);
    expect(waitsOf(corrected.id)).toEqual(['post:wp_server_error', 'post:wp_unreachable']);
    expect(env.proxy.log.filter((r) => r.method === 'POST' && r.route === `/wp/v2/posts/${postId}`)).toHaveLength(3);
    expect(corrected.result!.postId).toBe(postId);

    const [logged] = await spalt.handlers['corrections.list']({});
    expect(logged).toMatchObject({
      articleId,
      postId,
      link: corrected.result!.link,
      note: fix,
      headline: 'Bron över Igelstaviken stängs',
      siteName: 'Testsajten',
    });
    const firstHeading = correctionHeading(logged!.madeAt);
    expect(firstHeading).toMatch(
      /^Rättelse \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}:$/,
    );

    let paragraphs = await readerParagraphs(corrected.result!.link);
    let notes = paragraphs.filter((part) => part.classes.includes('spalt-correction'));
    expect(notes.map((part) => part.text)).toEqual([readerText(`${firstHeading} ${fix}`)]);
    expect(paragraphs.at(-1)?.classes).toContain('spalt-correction');

    const second = 'Bussarna går via Ronna, inte Saltskog.';
    // Marked while the site cannot be reached: it waits, in the log only once it is on the site, then goes.
    await env.proxy.stop();
    const queued = await startPublish(spalt, { articleId, siteId: spalt.siteId, action: 'publish', correction: second });
    await waitForJob(spalt, queued.id, ['waiting'], 30_000);
    expect((await spalt.handlers['corrections.list']({})).map((entry) => entry.note)).toEqual([fix]);
    await env.proxy.start();
    await spalt.handlers['publish.wake']({});
    const again = await waitForJob(spalt, queued.id, ['done', 'failed', 'conflict', 'cancelled'], 60_000);
    expect(again.state).toBe('done');
    const log = await spalt.handlers['corrections.list']({});
    expect(log.map((entry) => entry.note)).toEqual([second, fix]);
    paragraphs = await readerParagraphs(again.result!.link);
    notes = paragraphs.filter((part) => part.classes.includes('spalt-correction'));
    expect(notes.map((part) => part.text)).toEqual([
      readerText(`${firstHeading} ${fix}`),
      readerText(`${correctionHeading(log[0]!.madeAt)} ${second}`),
    ]);
    // The body is untouched by the notes: each paragraph once, before them.
    expect(paragraphs.map((part) => part.text).filter((text) => text.startsWith('Bron stängs') || text.startsWith('Bussarna'))).toEqual([
      'Bron stängs den 6 december.',
      'Bussarna går via Saltskog.',
    ]);

    // As stored, valid core paragraphs; and one post on the site.
    const stored = await adminGet<{ content: { raw: string } }>(env.site, `/wp/v2/posts/${postId}?context=edit`);
    expect(stored.content.raw.match(/<!-- wp:paragraph \{"className":"spalt-correction"\} -->/g)).toHaveLength(2);
    const posts = await adminGet<Array<{ id: number }>>(
      env.site,
      `/wp/v2/posts?search=${encodeURIComponent('Igelstaviken')}&status=draft,pending,future,publish,private&per_page=100`,
    );
    expect(posts.map((post) => post.id)).toEqual([postId]);

    // A plain update afterwards keeps both notes on the page, and adds none.
    await publish(spalt, articleId);
    notes = (await readerParagraphs(again.result!.link)).filter((part) => part.classes.includes('spalt-correction'));
    expect(notes).toHaveLength(2);
    expect(await spalt.handlers['corrections.list']({})).toHaveLength(2);
  }, 120_000);
});
