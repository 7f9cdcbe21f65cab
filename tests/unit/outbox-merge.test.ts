/**
 * publish.resolveConflict with a merge, in a real SQLite profile (no site is asked: the worker
 * is off): the person's pick per clash becomes the article's next revision and what the job
 * sends, the site's version the common ancestor; an article edited since the merge was shown
 * keeps that edit, or, where the edit changes the clashes, the job goes back to merge again.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { bodyPlainText } from '../../shared/document/plain-text';
import type { PublishConflict } from '../../shared/publish/publish';
import { mergeArticles } from '../../shared/revisions/merge';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { getJob, updateJob } from '../../main/db/outbox';
import { getSyncedDraft } from '../../main/db/synced-drafts';
import { publishMergeOf } from '../../main/publish/outbox/merge';
import { body, p } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-outbox-merge-');
const clock = () => new Date('2026-11-23T10:00:00.000Z');

const draftWith = (first: string, second: string): ArticleDraft => ({
  kind: 'news',
  kicker: '',
  headline: 'Simhallen i Ronna stänger',
  lead: 'En ingress.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(p(first), p(second)),
});
const ancestor = draftWith('Simhallen stänger för renovering.', 'Den öppnar igen i augusti.');
const local = draftWith('Simhallen stänger för renovering.', 'Den öppnar igen i oktober.');
const remote = draftWith('Simhallen stänger för en stor renovering.', 'Den öppnar igen i september.');

async function jobInConflict(): Promise<{ core: Core; siteId: string; articleId: string; jobId: string; revision: number }> {
  const core = createCore({ dataDir: tempDir(), version: 'test', now: clock, outbox: { worker: false } });
  const site = await core.handlers['sites.save']({
    name: 'Tidningen',
    address: 'http://127.0.0.1:1',
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const created = await core.handlers['articles.create']({ kind: 'news' });
  const { revision } = await core.handlers['articles.save']({ id: created.id, baseRevision: 0, draft: local });
  const job = await core.handlers['publish.start']({
    articleId: created.id,
    siteId: site.id,
    action: 'publish',
    categories: [],
    newCategories: [],
    tags: [],
  });
  const snapshot = {
    title: remote.headline,
    excerpt: remote.lead,
    content: '<!-- wp:paragraph -->…',
    status: 'publish',
    slug: 'simhallen',
    categories: [],
    tags: [],
    featured_media: 0,
  };
  const siteRead = {
    postId: 7,
    link: 'https://tidningen.se/simhallen/',
    status: 'publish',
    modifiedGmt: '2026-11-23T09:00:00',
    snapshot,
    header: [],
    blocks: ['a', 'b'],
  };
  const merge = publishMergeOf(mergeArticles(ancestor, local, remote), revision, siteRead);
  const conflict: PublishConflict = {
    postId: 7,
    link: siteRead.link,
    syncedModifiedGmt: '2026-11-22T10:00:00',
    siteModifiedGmt: '2026-11-23T09:00:00',
    changes: [],
    merge,
  };
  updateJob(core.db, job.id, { state: 'conflict', step: 'post', conflict }, clock().toISOString());
  return { core, siteId: site.id, articleId: created.id, jobId: job.id, revision };
}

describe('settling a merge', () => {
  it('makes the pick the next revision and what the job sends, and keeps the site’s version as the ancestor', async () => {
    const { core, siteId, articleId, jobId, revision } = await jobInConflict();
    const shown = (await core.handlers['publish.jobs']({ limit: 10 }))[0];
    expect(shown?.conflict?.merge?.conflicts.map((c) => [c.ancestor, c.local, c.remote])).toEqual([['augusti', 'oktober', 'september']]);
    expect(shown?.conflict?.merge?.changed).toEqual({ local: 1, site: 2 });

    const answered = await core.handlers['publish.resolveConflict']({ jobId, choice: 'merge', choices: { c1: 'remote' } });
    expect(answered).toMatchObject({ state: 'queued', step: 'photos', conflict: null, revision: revision + 1 });
    const article = await core.handlers['articles.get']({ id: articleId });
    expect(article.revision).toBe(revision + 1);
    expect(bodyPlainText(article.body)).toBe('Simhallen stänger för en stor renovering.\n\nDen öppnar igen i september.');
    expect(getJob(core.db, jobId).draft.body).toEqual(article.body);
    expect(getSyncedDraft(core.db, siteId, articleId)?.draft).toEqual(remote);
    core.close();
  });

  it('keeps an edit made here since the merge was shown, and refuses a choice for no clash of it', async () => {
    const { core, articleId, jobId, revision } = await jobInConflict();
    const edited = { ...local, lead: 'Renoveringen kostar 40 miljoner kronor.' };
    await core.handlers['articles.save']({ id: articleId, baseRevision: revision, draft: edited });
    const refused = await dispatch(core.handlers, 'publish.resolveConflict', { jobId, choice: 'merge', choices: { c2: 'local' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const overwriteWithChoices = await dispatch(core.handlers, 'publish.resolveConflict', {
      jobId,
      choice: 'overwrite',
      choices: { c1: 'local' },
    });
    expect(overwriteWithChoices).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    await core.handlers['publish.resolveConflict']({ jobId, choice: 'merge', choices: { c1: 'both' } });
    const article = await core.handlers['articles.get']({ id: articleId });
    expect(article.revision).toBe(revision + 2);
    expect(article.lead).toBe('Renoveringen kostar 40 miljoner kronor.');
    expect(bodyPlainText(article.body)).toContain('Den öppnar igen i oktober september.');
    core.close();
  });

  it('sends the job back to merge again when an edit here since changed the clashes', async () => {
    const { core, articleId, jobId, revision } = await jobInConflict();
    await core.handlers['articles.save']({
      id: articleId,
      baseRevision: revision,
      draft: draftWith('Simhallen stänger för renovering.', 'Den öppnar igen i november.'),
    });
    const answered = await core.handlers['publish.resolveConflict']({ jobId, choice: 'merge', choices: { c1: 'remote' } });
    expect(answered).toMatchObject({ state: 'queued', step: 'post', conflict: null });
    expect((await core.handlers['articles.get']({ id: articleId })).revision).toBe(revision + 1);
    core.close();
  });
});
