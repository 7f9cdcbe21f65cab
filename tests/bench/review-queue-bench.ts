/**
 * The review-queue part of `npm run bench` (`npm run bench -- review-queue`): a local
 * WordPress (6.1, or SPALT_WORDPRESS=7.1) with 200 pending posts of about 600 words each by
 * three writers, as Spalt writes them. It times the whole queue as the editor's Spalt reads it
 * (listReviewQueue: the role check, every page, the authors' names), and beside it the first
 * page alone as one bare request (100 posts, context=edit, every field), and the queue's first
 * rows painted in Chromium after "Att granska" is clicked, cold and warm
 * (review-queue-page-bench.ts; SPALT_BENCH_PAGE_RUNS). Target for the queue's first screen:
 * painted within 1 s of opening. Prints a table; asserts nothing.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { WordPressClient } from '../../main/publish/wordpress/client';
import { listReviewQueue } from '../../main/publish/wordpress/review-queue';
import { basicAuth, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';
import { measureQueueFirstRows } from './review-queue-page-bench';
import { articleBlocks, bodyDocument } from './swedish-text';

const pendingPosts = 200;
const runs = Number(process.env.SPALT_BENCH_RUNS ?? 15);
const writers: WordPressRole[] = ['contributor', 'author', 'editor'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function fillQueue(site: WordPressSite): Promise<void> {
  for (let start = 0; start < pendingPosts; start += 4) {
    await Promise.all(
      Array.from({ length: Math.min(4, pendingPosts - start) }, async (_, k) => {
        const i = start + k;
        const role = writers[i % writers.length] ?? 'contributor';
        const response = await fetch(site.restUrl('/wp/v2/posts'), {
          method: 'POST',
          headers: { Authorization: basicAuth(site.users[role]), 'Content-Type': 'application/json' },
          body: JSON.stringify({
            title: `Väntar på granskning ${i}`,
            content: documentToBlocks(bodyDocument(articleBlocks(600, i + 1))),
            excerpt: `Ingress ${i}.`,
            status: 'pending',
          }),
        });
        if (response.status !== 201) throw new Error(`post ${i}: ${response.status} ${await response.text()}`);
      }),
    );
  }
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; min: number }> {
  await run();
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    wall.push(performance.now() - started);
  }
  wall.sort((a, b) => a - b);
  return { p50: percentile(wall, 50), p95: percentile(wall, 95), min: wall[0] ?? NaN };
}

export async function runReviewQueueBench(): Promise<void> {
  const site = await startWordPress();
  try {
    await fillQueue(site);
    const editor = site.users.editor;
    let items = 0;
    let bytes = 0;
    const queue = await time(async () => {
      // A new client each time, as a fresh look at the queue: nothing remembered.
      const client = new WordPressClient({
        address: site.url,
        username: editor.username,
        password: editor.applicationPassword,
        restRoot: `${site.url}/wp-json/`,
      });
      items = (await listReviewQueue(client)).length;
    });
    const firstPage = await time(async () => {
      const response = await fetch(site.restUrl('/wp/v2/posts?status=pending&context=edit&per_page=100&orderby=id&order=desc'), {
        headers: { Authorization: basicAuth(editor) },
      });
      bytes = (await response.text()).length;
    });
    const pageRuns = Number(process.env.SPALT_BENCH_PAGE_RUNS ?? 10);
    const page = await measureQueueFirstRows(site, pageRuns);
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    console.log(
      `\nReview queue: ${pendingPosts} pending posts of about 600 words on a local WordPress ${site.release}, ${runs} runs after one warm-up (load average ${load})`,
    );
    console.table([
      {
        measure: `the whole queue (${items} posts, every page, authors)`,
        'p50 ms': queue.p50.toFixed(0),
        'p95 ms': queue.p95.toFixed(0),
        'min ms': queue.min.toFixed(0),
      },
      {
        measure: `first page alone (100 posts, ${(bytes / 1e6).toFixed(1)} MB of JSON)`,
        'p50 ms': firstPage.p50.toFixed(0),
        'p95 ms': firstPage.p95.toFixed(0),
        'min ms': firstPage.min.toFixed(0),
      },
      {
        measure: `Chromium: "Att granska" clicked → first rows painted, cold (nothing cached; ${page.rows} rows)`,
        'p50 ms': page.cold.p50.toFixed(0),
        'p95 ms': page.cold.p95.toFixed(0),
        'min ms': '',
      },
      {
        measure: 'Chromium: "Att granska" clicked → first rows painted, warm (the list kept from before)',
        'p50 ms': page.warm.p50.toFixed(0),
        'p95 ms': page.warm.p95.toFixed(0),
        'min ms': '',
      },
    ]);
    console.log(
      `Chromium: ${pageRuns} runs of each after one warm-up, browser-mode Spalt with the Editor's site; painted = the first animation frame that has a row, then a message posted from it (after that paint).`,
    );
    console.log("Target: the queue's first screen painted within 1,000 ms of opening.\n");
  } finally {
    await site.stop();
  }
}
