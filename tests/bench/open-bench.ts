/**
 * The `open` part of `npm run bench`: how long the structural check of a large profile takes,
 * and how long opening it takes with the check waited for at most openCheckWaitMs. The profile
 * is written through the core's own create and save (SPALT_BENCH_OPEN_ARTICLES articles of
 * about 400 words, default 100,000) into largeProfileDir(), kept there and reused by later
 * runs. Writing it takes long; the saves run with synchronous=NORMAL meanwhile, the only
 * difference from a journalist's saves. Prints a table; asserts nothing.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../main/core';
import { openCheckWaitMs } from '../../main/db/open';
import { startStructuralCheck } from '../../main/db/structural-check';
import { draftFor } from '../support/damaged-profile';

export const articleCount = Number(process.env.SPALT_BENCH_OPEN_ARTICLES ?? 100_000);

/**
 * Where the large profile is kept between runs: SPALT_BENCH_OPEN_DIR, else the user's cache
 * folder, one profile per size, since writing it through the core takes the better part of an hour.
 */
export function largeProfileDir(): string {
  const cache = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  const dir = process.env.SPALT_BENCH_OPEN_DIR ?? join(cache, 'spalt-bench', `articles-${articleCount}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes the profile up to articleCount articles; a profile already that large is left as it is. */
export async function writeLargeProfile(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, version: 'bench', outbox: { worker: false }, checkWaitMs: 0 });
  try {
    core.db.pragma('synchronous = NORMAL');
    const have = core.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const began = performance.now();
    for (let i = have; i < articleCount; i++) {
      const { id } = await core.handlers['articles.create']({ kind: 'news' });
      await core.handlers['articles.save']({ id, baseRevision: 0, draft: draftFor(i) });
      if ((i + 1) % 5_000 === 0) console.log(`${i + 1} articles written (${((performance.now() - began) / 1000).toFixed(0)} s)`);
      // Let the search index catch up as it does between a journalist's saves.
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    core.close();
  }
}

function timeCheck(file: string): Promise<{ ms: number; state: string }> {
  const began = performance.now();
  const check = startStructuralCheck(file);
  // The check's thread does not hold the process open (a quitting Spalt never waits for it); here we wait.
  const keepAlive = setInterval(() => undefined, 1_000);
  return new Promise((resolve) =>
    check.whenDone((outcome) => {
      clearInterval(keepAlive);
      resolve({ ms: performance.now() - began, state: outcome.state });
    }),
  );
}

function timeOpen(dataDir: string): { openMs: number; damaged: boolean } {
  const began = performance.now();
  const core: Core = createCore({ dataDir, version: 'bench', outbox: { worker: false } });
  const openMs = performance.now() - began;
  core.close();
  return { openMs, damaged: core.health.damaged };
}

export async function runOpenBench(): Promise<void> {
  const dataDir = largeProfileDir();
  const file = join(dataDir, 'spalt.sqlite');
  console.log(`Profile in ${dataDir}: writing up to ${articleCount.toLocaleString('sv-SE')} articles through the core…`);
  await writeLargeProfile(dataDir);
  const megabytes = existsSync(file) ? statSync(file).size / 1e6 : 0;
  const check = await timeCheck(file);
  const open = timeOpen(dataDir);
  const again = await timeCheck(file);
  console.log(
    `\nOpening a profile of ${articleCount.toLocaleString('sv-SE')} articles, ${megabytes.toFixed(0)} MB (Node ${process.version})\n`,
  );
  console.table([
    { measure: 'structural check (quick_check), whole file, first run', ms: check.ms.toFixed(0), result: check.state },
    { measure: 'structural check again (file in the page cache)', ms: again.ms.toFixed(0), result: again.state },
    {
      measure: `opening the profile (createCore), check waited for at most ${openCheckWaitMs} ms`,
      ms: open.openMs.toFixed(0),
      result: open.damaged ? 'damaged' : 'ok',
    },
  ]);
}
