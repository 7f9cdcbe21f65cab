/**
 * Photo rights in the outbox, against a real WordPress: a job queued while a licence was good
 * stops at its check step once the licence has run out, and a one-time photo spent by one
 * article stops another article's queued job; neither photo nor post reaches the site. The
 * article that spent the licence publishes again.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { wordPressForFile } from './file-sites';
import {
  adminGet,
  countOnSite,
  fastTiming,
  importPhoto,
  saveArticle,
  startPublish,
  startSpalt,
  waitForJob,
  type Spalt,
} from './publish-support';

const wordpress = wordPressForFile('spalt-rights-');
const { open } = wordpress;

const byline = [{ role: 'text' as const, name: 'Alexander Isa', personId: null }];

function newsWithPhoto(headline: string, photoId: string) {
  return {
    kind: 'news' as const,
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: byline,
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: body(p('Första stycket.'), photoBlock({ photoId, alt: '', credit: '' }), p('Sista stycket.')),
  };
}

/** An editor's Spalt with its site saved and no outbox worker: as if the computer were offline. */
async function offline(dataDir: string, options: { now?: () => Date } = {}): Promise<Spalt> {
  const spalt = await startSpalt(dataDir, wordpress.site, 'editor', { ...options, outbox: { worker: false } });
  open.push(spalt);
  return spalt;
}

/** The same profile started again with its worker, as when the computer is back online. */
function backOnline(before: Spalt, options: { now?: () => Date } = {}): Spalt {
  before.core.close();
  open.splice(open.indexOf(before), 1);
  const core = createCore({ dataDir: before.dataDir, version: 'test', ...options, outbox: { timing: fastTiming } });
  const spalt = { core, handlers: core.handlers, dataDir: before.dataDir, siteId: before.siteId };
  open.push(spalt);
  return spalt;
}

describe('a queued job whose photo may no longer be published', () => {
  it('stops at the check step when the licence ran out while it waited, naming the photo, and sends nothing', async () => {
    const dataDir = `${wordpress.dir}/expired`;
    // Queued on the licence's last day, in Stockholm, while the computer is offline (no worker).
    const queuing = await offline(dataDir, { now: () => new Date('2026-11-30T20:00:00.000Z') });
    const photo = await importPhoto(queuing.handlers, dataDir, {
      seed: 700,
      alt: 'Polisbilar utanför anstalten Hall',
      caption: 'Insatsen pågick i flera timmar.',
      credit: { type: 'agency', name: 'Åsa Öberg', organisation: 'TT', expiresOn: '2026-11-30' },
    });
    const id = await saveArticle(queuing.handlers, newsWithPhoto('Rymning från anstalten Hall', photo.id));
    const job = await startPublish(queuing, { articleId: id, siteId: queuing.siteId, action: 'publish' });
    expect(job.state).toBe('queued');

    // Back online after midnight, Stockholm time: 23:30 UTC on 30 November is 1 December there.
    const online = backOnline(queuing, { now: () => new Date('2026-11-30T23:30:00.000Z') });
    const failed = await waitForJob(online, job.id, ['failed', 'done']);
    expect(failed).toMatchObject({ state: 'failed', step: 'check', error: { code: 'publish_photo_licence_expired' } });
    expect(failed.error?.message.sv).toBe(
      'Bilden ”Polisbilar utanför anstalten Hall” får inte publiceras: licensen gick ut 2026-11-30. Byt bild i artikeln, eller förläng licensen i Bilder, och publicera igen. Bilden skickades inte.',
    );
    expect(await countOnSite(wordpress.site, { mediaSlug: mediaMarker(photo.hash), postSearch: 'Rymning från anstalten Hall' })).toEqual({
      media: 0,
      posts: 0,
    });
    expect((await online.handlers['articles.get']({ id })).status).toBe('draft');
  });

  it('stops the second article once the first has spent a one-time licence; the first publishes again', async () => {
    const dataDir = `${wordpress.dir}/one-time`;
    const idle = await offline(dataDir);
    const photo = await importPhoto(idle.handlers, dataDir, {
      seed: 710,
      alt: 'Stina Hermansson i sitt kontor',
      caption: 'Stina Hermansson.',
      credit: { type: 'stock', organisation: 'Mostphotos', oneTimeUse: true },
    });
    const first = await saveArticle(idle.handlers, newsWithPhoto('Ny verksamhet för unga i Södertälje', photo.id));
    const second = await saveArticle(idle.handlers, newsWithPhoto('Socialtjänsten anställer stödpersoner', photo.id));
    // Neither is published yet: both may be queued, and the dialog warns that only one may keep the photo.
    const options = await idle.handlers['publish.options']({ articleId: second, siteId: idle.siteId });
    expect(options.blocked).toBe(false);
    expect(options.checklist.map((item) => [item.rule, item.severity])).toEqual([['photo.oneTimeShared', 'warning']]);
    const firstJob = await startPublish(idle, { articleId: first, siteId: idle.siteId, action: 'publish' });
    const secondJob = await startPublish(idle, { articleId: second, siteId: idle.siteId, action: 'publish' });

    const spalt = backOnline(idle);
    const done = await waitForJob(spalt, firstJob.id, ['failed', 'done']);
    expect(done).toMatchObject({ state: 'done', result: { articleStatus: 'published' } });
    const stopped = await waitForJob(spalt, secondJob.id, ['failed', 'done']);
    expect(stopped).toMatchObject({ state: 'failed', step: 'check', error: { code: 'publish_photo_one_time_spent' } });
    expect(stopped.error?.message.sv).toContain(
      'Bilden ”Stina Hermansson i sitt kontor” får inte publiceras: den har engångslicens och är redan publicerad med en annan artikel.',
    );
    expect(
      await countOnSite(wordpress.site, { mediaSlug: mediaMarker(photo.hash), postSearch: 'Socialtjänsten anställer stödpersoner' }),
    ).toEqual({ media: 1, posts: 0 });

    // The checklist and the dialog now refuse the second article outright.
    const refused = await spalt.handlers['publish.options']({ articleId: second, siteId: spalt.siteId });
    expect(refused.blocked).toBe(true);
    expect(refused.checklist).toEqual([
      { rule: 'photo.oneTimeSpent', severity: 'error', params: { photo: 'Stina Hermansson i sitt kontor' }, target: { block: 1 } },
    ]);
    await expect(startPublish(spalt, { articleId: second, siteId: spalt.siteId, action: 'publish' })).rejects.toMatchObject({
      code: 'publish_checklist_failed',
    });

    // Publishing the first article again is not a second use.
    const again = await waitForJob(spalt, (await startPublish(spalt, { articleId: first, siteId: spalt.siteId, action: 'publish' })).id, [
      'failed',
      'done',
    ]);
    expect(again).toMatchObject({ state: 'done', result: { postId: done.result?.postId } });
    expect(await adminGet<unknown[]>(wordpress.site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`)).toHaveLength(1);
  });
});
