/**
 * Killing the core in the middle of a publish (a real process, SIGKILL) right after an upload,
 * the post's create and its update have been carried out by the site, before Spalt recorded
 * them; started again each time, the job finishes with exactly one post and one copy of each
 * photo on the real WordPress.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { adminGet, fileTempDir, importPhoto, saveArticle, startPublish, type Spalt } from './publish-support';

let site: WordPressSite;
const temp = fileTempDir('spalt-crash-');

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  await site?.stop();
  temp.remove();
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  jobs: Array<{ id: string; state: string; step: string; error: string | null }> | null;
}

/** Runs the core in a child process until its queue is empty, or until it kills itself at `crashAt`. */
function runCore(dataDir: string, crashAt: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/publish-crash-child.ts'], {
      env: { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_TEST_CRASH_AT: crashAt },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the core did not finish:\n${out}`));
    }, 60_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((text) => text.startsWith('[{'));
      resolve({ code, signal, jobs: line ? (JSON.parse(line) as Run['jobs']) : null });
    });
  });
}

describe('a core killed in the middle of a publish', () => {
  it('finishes the job after each restart with one post and one copy of each photo', async () => {
    const dataDir = `${temp.dir}/profile`;
    // The job is queued by a core whose worker is off, then carried out by the child processes.
    const core = createCore({ dataDir, version: 'test', outbox: { worker: false } });
    const user = site.users.editor;
    const saved = await core.handlers['sites.save']({
      name: 'Testsajten',
      address: site.url,
      username: user.username,
      password: user.applicationPassword,
    });
    const spalt: Spalt = { core, handlers: core.handlers, dataDir, siteId: saved.id };
    const photos = [];
    for (let i = 0; i < 3; i++) {
      photos.push(
        await importPhoto(core.handlers, dataDir, {
          seed: 700 + i,
          alt: `Kranbil vid kajen, bild ${i + 1}`,
          caption: `Bild ${i + 1}.`,
          credit: { type: 'staff', name: 'Alexander Isa' },
        }),
      );
    }
    const title = 'Kraschsäker publicering';
    const articleId = await saveArticle(core.handlers, {
      kind: 'news',
      kicker: '',
      headline: title,
      lead: 'En ingress.',
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: photos[0]!.id,
      body: body(
        p('Text.'),
        ...photos.slice(1).map((photo) => photoBlock({ photoId: photo.id, alt: photo.alt, credit: photo.creditLine })),
      ),
    });
    const job = await startPublish(spalt, { articleId, siteId: saved.id, action: 'publish', tags: ['Hamnen'] });
    core.close();

    for (const crashAt of ['media.upload:2', 'post.create:1', 'post.update:1']) {
      const run = await runCore(dataDir, crashAt);
      expect({ crashAt, signal: run.signal }).toEqual({ crashAt, signal: 'SIGKILL' });
    }
    // The second upload arrived before the first crash; the create before the second.
    expect(await adminGet<unknown[]>(site, `/wp/v2/media?slug=${mediaMarker(photos[1]!.hash)}`)).toHaveLength(1);

    const last = await runCore(dataDir, '');
    expect(last).toMatchObject({ code: 0, jobs: [{ id: job.id, state: 'done', step: 'done', error: null }] });

    const posts = await adminGet<any[]>(
      site,
      `/wp/v2/posts?search=${encodeURIComponent(title)}&status=draft,pending,future,publish,private&context=edit`,
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 'publish', title: { raw: title }, slug: 'kraschsaker-publicering' });
    const media = [];
    for (const photo of photos) {
      const copies = await adminGet<any[]>(site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}&context=edit`);
      expect(copies).toHaveLength(1);
      expect(copies[0].alt_text).toBe(photo.alt);
      media.push(copies[0]);
    }
    expect(posts[0].featured_media).toBe(media[0].id);
    for (const item of media.slice(1)) expect(posts[0].content.raw).toContain(`<img src="${item.source_url}"`);
    expect(await adminGet<unknown[]>(site, '/wp/v2/tags?search=Hamnen')).toHaveLength(1);

    const reopened = createCore({ dataDir, version: 'test', outbox: { worker: false } });
    expect((await reopened.handlers['articles.get']({ id: articleId })).status).toBe('published');
    reopened.close();
  }, 120_000);
});
