/**
 * The review queue's first screen in Chromium (part of `npm run bench -- review-queue`): a real
 * browser-mode Spalt on a fresh data folder, with an Editor's site connected to the bench's
 * WordPress. In an app already showing the article library, "Att granska" is clicked and the
 * time taken until the first rows of the queue are painted: an animation-frame callback sees the
 * first row in the table, then a message posted from it runs after that frame's paint, and its
 * time is the figure (the photo library bench does the same).
 *
 * Cold: nothing cached (the profile's kept list deleted, the page loaded afresh), so the rows wait
 * for the site. Warm: the list kept from the run before, as an editor who looked before; the site
 * is read again behind it, and the next run waits until that read is done.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { startSpaltProcess } from '../support/spalt-process';
import type { WordPressSite } from '../wordpress/site';
import { api, buildSpaltRenderer, launchChromium, projectRoot, summary } from './bench-pages';

export interface FirstRowsFigures {
  cold: { p50: number; p95: number; max: number };
  warm: { p50: number; p95: number; max: number };
  rows: number;
}

/** Plain JavaScript, run in the page: clicks "Att granska" and resolves when its first rows are painted. */
const openQueue = `
new Promise((resolve, reject) => {
  const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Att granska');
  if (!link) return reject(new Error('no "Att granska" link'));
  const t0 = performance.now();
  link.click();
  const check = () => {
    const rows = document.querySelectorAll('.review-queue table tbody tr');
    if (rows.length > 0) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ms: performance.now() - t0, rows: rows.length });
      channel.port2.postMessage(null);
    } else if (performance.now() - t0 > 30000) reject(new Error('no rows after 30 s'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})
`;

async function showLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
}

/** Opens the queue and waits also for the read of the site the view starts, so no read overlaps the next run. */
async function openAndRead(page: Page): Promise<{ ms: number; rows: number }> {
  const read = page.waitForResponse((response) => response.url().includes('/api/invoke/review.refresh'), { timeout: 60_000 });
  const painted = await page.evaluate<{ ms: number; rows: number }>(openQueue);
  await read;
  return painted;
}

export async function measureQueueFirstRows(site: WordPressSite, runs: number): Promise<FirstRowsFigures> {
  await buildSpaltRenderer();
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-bench-queue-'));
  const spalt = await startSpaltProcess(dataDir, { cwd: projectRoot });
  const browser = await launchChromium();
  try {
    const editor = site.users.editor;
    const saved = await api(spalt, 'sites.save', {
      name: 'Telge Nytt',
      address: site.url,
      username: editor.username,
      password: editor.applicationPassword,
    });
    // As the Sites view does after adding it: the role is read once.
    await api(spalt, 'sites.test', { id: saved.id });
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await showLibrary(page, spalt.url);
    const library = `${spalt.origin}/#/`;
    const cold: number[] = [];
    const warm: number[] = [];
    let rows = 0;
    for (let run = 0; run <= runs; run++) {
      // Cold: the kept list gone, and the page (with anything the renderer held) loaded afresh.
      const db = new Database(join(dataDir, 'spalt.sqlite'));
      db.pragma('busy_timeout = 5000');
      db.prepare('DELETE FROM review_queue_cache').run();
      db.close();
      await showLibrary(page, library);
      const coldRun = await openAndRead(page);
      // Warm: back to the library in the same page, and "Att granska" again.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar' }).click();
      await page.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
      const warmRun = await openAndRead(page);
      rows = coldRun.rows;
      // The first of each is a warm-up (the server's code cache, Chromium's caches).
      if (run === 0) continue;
      cold.push(coldRun.ms);
      warm.push(warmRun.ms);
    }
    await context.close();
    return { cold: summary(cold), warm: summary(warm), rows };
  } finally {
    await browser.close();
    await spalt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
