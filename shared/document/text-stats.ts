export interface TextStats {
  words: number;
  characters: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’:.][\p{L}\p{N}]+)*/gu;

/** Words and characters of one line (its white space counted as it stands); see text-measures.ts. */
export function lineStats(line: string): TextStats {
  return { words: line.match(wordPattern)?.length ?? 0, characters: [...line].length };
}

/** Words and characters (spaces included, as Swedish newsrooms count "tecken") of a text. */
export function textStats(text: string): TextStats {
  const words = text.match(wordPattern)?.length ?? 0;
  const characters = [...text.replace(/\n+/g, ' ').trim()].length;
  return { words, characters };
}
