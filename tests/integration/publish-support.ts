/**
 * Helpers for the publishing tests (publish-*.test.ts): a real core on a real profile folder
 * with a site saved through sites.save, real photos imported and credited through the photo
 * library's handlers, the seed articles made into articles that pass the checklist, and
 * waiting for a job to reach a state.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft } from '../../shared/article/article';
import { emptyCredit, type Credit, type Photo } from '../../shared/article/photo';
import { inputSchemas, type Handlers, type Input } from '../../shared/api';
import type { JobState, PublishJob } from '../../shared/publish/publish';
import { createCore, type Core, type CoreOptions } from '../../main/core';
import type { SeedArticle } from '../fixtures/seeds';
import { liftMainPhoto, seedDraft, type SeedPhotoBlock } from '../fixtures/seeds/draft';
import { makePhoto } from '../support/photo-fixtures';
import { basicAuth, type WordPressRole, type WordPressSite } from '../wordpress/site';

/** A folder for a whole test file (useTempDir's folders go after each test); removed by `remove`. */
export function fileTempDir(prefix = 'spalt-publish-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** publish.start with the contract's defaults filled in, as the adapters validate it. */
export function startPublish(spalt: Spalt, input: Input<'publish.start'>): Promise<PublishJob> {
  return spalt.handlers['publish.start'](inputSchemas['publish.start'].parse(input));
}

/** Retries in tests come quickly. */
export const fastTiming = { baseMs: 150, maxMs: 1_000 };

export interface Spalt {
  core: Core;
  handlers: Handlers;
  dataDir: string;
  siteId: string;
}

export async function startSpalt(
  dataDir: string,
  site: { url: string; users: WordPressSite['users'] },
  role: WordPressRole,
  options: Partial<CoreOptions> = {},
): Promise<Spalt> {
  const core = createCore({ dataDir, version: 'test', ...options, outbox: { timing: fastTiming, ...options.outbox } });
  const user = site.users[role];
  const saved = await core.handlers['sites.save']({
    name: 'Testsajten',
    address: site.url,
    username: user.username,
    password: user.applicationPassword,
  });
  return { core, handlers: core.handlers, dataDir, siteId: saved.id };
}

export interface PhotoSpec {
  seed: number;
  alt: string;
  caption: string;
  credit: Partial<Credit>;
  width?: number;
  height?: number;
}

/** A real JPEG through photos.import, then credited through photos.update. */
export async function importPhoto(handlers: Handlers, dir: string, spec: PhotoSpec): Promise<Photo> {
  const file = await makePhoto(join(dir, `photo-${spec.seed}.jpg`), {
    width: spec.width ?? 480,
    height: spec.height ?? 320,
    seed: spec.seed,
    quality: 80,
  });
  const { photo } = await handlers['photos.import']({ fileName: `IMG_${spec.seed}.jpg`, data: new Uint8Array(readFileSync(file)) });
  return handlers['photos.update']({
    id: photo.id,
    edit: { alt: spec.alt, caption: spec.caption, credit: { ...emptyCredit, ...spec.credit } },
  });
}

/** An article saved through the handlers, as the editor would. */
export async function saveArticle(handlers: Handlers, draft: ArticleDraft): Promise<string> {
  const created = await handlers['articles.create']({ kind: draft.kind });
  await handlers['articles.save']({ id: created.id, baseRevision: created.revision, draft });
  return created.id;
}

/** The credit a seed's printed credit line stands for, as the library records it. */
function creditFrom(line: string): Partial<Credit> {
  const text = line.replace(/\.$/, '').trim();
  if (text === 'Foto: Privat') return { type: 'handout' };
  if (text === 'Arkivbild') return { type: 'archive' };
  if (text === 'Foto: Pexels') return { type: 'stock', organisation: 'Pexels', licence: 'Pexels-licensen: fri användning' };
  const name = /^Foto: (.+)$/.exec(text)?.[1];
  if (name) return { type: 'staff', name };
  // The seed has no credit (the checklist would stop it): the municipality handed the photo out.
  return { type: 'agency', organisation: 'Södertälje kommun' };
}

/** Alt texts of the seeds that the checklist stops (a file name) or warns about (one word), made proper. */
const betterAlt: Record<string, string> = {
  IMG_9098: 'Buss vid hållplats i Södertälje',
  helikopter: 'Ambulanshelikopter vid anstalten Hall',
};

/**
 * A seed as an article of the library: each of its photos imported as a real photo and
 * credited in the library (the seed's own ids become library ids), and a "Läs även" naming an
 * article not in this library keeping only its address. The photo at the top of a seed's page
 * is its main photo (see liftMainPhoto).
 */
export async function seedArticle(
  handlers: Handlers,
  dir: string,
  seed: SeedArticle,
  firstSeed: number,
): Promise<{ id: string; photos: Photo[] }> {
  const draft = structuredClone(seedDraft(seed));
  const photos: Photo[] = [];
  const children = draft.body.root.children as unknown as Array<Record<string, unknown>>;
  for (const [index, node] of children.entries()) {
    if (node.type === 'photo') {
      const block = node as unknown as SeedPhotoBlock;
      const photo = await importPhoto(handlers, dir, {
        seed: firstSeed + photos.length,
        alt: betterAlt[block.alt ?? ''] ?? block.alt ?? '',
        caption: block.caption ?? '',
        credit: creditFrom(block.credit ?? ''),
      });
      photos.push(photo);
      children[index] = { ...block, photoId: photo.id, src: `spalt-photo:${photo.id}` };
    } else if (node.type === 'read-also' && typeof node.articleId === 'string' && !isArticleId(node.articleId)) {
      // The fixtures name the linked article by a slug of their own: it is no article of this library.
      const { articleId: _dropped, ...rest } = node;
      children[index] = rest;
    }
  }
  const { draft: lifted, mainPhoto } = liftMainPhoto(draft);
  // A news story must have a byline; the seed without one was written by the newsroom.
  const bylines =
    draft.kind !== 'opinion' && draft.bylines.length === 0
      ? [{ role: 'text' as const, name: 'Redaktionen', personId: null }]
      : draft.bylines;
  const article: ArticleDraft = { ...lifted, bylines, mainPhotoId: mainPhoto?.photoId ?? null };
  return { id: await saveArticle(handlers, article), photos };
}

const isArticleId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** Resolves with the job once it is in one of `states` (checked on every publish.changed and every 50 ms). */
export async function waitForJob(spalt: Spalt, jobId: string, states: readonly JobState[], timeoutMs = 30_000): Promise<PublishJob> {
  const started = Date.now();
  for (;;) {
    const job = (await spalt.handlers['publish.jobs']({ limit: 500 })).find((candidate) => candidate.id === jobId);
    if (job && states.includes(job.state)) return job;
    if (Date.now() - started > timeoutMs)
      throw new Error(`job ${jobId} is ${job?.state}/${job?.step} (${JSON.stringify(job?.error?.message.en)}), not ${states.join(' or ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A GET to the site's REST API as the administrator, to see what is really there. */
export async function adminGet<T = any>(site: WordPressSite, path: string): Promise<T> {
  const response = await fetch(site.restUrl(path), { headers: { Authorization: basicAuth(site.users.administrator) } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function adminPost<T = any>(site: WordPressSite, path: string, body: unknown, method = 'POST'): Promise<T> {
  const response = await fetch(site.restUrl(path), {
    method,
    headers: { Authorization: basicAuth(site.users.administrator), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Every media item and post on the site whose slug starts with Spalt's markers or equals `slug`. */
export async function countOnSite(
  site: WordPressSite,
  search: { mediaSlug?: string; postSearch?: string },
): Promise<{ media: number; posts: number }> {
  const media = search.mediaSlug ? await adminGet<unknown[]>(site, `/wp/v2/media?slug=${search.mediaSlug}&per_page=100`) : [];
  const posts = search.postSearch
    ? await adminGet<unknown[]>(
        site,
        `/wp/v2/posts?search=${encodeURIComponent(search.postSearch)}&status=draft,pending,future,publish,private&per_page=100&context=edit`,
      )
    : [];
  return { media: media.length, posts: posts.length };
}
