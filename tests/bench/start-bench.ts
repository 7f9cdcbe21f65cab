/**
 * The start bench (`npm run bench -- start`): how soon Spalt is there for the journalist.
 * - Process start → listening: browser mode's server (`node dist/server/spalt-server.cjs`, as
 *   `npm run serve` and `npm start`'s fallback run it) started on a profile holding a
 *   2,000-word article, from spawning the process to the address it prints; beside a plain
 *   Node HTTP server started and timed the same way, run for run.
 * - Page load → caret: the printed address opened in a new Chromium context (an empty cache,
 *   as a new start's new port gives) until the caret stands in the article the journalist left
 *   off (the editor focused, the selection collapsed in it), measured in the page from the
 *   start of the navigation; beside a bare Lexical page (tests/bench/editor, same nodes, theme
 *   and CSS) that fetches the same body and puts the caret at its end. A key is then typed and
 *   must land at the caret; the time its input event ran is shown too.
 * Runs alternate between Spalt and its floor; p50 and p95 of each. SPALT_BENCH_START_RUNS
 * sets the number of measured runs (15).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import { serverBundle } from '../support/server-bundle';
import { startSpaltProcess } from '../support/spalt-process';
import { api, buildBarePage, buildSpaltRenderer, goalRow, launchChromium, projectRoot, seedArticle, serveStatic } from './bench-pages';

const runs = Number(process.env.SPALT_BENCH_START_RUNS ?? 15);
const warmups = 2;
const goals = { listening: 300, caret: 400 };
const words = 2_000;

/** The floor: a plain Node HTTP server, printing its address once it listens. */
const plainServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('Lyssnar: http://127.0.0.1:' + this.address().port + '/'); });`;

/** Milliseconds from spawning `node args` to the address on its output; then it is stopped. */
async function timeToAddress(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const elapsed = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/: http:\/\/127\.0\.0\.1:\d+\//.test(output)) resolve(performance.now() - started);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  child.kill('SIGTERM');
  await exited;
  return elapsed;
}

/**
 * Watches the page from its first script: the first animation frame in which the focused body
 * editor holds a collapsed selection (the caret), and the first input event after it. A string,
 * so no bundler's helpers end up in the page.
 */
const caretWatch = `globalThis.__name = (target) => target;
(() => {
  const ready = () => {
    const editor = document.activeElement;
    if (!editor || editor.getAttribute('contenteditable') !== 'true' || editor.getAttribute('aria-label') !== 'Brödtext') return false;
    const selection = document.getSelection();
    return !!selection && selection.rangeCount > 0 && selection.isCollapsed && editor.contains(selection.anchorNode);
  };
  const check = () => {
    if (ready()) window.spaltCaretAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  document.addEventListener('input', () => { window.spaltKeyAt ??= performance.now(); }, true);
})();`;

/** What the page holds, as seen from here (this project is typed for Node, not the DOM). */
interface Watched {
  spaltCaretAt?: number;
  spaltKeyAt?: number;
  document: { getSelection(): { anchorNode: { textContent: string | null } | null; anchorOffset: number } | null };
}

interface PageRun {
  caret: number;
  key: number;
}

/**
 * Opens `url` in a fresh context; the caret's time, then a key typed and where it landed.
 * `settled`, when given, waits for what the key set going (Spalt's save) to finish, so no run
 * measures beside the work of the one before.
 */
async function pageToCaret(browser: Browser, url: string, settled?: () => Promise<void>): Promise<PageRun> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: caretWatch });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // Functions, not strings: the page's Content-Security-Policy refuses eval.
    const caret = (await (
      await page.waitForFunction(() => (globalThis as unknown as Watched).spaltCaretAt, undefined, { polling: 'raf', timeout: 30_000 })
    ).jsonValue()) as number;
    await page.keyboard.press('x');
    const key = (await (
      await page.waitForFunction(() => (globalThis as unknown as Watched).spaltKeyAt, undefined, { polling: 'raf' })
    ).jsonValue()) as number;
    const landed = await page.evaluate(() => {
      const selection = (globalThis as unknown as Watched).document.getSelection();
      const node = selection?.anchorNode;
      return !!node && (node.textContent ?? '').slice(0, selection?.anchorOffset).endsWith('x');
    });
    if (landed !== true) throw new Error(`the key did not land at the caret in ${url}`);
    await settled?.();
    return { caret, key };
  } finally {
    await context.close();
  }
}

export async function runStartBench(): Promise<void> {
  const started = performance.now();
  const workDir = mkdtempSync(join(tmpdir(), 'spalt-bench-start-'));
  const dataDir = join(workDir, 'data');
  const bareDir = join(workDir, 'bare');
  try {
    await buildSpaltRenderer();
    await buildBarePage(bareDir);

    // The profile: a 2,000-word article the journalist left off in, a third of the way down.
    const seeding = await startSpaltProcess(dataDir, { cwd: projectRoot });
    const { id, json } = await seedArticle(seeding, words);
    const blocks = (JSON.parse(json) as { root: { children: unknown[] } }).root.children.length;
    await api(seeding, 'resume.remember', { articleId: id, place: { block: Math.floor(blocks / 3), offset: 12 } });
    await seeding.stop();
    writeFileSync(join(bareDir, 'article.json'), json);

    const env = { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' };
    const spaltStarts: number[] = [];
    const plainStarts: number[] = [];
    for (let run = 0; run < warmups + runs; run++) {
      const spalt = await timeToAddress([serverBundle], env);
      const plain = await timeToAddress(['-e', plainServer], env);
      if (run < warmups) continue;
      spaltStarts.push(spalt);
      plainStarts.push(plain);
    }

    const spalt = await startSpaltProcess(dataDir, { cwd: projectRoot });
    const bare = await serveStatic(bareDir);
    const browser = await launchChromium();
    const spaltPages: PageRun[] = [];
    const barePages: PageRun[] = [];
    try {
      let revision = (await api(spalt, 'articles.get', { id })).revision;
      const saved = async () => {
        const before = revision;
        while (revision === before) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          revision = (await api(spalt, 'articles.get', { id })).revision;
        }
      };
      for (let run = 0; run < warmups + runs; run++) {
        const spaltRun = await pageToCaret(browser, spalt.url, saved);
        const bareRun = await pageToCaret(browser, `${bare.origin}/#start=/article.json`);
        if (process.env.DEBUG_RUNS) console.log('run', run, Math.round(spaltRun.caret), Math.round(bareRun.caret));
        if (run < warmups) continue;
        spaltPages.push(spaltRun);
        barePages.push(bareRun);
      }
    } finally {
      await browser.close();
      await spalt.stop();
      await new Promise((resolve) => bare.server.close(resolve));
    }

    console.log(`\nSpalt start benchmark — ${runs} runs of each, alternating with its floor (after ${warmups} warm-up runs)\n`);
    console.table([
      goalRow('process start → listening', spaltStarts, 'plain Node HTTP server', plainStarts, goals.listening),
      goalRow(
        `page load → caret in the last article (${words.toLocaleString('sv-SE')} words)`,
        spaltPages.map((r) => r.caret),
        'bare Lexical, same body',
        barePages.map((r) => r.caret),
        goals.caret,
      ),
      goalRow(
        'page load → first key in (after the caret)',
        spaltPages.map((r) => r.key),
        'bare Lexical, same body',
        barePages.map((r) => r.key),
        null,
      ),
    ]);
    const [load1, load5] = (await import('node:os')).loadavg();
    console.log(
      `\nLoad average ${load1?.toFixed(1)} (1 min), ${load5?.toFixed(1)} (5 min); Node ${process.version}; start benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
