/**
 * The publishing part of `npm run bench` (`npx tsx tests/bench/run.ts publish`): an article
 * with 10 photos published to a local WordPress 6.1 through Spalt's outbox (publish.start to
 * the job's 'done': check, 10 uploads, terms, create and update), against the same REST calls
 * made directly with fetch in the same run (users/me, the 10 uploads with the same texts and
 * files, the tags, the post created as a draft and updated to published). Each round uses a
 * fresh article and fresh photos, so every upload really happens; the two take turns going
 * first. Prints a table; asserts nothing. Target: at most 1.25× the direct calls.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Photo } from '../../shared/article/photo';
import { emptyCredit } from '../../shared/article/photo';
import { photoMediaPath } from '../../shared/article/photo-media';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { resolvePhotos } from '../../shared/document/resolve-photos';
import { createCore, type Core } from '../../main/core';
import { mediaFile } from '../../main/media/serve';
import { mediaTexts } from '../../main/publish/outbox/content';
import { mediaMarker, postMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { makePhoto } from '../support/photo-fixtures';
import { basicAuth, startWordPress, type WordPressSite } from '../wordpress/site';

const photoCount = 10;
const rounds = 4;
const tags = ['Hamnen', 'Trafik'];

interface Article {
  id: string;
  photos: Photo[];
}

async function freshArticle(core: Core, dir: string, round: number, variant: string): Promise<Article> {
  const photos: Photo[] = [];
  for (let i = 0; i < photoCount; i++) {
    const seed = 10_000 + round * 100 + (variant === 'outbox' ? 0 : 50) + i;
    const file = await makePhoto(join(dir, `${seed}.jpg`), { width: 1600, height: 1067, seed, quality: 85 });
    const { photo } = await core.handlers['photos.import']({ fileName: `IMG_${seed}.jpg`, data: new Uint8Array(readFileSync(file)) });
    photos.push(
      await core.handlers['photos.update']({
        id: photo.id,
        edit: {
          alt: `Båtar vid Mälarhamnen, bild ${i + 1}`,
          caption: `Bild ${i + 1} från hamnen.`,
          credit: { ...emptyCredit, type: 'staff', name: 'Alexander Isa' },
        },
      }),
    );
  }
  const [main, ...rest] = photos;
  const created = await core.handlers['articles.create']({ kind: 'news' });
  await core.handlers['articles.save']({
    id: created.id,
    baseRevision: 0,
    draft: {
      kind: 'news',
      kicker: '',
      headline: `Hamnen växer, runda ${round} (${variant})`,
      lead: 'Fler båtar än någonsin lade till i sommar.',
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: main!.id,
      body: body(
        ...rest.flatMap((photo, i) => [
          p(`Stycke ${i + 1} om hamnen och båtarna.`),
          photoBlock({ photoId: photo.id, alt: photo.alt, credit: photo.creditLine }),
        ]),
      ),
    },
  });
  return { id: created.id, photos };
}

/** Through the outbox: from publish.start to the job's 'done'. */
async function viaOutbox(core: Core, siteId: string, article: Article): Promise<number> {
  const start = performance.now();
  const job = await core.handlers['publish.start']({
    articleId: article.id,
    siteId,
    action: 'publish',
    categories: [],
    newCategories: [],
    tags,
  });
  await new Promise<void>((resolve, reject) => {
    const off = core.events.on('publish.changed', (change) => {
      if (change.jobId !== job.id) return;
      if (change.state === 'done') resolve();
      else if (change.state === 'failed' || change.state === 'conflict') reject(new Error(`publish ${change.state}`));
      else return;
      off();
    });
  });
  return performance.now() - start;
}

/** The same calls with fetch and nothing else. */
async function direct(core: Core, dataDir: string, site: WordPressSite, article: Article): Promise<number> {
  const auth = basicAuth(site.users.editor);
  const call = async (method: string, path: string, init: { json?: unknown; body?: Uint8Array; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { Authorization: auth, Accept: 'application/json', ...init.headers };
    if (init.json !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
    const response = await fetch(site.restUrl(path), {
      method,
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
    const answer = (await response.json()) as any;
    if (!response.ok && answer?.code !== 'term_exists') throw new Error(`${method} ${path}: ${response.status}`);
    return answer;
  };
  const start = performance.now();
  await call('GET', '/wp/v2/users/me?context=edit');
  const uploaded = new Map<string, { id: number; source_url: string }>();
  for (const photo of article.photos) {
    const file = mediaFile(core.db, dataDir, photoMediaPath(photo.id, 'web'))!;
    const texts = mediaTexts(photo);
    const query = new URLSearchParams({ slug: mediaMarker(photo.hash), ...texts }).toString();
    const media = await call('POST', `/wp/v2/media?${query}`, {
      body: readFileSync(file.file),
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${photo.fileName}"` },
    });
    uploaded.set(photo.id, media);
  }
  const tagIds: number[] = [];
  for (const name of tags) {
    const answer = await call('POST', '/wp/v2/tags', { json: { name } });
    tagIds.push(answer.id ?? (await call('GET', `/wp/v2/tags/${answer.data.term_id}`)).id);
  }
  const saved = await core.handlers['articles.get']({ id: article.id });
  const content = documentToBlocks(
    resolvePhotos(saved.body, (id) => {
      const photo = article.photos.find((candidate) => candidate.id === id);
      const media = uploaded.get(id);
      return photo && media && { src: media.source_url, alt: photo.alt, caption: photo.caption, credit: photo.creditLine };
    }),
  );
  const fields = {
    title: saved.headline,
    excerpt: saved.lead,
    content,
    tags: tagIds,
    featured_media: uploaded.get(article.photos[0]!.id)!.id,
  };
  const post = await call('POST', '/wp/v2/posts', { json: { ...fields, status: 'draft', slug: postMarker(`bench${article.id}`) } });
  await call('POST', `/wp/v2/posts/${post.id}`, { json: { ...fields, status: 'publish', slug: `hamnen-${post.id}` } });
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function runPublishBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'spalt-publish-bench-'));
  const site = await startWordPress();
  const dataDir = join(work, 'profile');
  const core = createCore({ dataDir, version: 'bench' });
  try {
    const user = site.users.editor;
    const saved = await core.handlers['sites.save']({
      name: 'Bänken',
      address: site.url,
      username: user.username,
      password: user.applicationPassword,
    });
    // As after "Testa anslutningen": the REST root is known.
    await core.handlers['sites.test']({ id: saved.id });

    // One unmeasured round of each, so both start warm (PHP's opcache, Node's JIT).
    await viaOutbox(core, saved.id, await freshArticle(core, work, -1, 'outbox'));
    await direct(core, dataDir, site, await freshArticle(core, work, -1, 'direct'));

    const rows = [];
    for (let round = 0; round < rounds; round++) {
      const outboxArticle = await freshArticle(core, work, round, 'outbox');
      const directArticle = await freshArticle(core, work, round, 'direct');
      let outboxMs = 0;
      let directMs = 0;
      if (round % 2 === 0) {
        outboxMs = await viaOutbox(core, saved.id, outboxArticle);
        directMs = await direct(core, dataDir, site, directArticle);
      } else {
        directMs = await direct(core, dataDir, site, directArticle);
        outboxMs = await viaOutbox(core, saved.id, outboxArticle);
      }
      rows.push({
        round: round + 1,
        first: round % 2 === 0 ? 'outbox' : 'direct',
        'outbox ms': Math.round(outboxMs),
        'direct ms': Math.round(directMs),
        ratio: (outboxMs / directMs).toFixed(2),
      });
    }
    const outboxMedian = median(rows.map((r) => r['outbox ms']));
    const directMedian = median(rows.map((r) => r['direct ms']));
    console.log(
      `\nPublishing an article with ${photoCount} photos (1600×1067 JPEG) to a local WordPress 6.1, ${rounds} rounds, taking turns`,
    );
    console.table(rows);
    console.log(
      `Median: outbox ${outboxMedian} ms, direct fetch ${directMedian} ms, ratio ${(outboxMedian / directMedian).toFixed(2)}× (target ≤ 1.25×)\n`,
    );
  } finally {
    core.close();
    await site.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
