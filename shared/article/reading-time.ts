/** Swedish news prose is read at roughly this pace by an adult reader. */
const wordsPerMinute = 200;

/** Whole minutes to read, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
