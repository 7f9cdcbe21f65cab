import { z } from 'zod';

/** A word of the newsroom's list: one word (or a hyphenated one), no spaces, as it is spelt. */
export const NewsroomWord = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’:-]*$/u);

/** The words of an imported file: one a line, blank lines and lines that are no word left out. */
export function parseWordList(text: string): { words: string[]; skipped: number } {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const words = lines.filter((line) => NewsroomWord.safeParse(line).success);
  return { words: [...new Set(words)], skipped: lines.length - words.length };
}

/** The list as a file: one word a line, UTF-8, sorted as Swedish sorts. */
export const wordListText = (words: readonly string[]): string =>
  [...words].sort((a, b) => a.localeCompare(b, 'sv')).join('\n') + (words.length > 0 ? '\n' : '');
