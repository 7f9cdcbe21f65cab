/**
 * The history part of `npm run bench`: Historik on a 20,000-word article with 60 kept revisions,
 * through the core on a real SQLite file. The first page of the list (25 revisions) read by a
 * core just opened (every revision's word count worked out) and again (held); one revision read
 * whole; a restore. Beside them, in the same run, the floor: the same 25 drafts read with plain
 * better-sqlite3 and parsed. Prints a table; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../main/core';
import type { ArticleDraft } from '../../shared/article/article';
import { articleBlocks, bodyDocument } from './swedish-text';

const revisionCount = 60;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(runs: number, work: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function runHistoryBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-bench-history-'));
  let clock = Date.parse('2026-11-23T08:00:00.000Z');
  const open = (): Core => createCore({ dataDir, version: 'bench', now: () => new Date(clock), outbox: { worker: false } });
  let core = open();
  const { id } = await core.handlers['articles.create']({ kind: 'news' });
  const blocks = articleBlocks(20_000, 5);
  let revision = 0;
  for (let n = 0; n < revisionCount; n++) {
    clock += 61_000;
    // Each revision a minute after the last, with one more paragraph ended differently.
    const body = bodyDocument(blocks.map((block, i) => (i === n ? { ...block, text: `${block.text} Ändrat i version ${n}.` } : block)));
    const draft: ArticleDraft = {
      kind: 'news',
      kicker: 'NYHETER',
      headline: `Förskolan i Järna, version ${n}`,
      lead: 'Kommunstyrelsen skjuter upp bygget.',
      label: '',
      disclaimer: '',
      sponsor: '',
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      mainPhotoId: null,
      body,
    };
    revision = (await core.handlers['articles.save']({ id, baseRevision: revision, draft, sessionId: `bench-window-${n}` })).revision;
  }

  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    core.close();
    core = open();
    const start = performance.now();
    await core.handlers['articles.history']({ id, limit: 25 });
    cold.push(performance.now() - start);
  }
  cold.sort((a, b) => a - b);
  const warm = await measure(50, () => core.handlers['articles.history']({ id, limit: 25 }));
  const one = await measure(50, () => core.handlers['articles.revision']({ id, revision: revision - 30 }));
  const restore = await measure(10, async () => {
    clock += 1_000;
    const current = (await core.handlers['articles.get']({ id })).revision;
    await core.handlers['articles.restoreRevision']({ id, revision: 30, baseRevision: current });
  });
  core.close();

  const plain = new Database(join(dataDir, 'spalt.sqlite'), { readonly: true });
  const select = plain.prepare('SELECT draft FROM article_revisions ORDER BY revision DESC LIMIT 25');
  const floor = await measure(20, () => (select.pluck().all() as string[]).map((text) => JSON.parse(text) as unknown));
  const bytes = plain.prepare('SELECT avg(length(draft)) FROM article_revisions').pluck().get() as number;
  plain.close();
  rmSync(dataDir, { recursive: true, force: true });

  const ms = (value: number) => Number(value.toFixed(1));
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  console.log(
    `\nHistory: a 20,000-word article (${Math.round(bytes / 1024)} kB a revision), ${revisionCount} revisions (load average ${load})`,
  );
  console.table([
    { what: 'first page of the list (25), core just opened', 'p50 ms': ms(percentile(cold, 50)), 'p95 ms': ms(percentile(cold, 95)) },
    { what: 'first page of the list again', 'p50 ms': ms(warm.p50), 'p95 ms': ms(warm.p95) },
    { what: 'one revision, whole', 'p50 ms': ms(one.p50), 'p95 ms': ms(one.p95) },
    { what: 'restore (a new revision, named)', 'p50 ms': ms(restore.p50), 'p95 ms': ms(restore.p95) },
    { what: 'floor: 25 drafts read and parsed, plain better-sqlite3', 'p50 ms': ms(floor.p50), 'p95 ms': ms(floor.p95) },
  ]);
}
