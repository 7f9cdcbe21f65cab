/**
 * The article-open bench (`npm run bench -- article-open`): how soon an article opened from the
 * library can be read and written in. Browser mode's Spalt on a fresh profile holding a
 * 2,000-word and a 20,000-word article, in Debian's Chromium.
 *
 * Spalt: the library shown in a new page and left idle a moment (1.5 s, as a journalist looks
 * for the article), then the article's headline clicked; from that click (the click event's time) to
 * the first frame painted after the body editor is in the DOM, editable, holding the body's
 * last block (a task posted from the next animation frame, which runs after its paint). Then
 * the editor is clicked and a key typed, which must land at the caret; the run waits for that
 * save before the next.
 *
 * Its peer: the bare Lexical page (tests/bench/editor: the same nodes, theme and editor CSS,
 * no plugins) given the same stored body as JSON, timed in the page from parsing it
 * (`parseEditorState`) through `setEditorState` to the frame after, painted, the same way.
 *
 * Runs alternate between Spalt and its peer; p50 and p95 of each. SPALT_BENCH_OPEN_RUNS sets
 * the number of measured runs (11), after two warm-up runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from '@playwright/test';
import { startSpaltProcess } from '../support/spalt-process';
import {
  api,
  buildBarePage,
  buildSpaltRenderer,
  goalRow,
  launchChromium,
  projectRoot,
  seedArticle,
  serveStatic,
  type Spalt,
} from './bench-pages';

const runs = Math.max(9, Number(process.env.SPALT_BENCH_OPEN_RUNS ?? 11));
const warmups = 2;
const goalMs = 150;
/** The pause in the library before the click. */
const pauseMs = 1_500;
const sizes = [2_000, 20_000];

/**
 * In every page from its first script: `spaltOpenArm()` starts watching for the next click and
 * the body editor that follows it. A string, so no bundler's helpers end up in the page.
 */
const openWatch = `globalThis.__name = (target) => target;
(() => {
  window.spaltOpenArm = (lastText) => {
    window.spaltOpened = undefined;
    let clickedAt = null;
    document.addEventListener('click', (event) => { clickedAt ??= event.timeStamp; }, { capture: true, once: true });
    const ready = () => {
      const editor = document.querySelector('[contenteditable="true"][aria-label="Brödtext"]');
      return !!editor && !!editor.lastElementChild && (editor.lastElementChild.textContent ?? '').includes(lastText);
    };
    const observer = new MutationObserver(() => {
      if (clickedAt === null || !ready()) return;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.spaltOpened = { clickedAt, inDom, painted: performance.now() };
          console.debug('spalt-opened ' + JSON.stringify(window.spaltOpened));
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
})();`;

/** What the page holds, as seen from here (this project is typed for Node, not the DOM). */
interface Watched {
  spaltOpenArm(lastText: string): void;
  spaltOpened?: { clickedAt: number; inDom: number; painted: number };
  spaltBench: { load(json: string, width: number | null): Promise<void>; set(json: string): Promise<number> };
  document: { getSelection(): { anchorNode: { textContent: string | null } | null; anchorOffset: number } | null };
  requestIdleCallback(callback: () => void): number;
}

interface Article {
  words: number;
  id: string;
  headline: string;
  json: string;
  lastText: string;
}

/** Waits until the page has been idle (no task pending) twice, as after the library settles. */
async function idle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++)
    await page.evaluate(() => new Promise<void>((resolve) => (globalThis as unknown as Watched).requestIdleCallback(() => resolve())));
}

/** One open from the library: milliseconds from the click to the painted, editable body. */
async function openFromLibrary(context: BrowserContext, spalt: Spalt, article: Article): Promise<{ ms: number; width: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${spalt.origin}/#/`);
    const row = page.getByRole('link', { name: article.headline, exact: true });
    await row.waitFor();
    await idle(page);
    // The journalist looks for the article a moment before clicking; meanwhile the page, idle,
    // loads the spelling dictionary in its worker (as App starts it), which is not the open's work.
    await page.waitForTimeout(pauseMs);
    await idle(page);
    await page.evaluate((lastText) => (globalThis as unknown as Watched).spaltOpenArm(lastText), article.lastText);
    // The page says when (a console message): waiting by polling the page would evaluate
    // Playwright's own script in it during the open, on the thread being timed.
    const said = page.waitForEvent('console', { predicate: (message) => message.text().startsWith('spalt-opened '), timeout: 30_000 });
    await row.click();
    const opened = JSON.parse((await said).text().slice('spalt-opened '.length)) as NonNullable<Watched['spaltOpened']>;
    // It takes a key: where the editor is clicked, the key lands.
    const editor = page.getByRole('textbox', { name: 'Brödtext' });
    const width = await editor.evaluate((element) => (element.parentElement as unknown as { clientWidth: number }).clientWidth);
    const before = (await api(spalt, 'articles.get', { id: article.id })).revision;
    await editor.locator(':scope > *').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('x');
    const landed = await page.evaluate(() => {
      const selection = (globalThis as unknown as Watched).document.getSelection();
      const node = selection?.anchorNode;
      return !!node && (node.textContent ?? '').slice(0, selection?.anchorOffset).endsWith('x');
    });
    if (!landed) throw new Error(`the key did not land at the caret in the ${article.words}-word article`);
    // The save that key set going is done before the next run.
    for (let revision = before; revision === before;) {
      await page.waitForTimeout(50);
      revision = (await api(spalt, 'articles.get', { id: article.id })).revision;
    }
    return { ms: opened.painted - opened.clickedAt, width };
  } finally {
    await page.close();
  }
}

export async function runArticleOpenBench(): Promise<void> {
  const started = performance.now();
  const workDir = mkdtempSync(join(tmpdir(), 'spalt-bench-article-open-'));
  const bareDir = join(workDir, 'bare');
  await buildSpaltRenderer();
  await buildBarePage(bareDir);
  const spalt = await startSpaltProcess(join(workDir, 'data'), { cwd: projectRoot });
  const bare = await serveStatic(bareDir);
  const browser = await launchChromium();
  const contextOptions = { locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } } as const;
  try {
    const articles: Article[] = [];
    for (const words of sizes) {
      const { id } = await seedArticle(spalt, words);
      const stored = await api(spalt, 'articles.get', { id });
      const blocks = stored.body.root.children as { children?: { text?: string }[] }[];
      articles.push({
        words,
        id,
        headline: stored.headline,
        json: JSON.stringify(stored.body),
        lastText: blocks.at(-1)?.children?.at(-1)?.text?.slice(-40) ?? '',
      });
    }

    const context = await browser.newContext(contextOptions);
    await context.addInitScript({ content: openWatch });
    const first = await context.newPage();
    await first.goto(spalt.url);
    await first.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
    await first.close();
    const bareContext = await browser.newContext(contextOptions);
    await bareContext.addInitScript({ content: openWatch });
    const barePage = await bareContext.newPage();
    barePage.on('pageerror', (error) => console.error('bare page:', error.message));
    await barePage.goto(`${bare.origin}/`);

    const rows = [];
    for (const article of articles) {
      const spaltTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let run = 0; run < warmups + runs; run++) {
        const spaltRun = await openFromLibrary(context, spalt, article);
        if (run === 0) {
          // The bare editor as wide as Spalt's body column, so both lay out the same lines.
          await barePage.evaluate(({ json, width }) => (globalThis as unknown as Watched).spaltBench.load(json, width), {
            json: article.json,
            width: spaltRun.width,
          });
        }
        const bareMs = await barePage.evaluate((json) => (globalThis as unknown as Watched).spaltBench.set(json), article.json);
        if (process.env.DEBUG_RUNS) console.log(article.words, run, Math.round(spaltRun.ms), Math.round(bareMs));
        if (run < warmups) continue;
        spaltTimes.push(spaltRun.ms);
        bareTimes.push(bareMs);
      }
      rows.push(
        goalRow(
          `library click → ${article.words.toLocaleString('sv-SE')}-word article painted, editable`,
          spaltTimes,
          'bare Lexical: parse + setEditorState → frame',
          bareTimes,
          goalMs,
          1,
        ),
      );
    }

    console.log(`\nSpalt article-open benchmark — ${runs} runs of each, alternating with its peer (after ${warmups} warm-up runs)\n`);
    console.table(rows);
    const [load1, load5] = loadavg();
    console.log(
      `\nLoad average ${load1?.toFixed(1)} (1 min), ${load5?.toFixed(1)} (5 min); article-open benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await browser.close();
    await spalt.stop();
    await new Promise((resolve) => bare.server.close(resolve));
    rmSync(workDir, { recursive: true, force: true });
  }
}
