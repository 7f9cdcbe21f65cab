import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

const judgeSource = readFileSync(fileURLToPath(new URL('./judge.page.js', import.meta.url)), 'utf8').replace(/;\s*$/, '');

/** Everything that says a payload ran: the sentinel, a dialog, a window it opened, a CSP refusal. */
export interface Alarms {
  sentinel: string[];
  dialogs: string[];
  popups: string[];
  /** Script that got into a page and was stopped only by its Content-Security-Policy. */
  blockedByCsp: string[];
  pageErrors: string[];
}

export interface HostileBrowser {
  browser: Browser;
  context: BrowserContext;
  alarms: Alarms;
  /** A page of the context; only these count as Spalt's or the proof's own. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium with the sentinel `__pwn` in every frame of every page: a payload that runs
 * calls it (or alert, confirm, prompt, which are dialogs here), and the call is recorded.
 */
export async function launchHostileBrowser(): Promise<HostileBrowser> {
  const runningAsRoot = process.getuid?.() === 0;
  const browser = await chromium.launch({
    executablePath: process.env.SPALT_CHROMIUM ?? '/usr/bin/chromium',
    args: [...(runningAsRoot ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
  const alarms: Alarms = { sentinel: [], dialogs: [], popups: [], blockedByCsp: [], pageErrors: [] };
  await context.exposeBinding('__pwn', ({ frame }, index: unknown) => {
    alarms.sentinel.push(`payload ${String(index)} ran in ${frame.url().slice(0, 80)}`);
  });
  let opening = 0;
  const listen = (page: Page) => {
    page.on('dialog', (dialog) => {
      alarms.dialogs.push(`${dialog.type()}: ${dialog.message().slice(0, 80)}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      // Only script the CSP stopped; a parse of pasted HTML reports its inline styles, and the
      // editor's photo by address is an image the CSP keeps out, which says nothing about a payload.
      if (/Content Security Policy/i.test(message.text()) && /script|event handler|JavaScript URL|eval/i.test(message.text())) {
        alarms.blockedByCsp.push(message.text().slice(0, 200));
      }
    });
    page.on('pageerror', (error) => alarms.pageErrors.push(error.message.slice(0, 200)));
  };
  context.on('page', (page) => {
    listen(page);
    if (opening > 0) opening -= 1;
    else alarms.popups.push(page.url());
  });
  return {
    browser,
    context,
    alarms,
    newPage: () => {
      opening += 1;
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/** Calls one of the judge's functions inside the page (see judge.page.js). */
async function judge<T>(page: Page, call: string): Promise<T> {
  return await page.evaluate(`(${judgeSource}).${call}`);
}

/** Starts recording anything live that the page adds from now on; call after each load. */
export const watch = (page: Page): Promise<number> => judge(page, 'watch()');

/** What was live in the page since the last call, the page's own elements left out. */
export const liveInPage = (page: Page): Promise<string[]> => judge(page, 'take()');

/** What is live in a piece of HTML, parsed by Chromium as a page. */
export const liveInHtml = (page: Page, html: string): Promise<string[]> => judge(page, `judgeHtml(${JSON.stringify(html)})`);

/**
 * Opens a file's HTML as a page of its own and lets it do whatever it would: load, error,
 * animate, focus. Returns when it has loaded and painted twice; the sentinel records any run.
 */
export async function openAsPage(page: Page, html: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}
