import type { SpellingFinding } from '../article/checklist';

/** A word of a text and where it stands, in UTF-16 offsets (as the DOM and Lexical count). */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// Letters, joined by a hyphen, an apostrophe or a colon ("e-post", "SVT:s"); digits only after a joint.
const wordPattern = /[\p{L}\p{M}]+(?:[-'’:][\p{L}\p{M}\p{N}]+)*/gu;
// An address or a handle is not prose: a run of non-spaces holding one is left alone.
const notProse = /[@/\\]|www\.|\.(?:se|com|nu|org)\b/iu;

/** The words of a text that spelling can judge: no numbers, addresses or mixed tokens like "COVID-19". */
export function wordsIn(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const run of text.matchAll(/\S+/gu)) {
    if (notProse.test(run[0])) continue;
    for (const match of run[0].matchAll(wordPattern)) {
      if (/\p{N}/u.test(match[0])) continue;
      const start = run.index + match.index;
      words.push({ word: match[0], start, end: start + match[0].length });
    }
  }
  return words;
}

/** The words a name or a phrase adds to the known ones ("Stina Hermansson" is two). */
export const wordsOfName = (name: string): string[] => wordsIn(name).map((w) => w.word);

/**
 * The unknown words of one block or field as checklist findings, each numbered as the how-many-th
 * of that word there (so a jump finds the right one), the ignored ones counted but left out.
 */
export function findingsIn(
  block: SpellingFinding['block'],
  unknown: readonly { word: string }[],
  ignored: ReadonlySet<string>,
): SpellingFinding[] {
  const seen = new Map<string, number>();
  return unknown.flatMap(({ word }) => {
    const nth = seen.get(word) ?? 0;
    seen.set(word, nth + 1);
    return ignored.has(word) ? [] : [{ block, word, nth }];
  });
}
