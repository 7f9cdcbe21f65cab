/** Marks around matched words in a snippet; the UI turns them into highlights. */
export const snippetOpen = '\u0002';
export const snippetClose = '\u0003';

/**
 * Turns what the user typed into an FTS5 query: every word must occur, the last one as a
 * prefix (the user is still typing it). Returns null when there is nothing to search for.
 */
export function ftsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
