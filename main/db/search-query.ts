/** Marks around matched words in a snippet; the UI turns them into highlights. */
export const snippetOpen = '\u0002';
export const snippetClose = '\u0003';

/**
 * Turns what the user typed into FTS5 phrases, one a word: the last one a prefix (the user is
 * still typing it) once it has two letters, since a one-letter prefix matches nearly
 * everything. Null when there is nothing to search for.
 */
export function ftsPhrases(input: string): string[] | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const last = words.length - 1;
  return words.map((word, i) => `"${word}"${i === last && [...word].length >= 2 ? '*' : ''}`);
}

/** What the user typed as an FTS5 query: every word must occur (ftsPhrases). Null when there is nothing to search for. */
export function ftsQuery(input: string): string | null {
  return ftsPhrases(input)?.join(' ') ?? null;
}
