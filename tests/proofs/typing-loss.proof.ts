/**
 * Proof `typing-loss`: in real Chromium against browser mode, type continuously into an
 * article's headline and then its body, kill the server with SIGKILL at a random moment,
 * start it again, reopen the article at the new address (the token is new at every launch),
 * and measure how much of what was typed before the kill is missing: the time from the first
 * keystroke not on screen after the reopen to the kill. Never more than 1 s.
 *
 * npx tsx tests/proofs/typing-loss.proof.ts   (SPALT_TYPING_RUNS, SPALT_PROOF_SEED to vary)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { bundleServer, invoke, projectRoot, startServer, type ServerProcess } from './support/bundled-server';
import { seededRandom } from './support/random';

const name = 'typing-loss';
const runs = Number(process.env.SPALT_TYPING_RUNS ?? 12);
const allowedLossMs = 1_000;
const random = seededRandom();
const started = Date.now();
const words = [
  'kommunen',
  'beslutade',
  'under',
  'tisdagskvällen',
  'att',
  'bygga',
  'om',
  'skolan',
  'i',
  'Järna',
  'efter',
  'protester',
  'från',
  'grannarna',
];

interface Keystroke {
  field: 'headline' | 'body';
  char: string;
  /** When the browser had taken it (ms since the run began). */
  at: number;
}

async function ensureRenderer(): Promise<void> {
  if (existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    console.log('using the renderer already built in dist/renderer');
    return;
  }
  await build({ configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}

const headline = (page: Page) => page.getByRole('textbox', { name: 'Rubrik' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Brödtext' });

async function openArticle(browser: Browser, server: ServerProcess, id: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // The printed address trades its token for a cookie; the fragment names the article.
  await page.goto(`${server.origin}/?token=${server.token}#/article/${id}`);
  await headline(page).waitFor();
  await body(page).waitFor();
  return page;
}

/** Types word after word into the headline, then the body, until `killed()`; returns every keystroke. */
async function typeUntilKilled(page: Page, begun: number, killed: () => boolean): Promise<Keystroke[]> {
  const typed: Keystroke[] = [];
  const headlineLength = 12 + random.below(30);
  let field: Keystroke['field'] = 'headline';
  await headline(page).click();
  while (!killed()) {
    if (field === 'headline' && typed.length >= headlineLength) {
      field = 'body';
      await body(page).click();
    }
    const word = `${random.pick(words)} `;
    for (const char of word) {
      if (killed()) break;
      await page.keyboard.type(char);
      const at = Date.now() - begun;
      if (!killed()) typed.push({ field, char, at });
      // A quick typist's pace, uneven as a person's (the randomness is part of the experiment).
      await new Promise((resolve) => setTimeout(resolve, 30 + random.below(110)));
    }
  }
  return typed;
}

/** Milliseconds of typing before the kill that the reopened article does not show; null if it shows something never typed. */
function lossMs(typed: Keystroke[], killAt: number, shown: { headline: string; body: string }): number | null {
  const typedHeadline = typed
    .filter((k) => k.field === 'headline')
    .map((k) => k.char)
    .join('');
  const typedBody = typed
    .filter((k) => k.field === 'body')
    .map((k) => k.char)
    .join('');
  // Trailing spaces may be trimmed by the field; compare what the user would see.
  if (!typedHeadline.startsWith(shown.headline.trimEnd()) || !typedBody.startsWith(shown.body.trimEnd())) return null;
  const headlineComplete = shown.headline.trimEnd() === typedHeadline.trimEnd();
  // How many keystrokes, in the order typed, the reopened article shows.
  const kept = headlineComplete ? typedHeadline.length + shown.body.trimEnd().length : shown.headline.trimEnd().length;
  const firstLost = typed.slice(kept).find((k) => k.char !== ' ');
  return firstLost ? Math.max(0, killAt - firstLost.at) : 0;
}

async function main(): Promise<void> {
  console.log(`${name}: ${runs} runs of typing in Chromium, the server killed with SIGKILL at a random moment (seed ${random.seed})`);
  await ensureRenderer();
  const bundle = bundleServer();
  const browser = await chromium.launch({
    executablePath: process.env.SPALT_CHROMIUM ?? '/usr/bin/chromium',
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking', '--no-first-run'],
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-proof-typing-'));
  const losses: number[] = [];
  let mismatches = 0;
  try {
    let server = await startServer(bundle, dataDir);
    for (let run = 1; run <= runs; run++) {
      const created = await invoke(server, 'articles.create', { kind: 'news' });
      const id = (created.body.value as { id: string }).id;
      const page = await openArticle(browser, server, id);
      const begun = Date.now();
      const killAt = 600 + random.below(3_400);
      let killed = false;
      const kill = new Promise<void>((resolve) =>
        setTimeout(() => {
          killed = true;
          void server.kill().then(resolve);
        }, killAt),
      );
      const typed = await typeUntilKilled(page, begun, () => killed);
      await kill;
      await page.context().close();

      server = await startServer(bundle, dataDir);
      const reopened = await openArticle(browser, server, id);
      const shown = { headline: await headline(reopened).inputValue(), body: (await body(reopened).textContent()) ?? '' };
      await reopened.context().close();
      const loss = lossMs(typed, killAt, shown);
      if (loss === null) {
        mismatches += 1;
        console.log(`run ${run}: the article shows text never typed: ${JSON.stringify(shown).slice(0, 300)}`);
        continue;
      }
      losses.push(loss);
      console.log(`run ${run}: ${typed.length} keystrokes, killed at ${killAt} ms, ${loss} ms of typing lost`);
    }
    await server.stop();
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const sorted = [...losses].sort((a, b) => a - b);
  const worst = sorted.at(-1) ?? 0;
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const ok = mismatches === 0 && losses.length === runs && worst <= allowedLossMs;
  console.log(
    `PROOF ${name} ${ok ? 'ok' : 'failed'} runs=${losses.length + mismatches} worst_ms=${worst} median_ms=${median} ` +
      `mismatches=${mismatches} allowed_ms=${allowedLossMs} seconds=${Math.round((Date.now() - started) / 1000)}`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.log(String((error as Error).stack ?? error));
  console.log(`PROOF ${name} failed error=${JSON.stringify(String((error as Error).message ?? error).slice(0, 200))}`);
  process.exit(1);
});
