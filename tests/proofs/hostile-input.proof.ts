/**
 * Proof `hostile-input`: Spalt's own corpus of XSS payloads (tests/fixtures/hostile) typed into
 * every text field and pasted into the body of a real browser-mode Spalt in real Chromium, and
 * imported from a JSON file into every field an article holds. Nothing may run (a sentinel
 * every payload calls, dialogs, new windows, script the CSP refused), and nothing may be live
 * in the editor's DOM, the saved JSON in SQLite, or any export: HTML (also opened as a page
 * with its CSP taken out, so the escaping alone is tested), Markdown rendered by marked and
 * opened likewise, JSON, and block markup. Addresses outside the URL policy, typed into an
 * address field or imported, are refused. What reaches only the site (a correction's text, an
 * editor's note) goes through the functions that write it for WordPress and is judged likewise.
 *
 *   npx tsx tests/proofs/hostile-input.proof.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { startSpaltProcess } from '../support/spalt-process';
import { pasteIntoBody, typeArticleFields, typeIntoBlocks, createArticle } from './hostile-input/article';
import { launchHostileBrowser, watch } from './hostile-input/browser';
import { calibrate, type Calibration } from './hostile-input/calibrate';
import { checkExports, checkStorage, importArticles } from './hostile-input/exports';
import { Findings } from './hostile-input/findings';
import { loadPayloads } from './hostile-input/payloads';
import { checkSiteTexts } from './hostile-input/site-texts';
import { typeIntoOtherViews } from './hostile-input/views';

const name = 'hostile-input';

async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
  await watch(page);
}

const started = Date.now();
const phase = (what: string) => console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${what}`);

async function main(): Promise<void> {
  const payloads = loadPayloads();
  const kinds = new Set(payloads.map((p) => p.kind));
  console.log(`${payloads.length} payloads in ${kinds.size} kinds: ${[...kinds].join(', ')}`);
  if (!existsSync('dist/renderer/index.html')) {
    console.log('building the renderer (dist/renderer is missing)');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-proof-hostile-'));
  const spalt = await startSpaltProcess(dataDir);
  const hostile = await launchHostileBrowser();
  const findings = new Findings();
  let calibration: Calibration;
  try {
    const page = await hostile.newPage();
    await openLibrary(page, spalt.url);
    phase('calibrating: the checks fail on unescaped payloads');
    calibration = await calibrate(hostile, page, payloads);
    for (const problem of calibration.problems) console.log(`  calibration: ${problem}`);

    phase('typing into the article, its blocks, and pasting into the body');
    const typedArticle = await createArticle(page);
    await typeArticleFields(page, findings, payloads);
    await pasteIntoBody(page, findings, payloads);
    await typeIntoBlocks(page, findings, payloads);

    phase('typing into the photo library, people, sites and settings');
    await typeIntoOtherViews(page, findings, payloads, typedArticle);

    phase('writing corrections and editorial notes for the site');
    await checkSiteTexts(hostile, findings, payloads);

    phase('importing every payload in every field of an article');
    const imported = await importArticles(page, findings, payloads);
    phase('reading what SQLite holds');
    await checkStorage(join(dataDir, 'spalt.sqlite'), findings);
    phase('exporting and opening every export');
    await checkExports(page, hostile, findings, [typedArticle, ...imported]);
    phase('done');
  } finally {
    await hostile.close();
    await spalt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const { alarms } = hostile;
  const ran = alarms.sentinel.length + alarms.dialogs.length + alarms.popups.length;
  const survivors = findings.survivors.length + alarms.blockedByCsp.length;
  for (const [what, list] of Object.entries(alarms)) for (const item of list.slice(0, 10)) console.log(`  ${what}: ${item}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  const figures =
    `payloads=${payloads.length} kinds=${kinds.size} live_unescaped=${calibration.liveUnescaped}/${calibration.withMarkup} ` +
    `fields=${findings.fields.size} pastes=${findings.pastes} ` +
    `refused=${findings.refusals} places=${findings.places} ran=${ran} blocked_by_csp=${alarms.blockedByCsp.length} ` +
    `page_errors=${alarms.pageErrors.length} survivors=${survivors} seconds=${seconds}`;
  const ok = ran === 0 && survivors === 0 && alarms.pageErrors.length === 0 && calibration.problems.length === 0;
  console.log(`PROOF ${name} ${ok ? 'ok' : 'failed'} ${figures}`);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`PROOF ${name} failed error=${JSON.stringify(String(error).slice(0, 200))}`);
  process.exit(1);
});
