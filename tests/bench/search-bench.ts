/**
 * The `search` part of `npm run bench`: the library's search on the open bench's profile of
 * SPALT_BENCH_OPEN_ARTICLES articles (default 100,000, written through the core into
 * SPALT_BENCH_OPEN_DIR and reused; only when named, as it shares that profile). Each query
 * class goes through the core's `articles.page` handler, asking for the first page the library
 * asks for, beside the bare FTS5 query of the same words on the same file
 * (`SELECT rowid … MATCH ? LIMIT 50`, no count, no ranking, no snippets, no articles read),
 * interleaved call by call. A search typed a key at a time is timed at each key. Prints a
 * table; asserts nothing.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createCore } from '../../main/core';
import { ftsQuery } from '../../main/db/search-query';
import { searchPageSize } from '../../shared/article/article-fields';
import { articleCount, largeProfileDir, writeLargeProfile } from './open-bench';

const runs = 40;
const warmUp = 5;

/**
 * The profile's articles each hold "Artikel N" and "Ingress nummer N": a number is the word one
 * article holds, and a number one digit shorter, typed last (so a prefix), is in eleven.
 */
const rare = String(Math.floor(articleCount / 3));
const few = rare.slice(0, -1);

/** The query classes, their goals (p95, ms) and what is typed; `picker`: Läs även's headline search (`articles.headlines`). */
const queries: ReadonlyArray<{ name: string; typed: string; goal: number; picker?: true }> = [
  { name: 'a rare word', typed: rare, goal: 10 },
  { name: 'two words', typed: `artikel ${few}`, goal: 10 },
  { name: 'three words', typed: `ingress nummer ${few}`, goal: 10 },
  { name: 'typed a key at a time, 1st key', typed: 's', goal: 25 },
  { name: 'typed a key at a time, 2nd key', typed: 'sö', goal: 25 },
  { name: 'typed a key at a time, 3rd key', typed: 'söd', goal: 25 },
  { name: 'another 3-letter prefix', typed: 'pol', goal: 25 },
  { name: 'a word nearly every article holds', typed: 'nyheter', goal: 50 },
  { name: 'folded: Södertälje typed without å, ä, ö', typed: 'sodertalje', goal: 50 },
  { name: 'two common words', typed: 'polisen hamnen', goal: 50 },
  { name: 'three common words', typed: 'polisen hamnen ronna', goal: 50 },
  { name: 'Läs även picker, headlines: a few', typed: `artikel ${few}`, goal: 10, picker: true },
  { name: 'Läs även picker, headlines: every one', typed: 'artikel', goal: 50, picker: true },
];

const pickerLimit = 20;

function stats(values: number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

export async function runSearchBench(): Promise<void> {
  const started = performance.now();
  const dataDir = largeProfileDir();
  console.log(`Profile in ${dataDir}: up to ${articleCount.toLocaleString('sv-SE')} articles, written through the core if missing…`);
  await writeLargeProfile(dataDir);

  const core = createCore({ dataDir, version: 'bench', outbox: { worker: false } });
  const bare = new Database(join(dataDir, 'spalt.sqlite'), { readonly: true });
  const bareQuery = bare.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT 50').pluck();
  const times = queries.map(() => ({ core: [] as number[], bare: [] as number[], total: null as number | null, capped: false, shown: 0 }));
  try {
    for (let run = -warmUp; run < runs; run++) {
      for (const [i, { typed, picker }] of queries.entries()) {
        const words = ftsQuery(typed);
        const match = picker && words !== null ? `headline : (${words})` : words;
        const timeBare = () => {
          const began = performance.now();
          if (match !== null) bareQuery.all(match);
          return performance.now() - began;
        };
        // Which goes first alternates from run to run, so neither always finds the other's pages warm.
        const bareFirst = run % 2 === 0 ? timeBare() : null;
        const began = performance.now();
        const page = picker
          ? { items: await core.handlers['articles.headlines']({ query: typed, limit: pickerLimit }), total: null, capped: false }
          : await core.handlers['articles.page']({
              scope: 'active',
              query: typed,
              offset: 0,
              limit: searchPageSize,
              sort: null,
              status: null,
              kind: null,
            });
        const coreMs = performance.now() - began;
        const bareMs = bareFirst ?? timeBare();
        if (run < 0) continue;
        times[i]!.core.push(coreMs);
        times[i]!.bare.push(bareMs);
        Object.assign(times[i]!, { total: page.total, capped: page.capped, shown: page.items.length });
      }
    }
  } finally {
    bare.close();
    core.close();
  }

  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  console.log(
    `\nSearch benchmark — ${articleCount.toLocaleString('sv-SE')} articles, ${runs} runs of each, interleaved with the bare query (load average ${load}: on a shared machine, times include waiting for a core)\n`,
  );
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  console.table(
    queries.map(({ name, typed, goal }, i) => {
      const { core: coreTimes, bare: bareTimes, total, capped, shown } = times[i]!;
      const [spalt, peer] = [stats(coreTimes), stats(bareTimes)];
      return {
        query: `${name}: "${typed}"`,
        matches: total === null ? '' : capped ? `> ${total} (newest ${total})` : `${total} (best first)`,
        'page rows': shown,
        'p50 ms': ms(spalt.p50),
        'p95 ms': ms(spalt.p95),
        'bare FTS5 p50': ms(peer.p50),
        'bare FTS5 p95': ms(peer.p95),
        'ratio p95': (spalt.p95 / Math.max(peer.p95, 0.01)).toFixed(1),
        goal: `p95 ≤ ${goal} ms`,
        result: spalt.p95 <= goal ? 'met' : 'MISSED',
      };
    }),
  );
  console.log(
    `\narticles.page through the core's handler, first page of ${searchPageSize} (what the library asks for), with the count, order and snippets; the picker's articles.headlines, ${pickerLimit} headlines; Node ${process.version}; search benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
