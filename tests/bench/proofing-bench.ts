/**
 * Proofing: what spelling costs and what it finds. Prints tables; asserts nothing.
 * - Under Node, the same wrapper the worker runs (shared/proofing/hunspell.ts, hunspell-asm with
 *   dictionary-sv): loading the dictionary, a 20,000-word article checked in full with no word
 *   seen before, suggestions for the seed pages' typos, and on 200 words of each seed page (around
 *   its typo, where it has one) the typos caught and the false flags per 1,000 words.
 * - In Chromium, Spalt's editor with spelling on and with its worker blocked (nothing is checked
 *   or marked): keystroke processing with the editor bench's measure (editor-bench.ts), at 2,000
 *   and 20,000 words, and from opening an article to its unknown words marked.
 */
import dictionary from 'dictionary-sv';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from '@playwright/test';
import { loadSwedishSpeller } from '../../shared/proofing/hunspell';
import { Speller } from '../../shared/proofing/speller';
import { wordsIn } from '../../shared/proofing/words';
import { startSpaltProcess } from '../support/spalt-process';
import { buildSpaltRenderer, launchChromium, projectRoot, seedArticle, summary } from './bench-pages';
import { measureKeystrokes, openSpaltArticle } from './editor-bench';
import { suggestionFigures } from './suggestion-bench';
import { articleBlocks } from './swedish-text';

const seedTexts = join(projectRoot, 'tests', 'fixtures', 'seed-texts');
/** The typos the seed pages went out with. */
const seedTypos = new Set(['sociatjänsten', 'kvnnojourer', 'våldutsatta', 'nypersonal']);
const sizes = process.env.SPALT_BENCH_QUICK ? [2_000] : [2_000, 20_000];
/** The misspelt word at the end of each article (hunspell suggests "kommunstyrelsen"). */
const typo = 'kommunstyrelsn';
const ms = (start: number) => performance.now() - start;

/** 200 words of a seed page: around its first typo, or from the start. */
function sample(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const typo = words.findIndex((word) => [...seedTypos].some((t) => word.includes(t)));
  const start = typo < 0 ? 0 : Math.max(0, Math.min(typo - 100, words.length - 200));
  return words.slice(start, start + 200).join(' ');
}

export async function nodeFigures(): Promise<{ speller: Speller; seedText: string }> {
  const started = performance.now();
  const speller = await loadSwedishSpeller(dictionary);
  const loadMs = ms(started);
  const engine = speller.engine;

  // Two 20,000-word articles: the benches' generated text, and the seed pages over and over.
  const generated = articleBlocks(20_000)
    .map((block) => block.text)
    .join('\n');
  const seedWords = readdirSync(seedTexts)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(seedTexts, file), 'utf8'))
    .join('\n')
    .split(/(?<=\s)/u);
  const fromSeeds = Array.from({ length: Math.ceil(20_000 / wordsIn(seedWords.join('')).length) }, () => seedWords.join('')).join('\n');
  const fullChecks = [
    { name: "the benches' text", text: generated },
    { name: 'the seed pages repeated', text: fromSeeds },
  ].flatMap(({ name, text }) => {
    const fresh = new Speller(engine);
    const distinct = new Set(wordsIn(text).map((w) => w.word)).size;
    let at = performance.now();
    const unknown = fresh.unknownIn(text);
    const cold = ms(at);
    at = performance.now();
    fresh.unknownIn(text);
    const warm = ms(at);
    const words = wordsIn(text).length.toLocaleString('en');
    return [
      {
        measure: `${words} words (${name}: ${distinct} distinct, ${unknown.length} unknown) checked in full, nothing seen before`,
        ms: cold.toFixed(0),
      },
      { measure: '… the same again, every verdict kept', ms: warm.toFixed(1) },
    ];
  });

  const suggestions = [...seedTypos].map((typo) => {
    const at = performance.now();
    const found = speller.suggest(typo);
    return { word: typo, 'first suggestion': found[0] ?? '', ms: ms(at).toFixed(0) };
  });

  const seeds = readdirSync(seedTexts)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const page = readFileSync(join(seedTexts, file), 'utf8');
      const judge = (text: string) => {
        const flagged = speller.unknownIn(text).map((w) => w.word);
        const counted = wordsIn(text).length;
        const falseFlags = flagged.filter((word) => !seedTypos.has(word));
        return {
          counted,
          typos: wordsIn(text).filter((w) => seedTypos.has(w.word)).length,
          caught: flagged.filter((word) => seedTypos.has(word)).length,
          falseFlags,
          perThousand: ((falseFlags.length * 1000) / counted).toFixed(1),
        };
      };
      const part = judge(sample(page));
      const whole = judge(page);
      return {
        seed: file.slice(0, 3),
        'sample words': part.counted,
        'typos caught': `${part.caught} of ${part.typos}`,
        'false flags /1,000': part.perThousand,
        'whole page words': whole.counted,
        'page typos caught': `${whole.caught} of ${whole.typos}`,
        'page false flags /1,000': whole.perThousand,
        'flagged in the sample (not typos)': part.falseFlags.slice(0, 5).join(', '),
      };
    });

  console.log('\nProofing under Node — hunspell-asm with dictionary-sv, the wrapper the worker runs\n');
  console.table([{ measure: 'dictionary loaded (WebAssembly + 2.3 MB .dic)', ms: loadMs.toFixed(0) }, ...fullChecks]);
  console.table(suggestions);
  console.table(seeds);
  return { speller: new Speller(engine), seedText: seedWords.join('') };
}

// The page's own global, used inside page.waitForFunction; this project is typed for Node.
declare const CSS: { highlights: { has(name: string): boolean } };

/** Milliseconds from opening the article to its first check marked (the highlight is set: the article holds a typo). */
async function marksPainted(page: Page, opened: number): Promise<number> {
  // A function, not a string: the page's CSP allows no eval.
  await page.waitForFunction(() => CSS.highlights.has('spalt-spelling'), undefined, { timeout: 60_000 });
  return ms(opened);
}

/**
 * As a journalist opens an article: the library first, a pause while they look for it (the page
 * idle, so the dictionary loads in the worker), then the article by its address in the same page.
 */
async function fromLibrary(context: BrowserContext, spalt: { origin: string }, id: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${spalt.origin}/#/`);
    await page.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
    await page.waitForTimeout(3_000);
    const opened = performance.now();
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/article/${id}`)}`);
    return await marksPainted(page, opened);
  } finally {
    await page.close();
  }
}

async function chromiumFigures(node: { speller: Speller; seedText: string }): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'spalt-bench-proofing-'));
  await buildSpaltRenderer();
  const spalt = await startSpaltProcess(join(workDir, 'data'), { cwd: projectRoot });
  const browser = await launchChromium();
  const notes: string[] = [];
  try {
    const newContext = async (proofing: boolean) => {
      const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
      await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      // Off: the worker's script never loads, so nothing is checked or marked; the plugin still listens.
      if (!proofing) await context.route(/spelling\.worker-.*\.js$/, (route) => route.abort());
      const first = await context.newPage();
      await first.goto(spalt.url);
      await first.getByRole('heading', { name: 'Artiklar', level: 1 }).waitFor();
      await first.close();
      return context;
    };
    const on = await newContext(true);
    const off = await newContext(false);
    const rows: Record<string, string | number>[] = [];
    const opening: Record<string, string | number>[] = [];
    const suggestions: Record<string, string | number>[] = [];
    for (const size of sizes) {
      // One misspelt word at the end: the first full check then has a word to mark, and a page
      // with no unknown word registers no highlight at all (marks.ts).
      const { id } = await seedArticle(spalt, size, [{ kind: 'paragraph', text: `Uppgifterna bekräftas av ${typo}.` }]);
      const opened = performance.now();
      const withProofing = await openSpaltArticle(on, spalt, id);
      withProofing.name = 'proofing-on';
      opening.push({
        article: `${size.toLocaleString('sv-SE')} words`,
        'open → first full check marked, ms': (await marksPainted(withProofing.page, opened)).toFixed(0),
      });
      opening.at(-1)!['from the library after a pause → first full check marked, ms'] = (await fromLibrary(on, spalt, id)).toFixed(0);
      const without = await openSpaltArticle(off, spalt, id);
      without.name = 'proofing-off';
      const runs = await measureKeystrokes(browser, [withProofing, without], notes);
      for (const [name, run] of runs) {
        const s = summary(run.times);
        rows.push({
          article: `${size.toLocaleString('sv-SE')} words`,
          spelling: name === 'proofing-on' ? 'on' : 'off (worker blocked)',
          'Chromium spellcheck': String(run.spellcheck),
          keystrokes: run.times.length,
          'p50 ms': s.p50.toFixed(2),
          'p95 ms': s.p95.toFixed(2),
          'max ms': s.max.toFixed(2),
        });
      }
      if (size === sizes[0]) {
        await withProofing.editor.click();
        suggestions.push(...(await suggestionFigures(withProofing.page, node.speller, node.seedText)));
      }
      await withProofing.page.close();
      await without.page.close();
    }
    console.log('\nProofing in Chromium — keystroke processing (keydown … input per keystroke, as the editor bench)\n');
    console.table(rows);
    console.table(opening);
    console.log('\nSpelling suggestions in Chromium, 2,000-word article (Shift+Alt+O on a typo just typed)\n');
    console.table(suggestions);
    for (const note of notes) console.log(`note: ${note}`);
  } finally {
    await browser.close();
    await spalt.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

export async function runProofingBench(): Promise<void> {
  await chromiumFigures(await nodeFigures());
}
