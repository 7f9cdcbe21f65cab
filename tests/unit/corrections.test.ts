/**
 * Corrections on a real SQLite file: what publish.start refuses, the notes a job carries to the
 * end of the post (earlier ones kept, in order, never twice however often the post is built),
 * a replaced job handing its note on, the log and its CSV, and the notes kept out of the body
 * when a post is read back.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { defaultSitePage } from '../../shared/publish/site';
import { createCore, type Core } from '../../main/core';
import { correctionsOnPage, markCorrectionsPublished } from '../../main/db/corrections';
import { markPostCreating, recordPost } from '../../main/db/remote-posts';
import { dispatch } from '../../main/dispatch';
import { joinContent, postContentParts } from '../../main/publish/outbox/content';
import { siteDraftOf, syncedDraftOf } from '../../main/publish/outbox/site-version';
import { draftFromPost } from '../../main/publish/review/post-draft';
import { body, p } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-corrections-');
let clockAt = '2026-12-06T10:00:00.000Z';
const clock = () => new Date(clockAt);

const draft: ArticleDraft = {
  kind: 'news',
  kicker: '',
  headline: 'Bron över kanalen stängs i tre veckor',
  lead: 'Trafiken leds om.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(p('Bron stängs den 8 december.'), p('Bussarna går via Saltskog.')),
};

async function setup(options: { published: boolean }): Promise<{ core: Core; siteId: string; articleId: string }> {
  clockAt = '2026-12-06T10:00:00.000Z';
  const core = createCore({ dataDir: tempDir(), version: 'test', now: clock, outbox: { worker: false } });
  const site = await core.handlers['sites.save']({
    name: 'Södertälje Nu',
    address: 'http://127.0.0.1:1',
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const created = await core.handlers['articles.create']({ kind: 'news' });
  await core.handlers['articles.save']({ id: created.id, baseRevision: 0, draft });
  if (options.published) {
    const snapshot = {
      title: draft.headline,
      excerpt: draft.lead,
      content: '',
      status: 'publish',
      slug: 'bron',
      categories: [],
      tags: [],
      featured_media: 0,
    };
    markPostCreating(core.db, site.id, created.id, 'spalt-post-test', clockAt);
    recordPost(
      core.db,
      site.id,
      created.id,
      {
        postId: 41,
        link: 'http://127.0.0.1:1/bron/',
        status: 'publish',
        modifiedGmt: '2026-12-05T09:00:00',
        snapshot,
        state: 'synced',
        revision: 1,
      },
      clockAt,
    );
  }
  return { core, siteId: site.id, articleId: created.id };
}

async function refusal(core: Core, input: Record<string, unknown>) {
  const result = await dispatch(core.handlers, 'publish.start', input);
  if (result.ok) throw new Error('publish.start was not refused');
  return result.error;
}

/** The post's content as the job would send it now. */
function content(core: Core, articleId: string, siteId: string, jobId: string): string {
  return joinContent(postContentParts(draft, new Map(), defaultSitePage, correctionsOnPage(core.db, articleId, siteId, jobId)));
}

const note = (date: string, text: string) =>
  `<!-- wp:paragraph {"className":"spalt-correction"} -->\n<p class="spalt-correction"><strong>Rättelse ${date}:</strong> ${text}</p>\n<!-- /wp:paragraph -->`;

describe('marking a publish as a correction', () => {
  it('is refused with an empty note, and for an article not out on the site', async () => {
    const { core, siteId, articleId } = await setup({ published: false });
    const notOut = await refusal(core, { articleId, siteId, action: 'publish', correction: 'Bron stängs den 8 december, inte den 6.' });
    expect(notOut.code).toBe('correction_not_published');
    expect(notOut.message.sv).toContain('Bara en artikel som redan är publicerad');
    const { core: other, siteId: site2, articleId: article2 } = await setup({ published: true });
    const empty = await refusal(other, { articleId: article2, siteId: site2, action: 'publish', correction: '   ' });
    expect(empty.message.sv).toBe('Skriv vad som rättades. Texten visas för läsarna sist i artikeln, efter ”Rättelse” och dagens datum.');
    // A correction is published at once, never scheduled or sent as a draft.
    expect((await refusal(other, { articleId: article2, siteId: site2, action: 'draft', correction: 'Datum.' })).code).toBe(
      'correction_not_published',
    );
    expect(await other.handlers['publish.jobs']({ limit: 10 })).toEqual([]);
    expect(other.db.prepare('SELECT COUNT(*) AS n FROM article_corrections').get()).toEqual({ n: 0 });
    core.close();
    other.close();
  });

  it('puts the note, dated in Stockholm, at the end of the post, keeps earlier ones in order, and never twice', async () => {
    const { core, siteId, articleId } = await setup({ published: true });
    await core.handlers['settings.update']({ yourName: 'Maria Redaktör' });
    const first = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
      correction: 'Bron stängs den 8 december, inte den 6.',
    });
    const once = content(core, articleId, siteId, first.id);
    expect(once.endsWith(note('6 december 2026', 'Bron stängs den 8 december, inte den 6.'))).toBe(true);
    // Built again (a retry, a crash before the answer): the same content, the note once.
    expect(content(core, articleId, siteId, first.id)).toBe(once);
    expect(once.split('spalt-correction').length - 1).toBe(2);
    // Another job's content does not carry a note that is not on the site yet.
    expect(content(core, articleId, siteId, 'another-job')).not.toContain('spalt-correction');

    markCorrectionsPublished(core.db, first.id, { postId: 41, link: 'http://127.0.0.1:1/bron/', publishedAt: clockAt, siteUser: 'anna' });
    markCorrectionsPublished(core.db, first.id, {
      postId: 41,
      link: 'http://127.0.0.1:1/bron/',
      publishedAt: '2027-01-01T00:00:00.000Z',
      siteUser: 'anna',
    });
    // 23:30 UTC on 6 December is 00:30 on 7 December in Stockholm.
    clockAt = '2026-12-06T23:30:00.000Z';
    await core.handlers['settings.update']({ yourName: '' });
    const second = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
      correction: 'Bussarna går via Saltskog & Ronna.',
    });
    const both = content(core, articleId, siteId, second.id);
    expect(
      both.endsWith(
        `${note('6 december 2026', 'Bron stängs den 8 december, inte den 6.')}\n\n${note('7 december 2026', 'Bussarna går via Saltskog &amp; Ronna.')}`,
      ),
    ).toBe(true);
    // An ordinary update later still carries the corrections on the site.
    expect(content(core, articleId, siteId, 'ordinary-update')).toContain('Rättelse 6 december 2026:');
    markCorrectionsPublished(core.db, second.id, { postId: 41, link: 'http://127.0.0.1:1/bron/', publishedAt: clockAt, siteUser: 'anna' });

    const log = await core.handlers['corrections.list']({});
    expect(log.map((c) => [c.note, c.madeBy, c.postId, c.siteName, c.headline])).toEqual([
      ['Bussarna går via Saltskog & Ronna.', 'anna', 41, 'Södertälje Nu', 'Bron över kanalen stängs i tre veckor'],
      ['Bron stängs den 8 december, inte den 6.', 'Maria Redaktör', 41, 'Södertälje Nu', 'Bron över kanalen stängs i tre veckor'],
    ]);
    expect(log[1]?.publishedAt).toBe('2026-12-06T10:00:00.000Z');
    // The period is in newsroom days: 7 December holds only the second.
    expect((await core.handlers['corrections.list']({ from: '2026-12-07', to: '2026-12-07' })).map((c) => c.note)).toEqual([
      'Bussarna går via Saltskog & Ronna.',
    ]);
    expect(await core.handlers['corrections.list']({ to: '2026-12-05' })).toEqual([]);

    const report = await core.handlers['corrections.report']({ from: '2026-12-01', to: '2026-12-31' });
    expect(report.fileName).toBe('rattelser-2026-12-01-2026-12-31.csv');
    expect(report.rows).toBe(2);
    const lines = report.csv.split('\r\n');
    expect(lines[0]).toBe('\ufeffRättad;Artikel;Webbplats;Inlägg-id;Vem;Rättelse;Länk');
    expect(lines[2]).toBe(
      '2026-12-06 11:00;Bron över kanalen stängs i tre veckor;Södertälje Nu;41;Maria Redaktör;Bron stängs den 8 december, inte den 6.;http://127.0.0.1:1/bron/',
    );
    expect(lines[3]).toBe('');
    core.close();
  });

  it('hands a note not yet sent on to the job that replaces it', async () => {
    const { core, siteId, articleId } = await setup({ published: true });
    const first = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
      correction: 'Rätt datum: 8 december.',
    });
    const second = await core.handlers['publish.start']({
      articleId,
      siteId,
      action: 'publish',
      categories: [],
      newCategories: [],
      tags: [],
    });
    expect((await core.handlers['publish.jobs']({ limit: 10 })).find((job) => job.id === first.id)?.state).toBe('cancelled');
    expect(content(core, articleId, siteId, second.id)).toContain('Rätt datum: 8 december.');
    expect(content(core, articleId, siteId, first.id)).not.toContain('spalt-correction');
    core.close();
  });
});

describe('a post with corrections read back', () => {
  it('keeps the notes out of the body, and its synced draft pairs the body blocks', () => {
    const corrections = [{ note: 'Rätt datum: 8 december.', madeAt: '2026-12-06T10:00:00.000Z' }];
    const parts = postContentParts(draft, new Map(), defaultSitePage, corrections);
    const markup = joinContent(parts);
    const read = draftFromPost({ title: draft.headline, excerpt: draft.lead, content: markup });
    expect(JSON.stringify(read.body)).not.toContain('Rättelse');
    expect(read.body.root.children).toHaveLength(2);
    const synced = syncedDraftOf(draft, parts, markup, '2026-12-06T10:00:00.000Z');
    expect(synced.blocks).toEqual(parts.blocks.map((block) => block.trim()));
    expect(synced.blocks.join('')).not.toContain('spalt-correction');

    // Edited on the site since: read back for a merge, the notes are still no part of the body.
    const edited = markup.replace('Bussarna går via Saltskog.', 'Bussarna går via Ronna.');
    const snapshot = {
      title: draft.headline,
      excerpt: draft.lead,
      content: edited,
      status: 'publish',
      slug: 'bron',
      categories: [],
      tags: [],
      featured_media: 0,
    };
    const site = siteDraftOf(synced, snapshot, { ...snapshot, content: markup });
    expect(site.draft.body.root.children).toHaveLength(2);
    expect(JSON.stringify(site.draft.body)).toContain('Bussarna går via Ronna.');
    expect(JSON.stringify(site.draft.body)).not.toContain('Rättelse');
  });
});
