/**
 * The core half of `npm run bench`: how long the core takes on the paths a journalist waits
 * for, on a store the size of a few years of a local newsroom's articles. Prints a table;
 * asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { bodyPlainText } from '../../shared/document/plain-text';
import { openPlainWriter } from './plain-autosave';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';

const articleCount = 5_000;
const words = [
  'Södertälje',
  'kommun',
  'polisen',
  'insats',
  'anstalten',
  'utbildning',
  'socialtjänsten',
  'Europa',
  'gängbrottslighet',
  'ambulans',
  'skolan',
  'trafiken',
  'budget',
  'fullmäktige',
  'föreningen',
];

function paragraphText(seed: number, length: number): string {
  return Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ') + '.';
}

function bodyOf(seed: number, paragraphs: number, wordsPerParagraph: number): BodyDocument {
  const children = Array.from({ length: paragraphs }, (_, p) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      { type: 'text', version: 1, text: paragraphText(seed + p, wordsPerParagraph), format: 0, detail: 0, mode: 'normal', style: '' },
    ],
  }));
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Lets what the core does right after a call (the search index catching up) run, untimed. */
const backgroundWork = () => new Promise<void>((resolve) => setImmediate(resolve));

async function measure(label: string, runs: number, run: (i: number) => unknown) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
    await backgroundWork();
  }
  times.sort((a, b) => a - b);
  return {
    operation: label,
    runs,
    'p50 ms': percentile(times, 50).toFixed(2),
    'p95 ms': percentile(times, 95).toFixed(2),
    'p99 ms': percentile(times, 99).toFixed(2),
    'max ms': (times.at(-1) ?? 0).toFixed(2),
  };
}

/** A body of at least `bytes` bytes of JSON, as the editor stores it. */
function bodyOfSize(bytes: number): BodyDocument {
  for (let paragraphs = 1; ; paragraphs += 10) {
    const body = bodyOf(3, paragraphs, 50);
    if (JSON.stringify(body).length >= bytes) return body;
  }
}

/**
 * Autosave of a 200 kB article, committed with synchronous=FULL, through the contract, against
 * the same rows written by plain better-sqlite3 with the same settings, the two interleaved
 * save by save so both meet the same disk and the same load; and the core's work right after
 * each save (the search index catching up, now and then a checkpoint), off the save's path.
 */
export async function autosaveAgainstFloor(core: Core): Promise<void> {
  const runs = 300;
  const body = bodyOfSize(200_000);
  const draft: ArticleDraft = {
    kind: 'news',
    kicker: '',
    headline: 'Rubrik',
    lead: '',
    bylines: [],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body,
  };
  const { id } = await core.handlers['articles.create']({ kind: 'news' });
  const floorDir = mkdtempSync(join(tmpdir(), 'spalt-bench-plain-'));
  const plain = openPlainWriter(floorDir, {
    headline: 'Rubrik',
    bodyJson: JSON.stringify(body),
    bodyText: bodyPlainText(body),
    draftJson: JSON.stringify(draft),
  });
  const times = { spalt: [] as number[], after: [] as number[], plain: [] as number[] };
  for (let revision = 0; revision < runs; revision++) {
    const saved = performance.now();
    const result = await dispatch(core.handlers, 'articles.save', {
      id,
      baseRevision: revision,
      sessionId: 'bench-session-2',
      draft: { ...draft, headline: `Rubrik ${revision}` },
    });
    times.spalt.push(performance.now() - saved);
    if (!result.ok) throw new Error(result.error.message.en);
    const after = performance.now();
    await backgroundWork();
    times.after.push(performance.now() - after);
    times.plain.push(plain.save(revision + 1));
  }
  plain.close();
  rmSync(floorDir, { recursive: true, force: true });
  const row = (operation: string, sample: number[]) => {
    const sorted = [...sample].sort((a, b) => a - b);
    return {
      operation,
      runs,
      'p50 ms': percentile(sorted, 50).toFixed(2),
      'p95 ms': percentile(sorted, 95).toFixed(2),
      'p99 ms': percentile(sorted, 99).toFixed(2),
      'max ms': (sorted.at(-1) ?? 0).toFixed(2),
    };
  };
  console.log(`\nAutosave of a ${Math.round(JSON.stringify(body).length / 1000)} kB article, synchronous=FULL, in ${tmpdir()}\n`);
  const sorted = (sample: number[]) => [...sample].sort((a, b) => a - b);
  const spaltP99 = percentile(sorted(times.spalt), 99);
  const plainP99 = percentile(sorted(times.plain), 99);
  console.table([
    {
      ...row('autosave, 200 kB article: Spalt, through the contract', times.spalt),
      'peer p99 ms': plainP99.toFixed(2),
      ratio: `${(spaltP99 / plainP99).toFixed(2)}×`,
      goal: 'p99 ≤ 10 ms',
      met: spaltP99 <= 10 ? 'met' : 'MISSED',
    },
    row('peer: the same rows by plain better-sqlite3, same schema and pragmas', times.plain),
    row('after each save, off its path: search index, checkpoint', times.after),
  ]);
}

export async function runCoreBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-bench-'));
  const core = createCore({ dataDir, version: 'bench' });
  const { handlers } = core;
  const seeded = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < articleCount; i++) {
    const { id } = await handlers['articles.create']({ kind: 'news' });
    const draft: ArticleDraft = {
      kind: 'news',
      kicker: '',
      headline: `Artikel ${i} om ${words[i % words.length]}`,
      lead: paragraphText(i, 30),
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: bodyOf(i, 16, 50),
    };
    await handlers['articles.save']({ id, baseRevision: 0, draft });
    ids.push(id);
  }
  const seedSeconds = (performance.now() - seeded) / 1000;

  const target = ids[0] ?? '';
  let revision = 1;
  const rows = [];
  for (const size of [2_000, 20_000]) {
    const body = bodyOf(1, size / 50, 50);
    rows.push(
      await measure(`autosave, ${size.toLocaleString('sv-SE')}-word body (through the contract)`, 200, async (i) => {
        const result = await dispatch(handlers, 'articles.save', {
          id: target,
          baseRevision: revision,
          sessionId: 'bench-session-1',
          draft: { kind: 'news', kicker: '', headline: `Rubrik ${i}`, lead: '', bylines: [], label: '', disclaimer: '', sponsor: '', body },
        });
        if (!result.ok) throw new Error(result.error.message.en);
        revision += 1;
      }),
    );
  }
  rows.push(await measure('open article (get)', 200, (i) => handlers['articles.get']({ id: ids[i % ids.length] ?? target })));
  rows.push(await measure(`library list, ${articleCount} articles`, 50, () => handlers['articles.list']({ scope: 'active', query: '' })));
  const queries = ['s', 'so', 'söd', 'sodertalje', 'polisen ins', 'gängbrott', 'fullmäktige budget'];
  rows.push(
    await measure('search as you type (one keystroke)', 210, (i) =>
      handlers['articles.list']({ scope: 'active', query: queries[i % queries.length] ?? '' }),
    ),
  );

  console.log(
    `\nSpalt core benchmark — ${articleCount} articles of ~800 words seeded in ${seedSeconds.toFixed(1)} s (Node ${process.version})\n`,
  );
  console.table(rows);
  await autosaveAgainstFloor(core);
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
