/**
 * Spelling suggestions as a writer gets them, in Chromium: a typo typed at the end of a
 * 2,000-word article, its mark waited for, then the menu asked for with Shift+Alt+O; the time
 * from the key to the first suggestion in the menu. Asked the moment the mark appears, and a
 * second later (a person seeing the mark and reaching for the menu), each on typos of its own:
 * long words of the seed pages with one letter dropped, which Hunspell does not know. Beside
 * them, Hunspell's own search for the same words under Node (the floor, with nothing kept).
 */
import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import type { Speller } from '../../shared/proofing/speller';
import { wordsIn } from '../../shared/proofing/words';
import { summary } from './bench-pages';

const perRow = Number(process.env.SPALT_BENCH_SUGGESTIONS ?? 10);
const target = 300;

/** Long words of the text with an inner letter dropped that the dictionary does not know: typos. */
export function typosOf(text: string, speller: Speller, count: number): string[] {
  const typos: string[] = [];
  for (const { word } of wordsIn(text)) {
    if (word.length < 9 || !/^\p{Ll}+$/u.test(word) || !speller.isCorrect(word)) continue;
    const typo = word.slice(0, 4) + word.slice(5);
    if (!speller.isCorrect(typo) && !typos.includes(typo)) typos.push(typo);
    if (typos.length === count) break;
  }
  return typos;
}

const markedWords = (page: Page) =>
  page.evaluate<string[]>(`[...(CSS.highlights.get('spalt-spelling') ?? [])].map((range) => range.toString())`);

async function askFor(page: Page, typo: string, pauseMs: number): Promise<number> {
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${typo}.`);
  const deadline = Date.now() + 30_000;
  while (!(await markedWords(page)).includes(typo)) {
    if (Date.now() > deadline) throw new Error(`"${typo}" was never marked`);
    await page.waitForTimeout(10);
  }
  if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  await page.keyboard.press('ArrowLeft');
  const menu = page.getByRole('menu', { name: `Stavning: ”${typo}”` });
  const started = performance.now();
  await page.keyboard.press('Shift+Alt+KeyO');
  await menu.getByRole('menuitem').first().waitFor();
  const elapsed = performance.now() - started;
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  return elapsed;
}

function row(measure: string, times: number[]) {
  const s = summary(times);
  return {
    measure,
    words: times.length,
    'p50 ms': s.p50.toFixed(0),
    'p95 ms': s.p95.toFixed(0),
    'max ms': s.max.toFixed(0),
    target: `≤ ${target} ms`,
    met: s.p95 <= target ? 'yes (p95)' : s.p50 <= target ? 'p50 only' : 'no',
  };
}

/** `page` holds an open article with spelling on, the body focused. */
export async function suggestionFigures(page: Page, speller: Speller, seedText: string): Promise<Record<string, string | number>[]> {
  const typos = typosOf(seedText, speller, 2 * perRow);
  const atOnce: number[] = [];
  const later: number[] = [];
  for (const typo of typos.slice(0, perRow)) atOnce.push(await askFor(page, typo, 0));
  for (const typo of typos.slice(perRow)) later.push(await askFor(page, typo, 1_000));
  const floor = typos.map((typo) => {
    const started = performance.now();
    speller.engine.suggest(typo);
    return performance.now() - started;
  });
  return [
    row('menu asked the moment the mark appears → first suggestion shown', atOnce),
    row('menu asked a second after the mark → first suggestion shown', later),
    { ...row("floor: Hunspell's search alone, under Node", floor), target: '', met: '' },
  ];
}
