/**
 * The outbox's jobs in a real SQLite profile, through the contract (no site is asked: the
 * worker is off): what publish.start refuses and why, the draft a job keeps, a newer publish
 * replacing an older job, cancelling, retrying and answering a conflict, and a job left
 * running by a crash going back in the queue at its step.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import type { PublishChange } from '../../shared/publish/publish';
import { createCore, type Core } from '../../main/core';
import { claimDueJob, getJob, requeueInterrupted, updateJob } from '../../main/db/outbox';
import { dispatch } from '../../main/dispatch';
import { body, p, photo } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-outbox-');
const clock = () => new Date('2026-11-23T10:00:00.000Z');

async function setup(): Promise<{ core: Core; siteId: string; articleId: string; changes: PublishChange[] }> {
  const core = createCore({ dataDir: tempDir(), version: 'test', now: clock, outbox: { worker: false } });
  const site = await core.handlers['sites.save']({
    name: 'Tidningen',
    address: 'http://127.0.0.1:1',
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const created = await core.handlers['articles.create']({ kind: 'news' });
  const draft: ArticleDraft = {
    kind: 'news',
    kicker: '',
    headline: 'Stor insats vid anstalten Hall',
    lead: 'En ingress.',
    label: '',
    disclaimer: '',
    sponsor: '',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    mainPhotoId: null,
    body: body(p('Brödtext.')),
  };
  await core.handlers['articles.save']({ id: created.id, baseRevision: 0, draft });
  const changes: PublishChange[] = [];
  core.events.on('publish.changed', (change) => changes.push(change));
  return { core, siteId: site.id, articleId: created.id, changes };
}

async function refusal(core: Core, input: Record<string, unknown>) {
  const result = await dispatch(core.handlers, 'publish.start', input);
  if (result.ok) throw new Error('publish.start was not refused');
  return result.error;
}

describe('publish.start', () => {
  it('refuses an article that fails the checklist, saying how many errors to fix', async () => {
    const { core, siteId, articleId } = await setup();
    const article = await core.handlers['articles.get']({ id: articleId });
    await core.handlers['articles.save']({
      id: articleId,
      baseRevision: article.revision,
      draft: { ...article, headline: 'TK', lead: '' },
    });
    const error = await refusal(core, { articleId, siteId, action: 'publish' });
    expect(error.code).toBe('publish_checklist_failed');
    expect(error.message.sv).toBe(
      'Artikeln kan inte publiceras ännu: checklistan visar 2 fel. Rätta det som är markerat i checklistan och försök igen.',
    );
    expect(await core.handlers['publish.jobs']({ limit: 10 })).toEqual([]);
    core.close();
  });

  it('refuses a photo block whose photo is not in the library, and an article in the trash', async () => {
    const { core, siteId, articleId } = await setup();
    const article = await core.handlers['articles.get']({ id: articleId });
    const missing = '7d0f4c1e-0000-4000-8000-000000000000';
    await core.handlers['articles.save']({
      id: articleId,
      baseRevision: article.revision,
      draft: { ...article, body: body(photo({ photoId: missing, alt: 'Polisbilar vid Hall', credit: 'Foto: Alexander Isa' })) },
    });
    expect(await refusal(core, { articleId, siteId, action: 'draft' })).toMatchObject({
      code: 'publish_photo_missing',
      details: { id: missing },
    });
    await core.handlers['articles.trash']({ id: articleId });
    const trashed = await refusal(core, { articleId, siteId, action: 'draft' });
    expect(trashed.message.sv).toBe('Artikeln ligger i papperskorgen. Återställ den först om du vill publicera den.');
    core.close();
  });

  it('refuses a scheduled time that has passed, or that the spring change skips, and a schedule without a time', async () => {
    const { core, siteId, articleId } = await setup();
    const past = await refusal(core, { articleId, siteId, action: 'schedule', scheduledAt: '2026-11-23T10:30' });
    expect(past.message.sv).toBe('Tiden 2026-11-23 10:30 har redan varit. Välj en tid längre fram, eller publicera nu.');
    const skipped = await refusal(core, { articleId, siteId, action: 'schedule', scheduledAt: '2027-03-28T02:30' });
    expect(skipped.message.sv).toBe(
      'Klockslaget 2027-03-28 02:30 finns inte i Sverige den dagen: klockan ställs fram en timme till sommartid. Välj en annan tid.',
    );
    expect((await refusal(core, { articleId, siteId, action: 'schedule' })).code).toBe('invalid_input');
    expect((await refusal(core, { articleId, siteId, action: 'publish', scheduledAt: '2027-01-15T05:00' })).code).toBe('invalid_input');
    // 11:05 Stockholm is 10:05 UTC: five minutes ahead of the clock.
    const soon = await dispatch(core.handlers, 'publish.start', { articleId, siteId, action: 'schedule', scheduledAt: '2026-11-23T11:05' });
    expect(soon).toMatchObject({ ok: true, value: { scheduledAt: '2026-11-23T11:05', scheduledGmt: '2026-11-23T10:05:00.000Z' } });
    core.close();
  });

  it('queues the draft as it was checked; later edits wait for the next publish', async () => {
    const { core, siteId, articleId, changes } = await setup();
    const job = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [3],
      newCategories: ['Blåljus'],
      tags: ['Hall', 'Polis'],
      slug: 'Stor insats på Hall',
    });
    expect(job).toMatchObject({
      articleId,
      siteId,
      siteName: 'Tidningen',
      title: 'Stor insats vid anstalten Hall',
      action: 'publish',
      state: 'queued',
      step: 'check',
      revision: 1,
      cancellable: true,
      inFlight: false,
      error: null,
      result: null,
      nextAttemptAt: null,
    });
    expect(changes).toEqual([{ jobId: job.id, articleId, siteId, state: 'queued', step: 'check' }]);
    const article = await core.handlers['articles.get']({ id: articleId });
    await core.handlers['articles.save']({
      id: articleId,
      baseRevision: article.revision,
      draft: { ...article, headline: 'Ändrad rubrik' },
    });
    const stored = getJob(core.db, job.id);
    expect(stored.draft.headline).toBe('Stor insats vid anstalten Hall');
    expect(stored.options).toEqual({
      categories: [3],
      newCategories: ['Blåljus'],
      tags: ['Hall', 'Polis'],
      slug: 'stor-insats-pa-hall',
      author: null,
    });
    core.close();
  });

  it('replaces an older job of the article for the site that has not started', async () => {
    const { core, siteId, articleId } = await setup();
    const first = await core.handlers['publish.start']({ articleId, siteId, action: 'draft', categories: [], newCategories: [], tags: [] });
    const second = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
    });
    expect((await core.handlers['publish.jobs']({ articleId, limit: 10 })).map((job) => [job.id, job.state])).toEqual([
      [second.id, 'queued'],
      [first.id, 'cancelled'],
    ]);
    // No site answers on port 1: the dialog still shows the job.
    const options = await core.handlers['publish.options']({ articleId, siteId });
    expect(options.remote).toMatchObject({ fresh: false, error: { code: 'wp_unreachable' } });
    expect(options.activeJob?.id).toBe(second.id);
    core.close();
  });
});

describe('cancel, retry and conflicts', () => {
  it('cancels a queued job, asks a running one to stop after its request, and refuses an ended one', async () => {
    const { core, siteId, articleId } = await setup();
    const start = () =>
      core.handlers['publish.start']({ articleId, siteId, action: 'publish', categories: [], newCategories: [], tags: [] });
    const queued = await start();
    expect(await core.handlers['publish.cancel']({ jobId: queued.id })).toMatchObject({ state: 'cancelled', cancellable: false });
    const ended = await dispatch(core.handlers, 'publish.cancel', { jobId: queued.id });
    expect(ended).toMatchObject({
      ok: false,
      error: {
        code: 'publish_job_ended',
        message: {
          en: 'The publish job has already finished or been cancelled and cannot be changed. Publish the article again to send it anew.',
        },
      },
    });

    const running = await start();
    expect(claimDueJob(core.db, clock().toISOString())?.id).toBe(running.id);
    expect(await core.handlers['publish.cancel']({ jobId: running.id })).toMatchObject({
      state: 'running',
      cancelRequested: true,
      cancellable: false,
    });
    core.close();
  });

  it('retries a failed job from its step, and refuses to retry a cancelled one', async () => {
    const { core, siteId, articleId } = await setup();
    const job = await core.handlers['publish.start']({ articleId, siteId, action: 'publish', categories: [], newCategories: [], tags: [] });
    updateJob(
      core.db,
      job.id,
      { state: 'failed', step: 'post', error: { code: 'wp_login_failed', message: { sv: 's', en: 'e' }, details: {} } },
      clock().toISOString(),
    );
    expect(await core.handlers['publish.retry']({ jobId: job.id })).toMatchObject({
      state: 'queued',
      step: 'post',
      error: null,
      attempts: 0,
    });
    await core.handlers['publish.cancel']({ jobId: job.id });
    const refused = await dispatch(core.handlers, 'publish.retry', { jobId: job.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'publish_not_retryable', details: { state: 'cancelled' } } });
    core.close();
  });

  it('answers a conflict only for a job in conflict, and overwrites from the site’s version the user saw', async () => {
    const { core, siteId, articleId } = await setup();
    const job = await core.handlers['publish.start']({ articleId, siteId, action: 'publish', categories: [], newCategories: [], tags: [] });
    const notNow = await dispatch(core.handlers, 'publish.resolveConflict', { jobId: job.id, choice: 'overwrite' });
    expect(notNow).toMatchObject({ ok: false, error: { code: 'publish_not_in_conflict' } });
    const conflict = {
      postId: 7,
      link: 'https://tidningen.se/x/',
      syncedModifiedGmt: '2026-11-22T10:00:00',
      siteModifiedGmt: '2026-11-23T09:00:00',
      changes: [],
    };
    updateJob(core.db, job.id, { state: 'conflict', step: 'post', conflict }, clock().toISOString());
    expect((await core.handlers['publish.jobs']({ limit: 10 }))[0]).toMatchObject({ state: 'conflict', conflict, cancellable: true });
    expect(await core.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'overwrite' })).toMatchObject({
      state: 'queued',
      step: 'post',
      conflict: null,
    });
    expect(getJob(core.db, job.id).acceptModifiedGmt).toBe('2026-11-23T09:00:00');
    core.close();
  });

  it('puts a job a crash left running back in the queue at the step it reached', async () => {
    const { core, siteId, articleId } = await setup();
    const job = await core.handlers['publish.start']({ articleId, siteId, action: 'publish', categories: [], newCategories: [], tags: [] });
    claimDueJob(core.db, clock().toISOString());
    updateJob(core.db, job.id, { step: 'photos', inFlight: true }, clock().toISOString());
    expect(requeueInterrupted(core.db, clock().toISOString())).toEqual([job.id]);
    expect(getJob(core.db, job.id)).toMatchObject({ state: 'queued', step: 'photos', inFlight: false });
    core.close();
  });

  it('forgets the jobs of a site that is removed', async () => {
    const { core, siteId, articleId } = await setup();
    await core.handlers['publish.start']({ articleId, siteId, action: 'publish', categories: [], newCategories: [], tags: [] });
    await core.handlers['sites.remove']({ id: siteId });
    expect(await core.handlers['publish.jobs']({ limit: 10 })).toEqual([]);
    core.close();
  });
});
