/**
 * The outbox over a bad connection, against a real WordPress behind a small proxy
 * (publish-env.proxy.ts): a site that cannot be reached keeps the job waiting until it answers;
 * 503 and 429 with Retry-After are waited out as the site asks; a request carried out by the
 * site whose answer was lost is looked up, never sent twice.
 */
import { describe, expect, it } from 'vitest';
import type { PublishJob } from '../../shared/publish/publish';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { freePort } from '../wordpress/processes';
import { adminGet, importPhoto, saveArticle, startPublish, waitForJob, type Spalt } from './publish-support';
import { siteBehindProxy } from './file-sites';

const env = siteBehindProxy();

const byline = [{ role: 'text' as const, name: 'Alexander Isa', personId: null }];

async function articleWithPhotos(spalt: Spalt, headline: string, seed: number, count: number) {
  const photos = [];
  for (let i = 0; i < count; i++) {
    photos.push(
      await importPhoto(spalt.handlers, spalt.dataDir, {
        seed: seed + i,
        alt: `Bild nummer ${i + 1} från hamnen`,
        caption: `Bildtext ${i + 1}.`,
        credit: { type: 'staff', name: 'Alexander Isa' },
      }),
    );
  }
  const [main, ...rest] = photos;
  const id = await saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: byline,
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: main?.id ?? null,
    body: body(p('Första stycket.'), ...rest.map((photo) => photoBlock({ photoId: photo.id, alt: photo.alt, credit: photo.creditLine }))),
  });
  return { id, photos };
}

/** Every state a job passes through, as publish.jobs showed it at each publish.changed. */
function recordJobStates(spalt: Spalt): PublishJob[] {
  const seen: PublishJob[] = [];
  spalt.core.events.on('publish.changed', ({ jobId }) => {
    void spalt.handlers['publish.jobs']({ limit: 500 }).then((jobs) => {
      const job = jobs.find((candidate) => candidate.id === jobId);
      if (job) seen.push(job);
    });
  });
  return seen;
}

async function postsTitled(title: string): Promise<unknown[]> {
  return adminGet<unknown[]>(env.site, `/wp/v2/posts?search=${encodeURIComponent(title)}&status=draft,pending,future,publish,private`);
}

describe('a site that cannot be reached', () => {
  it('keeps the job waiting, and it goes by itself once the site answers again', async () => {
    const spalt = await env.spalt();
    const { id } = await articleWithPhotos(spalt, 'Publicerad från bussen', 500, 1);
    await env.proxy.stop();
    try {
      const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
      const waiting = await waitForJob(spalt, job.id, ['waiting']);
      expect(waiting).toMatchObject({ step: 'check', error: { code: 'wp_unreachable', details: { reason: 'ECONNREFUSED' } } });
      expect(waiting.error?.message.sv).toBe(
        `Spalt når inte ${env.proxy.url} (ECONNREFUSED). Kontrollera adressen och internetanslutningen och försök igen om en stund.`,
      );
      expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(Date.parse(waiting.updatedAt));
      // Still offline a while later: it keeps trying, further apart, without failing.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const later = (await spalt.handlers['publish.jobs']({ articleId: id, limit: 10 }))[0]!;
      expect(later.state === 'waiting' || later.state === 'running').toBe(true);
      expect(later.attempts).toBeGreaterThan(2);
    } finally {
      await env.proxy.start();
    }
    const done = await waitForJob(spalt, (await spalt.handlers['publish.jobs']({ articleId: id, limit: 10 }))[0]!.id, ['done', 'failed']);
    expect(done).toMatchObject({ state: 'done', error: null, result: { status: 'publish' } });
    expect(await postsTitled('Publicerad från bussen')).toHaveLength(1);
  });

  it('goes at once when the site’s wrong address is corrected', async () => {
    // Retries a minute apart: only the correction can make it go within the test.
    const spalt = await env.spalt({ outbox: { timing: { baseMs: 60_000, maxMs: 60_000 } } });
    const user = env.site.users.editor;
    const closed = `http://127.0.0.1:${await freePort()}`;
    await spalt.handlers['sites.save']({
      id: spalt.siteId,
      name: 'Testsajten',
      address: closed,
      username: user.username,
      password: user.applicationPassword,
    });
    const id = await saveArticle(spalt.handlers, {
      kind: 'news',
      kicker: '',
      headline: 'Fel adress rättad',
      lead: 'En ingress.',
      bylines: byline,
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: body(p('Text.')),
    });
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'draft' });
    const waiting = await waitForJob(spalt, job.id, ['waiting']);
    expect(Date.parse(waiting.nextAttemptAt!) - Date.parse(waiting.updatedAt)).toBeGreaterThan(45_000);
    await spalt.handlers['sites.save']({
      id: spalt.siteId,
      name: 'Testsajten',
      address: env.proxy.url,
      username: user.username,
      password: user.applicationPassword,
    });
    const done = await waitForJob(spalt, job.id, ['done', 'failed'], 5_000);
    expect(done.result).toMatchObject({ status: 'draft', articleStatus: 'draft' });
  });

  it('offers the dialog from what it read last time, and says the site cannot be reached', async () => {
    const spalt = await env.spalt();
    const id = await saveArticle(spalt.handlers, {
      kind: 'news',
      kicker: '',
      headline: 'Dialog utan nät',
      lead: 'En ingress.',
      bylines: byline,
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: body(p('Text.')),
    });
    const online = await spalt.handlers['publish.options']({ articleId: id, siteId: spalt.siteId });
    await env.proxy.stop();
    try {
      const offline = await spalt.handlers['publish.options']({ articleId: id, siteId: spalt.siteId });
      expect(offline).toMatchObject({
        remote: { fresh: false, fetchedAt: online.remote.fetchedAt, error: { code: 'wp_unreachable' } },
        user: online.user,
        capabilities: online.capabilities,
        categories: online.categories,
        actions: { publish: true },
      });
    } finally {
      await env.proxy.start();
    }
  });

  it('cancels a waiting job: it never reaches the site', async () => {
    const spalt = await env.spalt();
    const id = await saveArticle(spalt.handlers, {
      kind: 'news',
      kicker: '',
      headline: 'Avbruten medan den väntade',
      lead: 'En ingress.',
      bylines: byline,
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: body(p('Text.')),
    });
    env.proxy.rule = () => ({ status: 503, body: '{"code":"busy","message":"Busy"}' });
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    await waitForJob(spalt, job.id, ['waiting']);
    expect((await spalt.handlers['publish.cancel']({ jobId: job.id })).state).toBe('cancelled');
    env.proxy.rule = () => 'forward';
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await spalt.handlers['publish.jobs']({ articleId: id, limit: 10 }))[0]?.state).toBe('cancelled');
    expect(await postsTitled('Avbruten medan den väntade')).toEqual([]);
  });
});

describe('a site that asks to wait', () => {
  it('waits out a 503 with Retry-After before creating the post, and a 429 before an upload', async () => {
    const spalt = await env.spalt();
    const { id } = await articleWithPhotos(spalt, 'Upptagen webbplats', 520, 1);
    let refusedCreate = false;
    let refusedUpload = false;
    env.proxy.rule = ({ method, route }) => {
      if (method === 'POST' && route === '/wp/v2/media' && !refusedUpload) {
        refusedUpload = true;
        return { status: 429, headers: { 'Retry-After': '2' }, body: '{"code":"too_many_requests","message":"Slow down"}' };
      }
      if (method === 'POST' && route === '/wp/v2/posts' && !refusedCreate) {
        refusedCreate = true;
        return { status: 503, headers: { 'Retry-After': '1' }, body: '<html><title>503 Service Unavailable</title></html>' };
      }
      return 'forward';
    };
    const seen = recordJobStates(spalt);
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const done = await waitForJob(spalt, job.id, ['done', 'failed'], 20_000);
    expect(done).toMatchObject({ state: 'done', result: { status: 'publish' } });

    const waits = seen.filter((j) => j.state === 'waiting');
    expect(waits.map((j) => [j.step, j.error?.code])).toEqual([
      ['photos', 'wp_rate_limited'],
      ['post', 'wp_server_error'],
    ]);
    expect(Date.parse(waits[0]!.nextAttemptAt!) - Date.parse(waits[0]!.updatedAt)).toBe(2_000);
    expect(Date.parse(waits[1]!.nextAttemptAt!) - Date.parse(waits[1]!.updatedAt)).toBe(1_000);
    expect(waits[1]!.error?.message.sv).toContain('svarade med ett serverfel (503)');

    const times = (route: string) => env.proxy.log.filter((r) => r.method === 'POST' && r.route === route).map((r) => r.at);
    const [refusedUploadAt, uploadAt] = times('/wp/v2/media');
    expect(uploadAt! - refusedUploadAt!).toBeGreaterThanOrEqual(2_000);
    const [refusedCreateAt, createAt] = times('/wp/v2/posts');
    expect(createAt! - refusedCreateAt!).toBeGreaterThanOrEqual(1_000);
  });
});

describe('an answer lost after the site did the work', () => {
  it('finds the uploaded photos and the created post instead of sending them again', async () => {
    const spalt = await env.spalt();
    const { id, photos } = await articleWithPhotos(spalt, 'Tappade svar', 540, 3);
    const dropped = new Set<string>();
    env.proxy.rule = ({ method, route }) => {
      const key = `${method} ${route}`;
      // The second upload, the create and the update each lose their answer once.
      const mediaCount = env.proxy.log.filter((r) => r.method === 'POST' && r.route === '/wp/v2/media').length;
      if (key === 'POST /wp/v2/media' && mediaCount === 1 && !dropped.has('media')) return (dropped.add('media'), 'drop-answer');
      if (key === 'POST /wp/v2/posts' && !dropped.has('create')) return (dropped.add('create'), 'drop-answer');
      if (/^POST \/wp\/v2\/posts\/\d+$/.test(key) && !dropped.has('update')) return (dropped.add('update'), 'drop-answer');
      return 'forward';
    };
    const seen = recordJobStates(spalt);
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const done = await waitForJob(spalt, job.id, ['done', 'failed', 'conflict'], 20_000);
    expect(done).toMatchObject({ state: 'done', result: { status: 'publish' } });
    expect([...dropped].sort()).toEqual(['create', 'media', 'update']);
    expect(seen.filter((j) => j.state === 'waiting').map((j) => j.step)).toEqual(['photos', 'post', 'post']);

    for (const photo of photos) expect(await adminGet<unknown[]>(env.site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`)).toHaveLength(1);
    const posts = await postsTitled('Tappade svar');
    expect(posts).toHaveLength(1);
    // Looked up, not sent again: one create, and the lost upload was found by its marker.
    expect(env.proxy.log.filter((r) => r.method === 'POST' && r.route === '/wp/v2/posts')).toHaveLength(1);
    expect(env.proxy.log.filter((r) => r.method === 'GET' && r.route === '/wp/v2/media').length).toBeGreaterThanOrEqual(1);
  });
});
