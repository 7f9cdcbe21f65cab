/**
 * LIX, läsbarhetsindex (C.-H. Björnsson, "Läsbarhet", 1968): words per sentence plus the share of
 * long words (more than six letters) in per cent. The bands are the usual Swedish reading of the
 * index, as Skolverket and lix.se give them: under 30 very easy (children's books), 30–40 easy
 * (fiction, popular weeklies), 40–50 medium (newspapers), 50–60 hard (official texts), over 60
 * very hard (academic and legal prose).
 */
export type LixBand = 'veryEasy' | 'easy' | 'medium' | 'hard' | 'veryHard';

export interface Lix {
  /** Rounded to a whole number, as LIX is usually given. */
  value: number;
  band: LixBand;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*/gu;
// Björnsson counts a full stop, colon, question or exclamation mark as a sentence's end; a line
// of its own (a heading, a list item) ends one too.
const hasWord = /[\p{L}\p{N}]/u;
const sentenceEnd = /[.!?:]+(?=\s|$)|\n+/gu;

export function lixBand(value: number): LixBand {
  if (value < 30) return 'veryEasy';
  if (value < 40) return 'easy';
  if (value < 50) return 'medium';
  if (value < 60) return 'hard';
  return 'veryHard';
}

/** What LIX counts in a text: its words, its long words and its sentences; a text's parts add up. */
export function lixParts(text: string): { words: number; long: number; sentences: number } {
  const words = text.match(wordPattern) ?? [];
  const sentences = words.length === 0 ? 0 : text.split(sentenceEnd).filter((part) => hasWord.test(part)).length;
  const long = words.filter((word) => [...word.replace(/[^\p{L}]/gu, '')].length > 6).length;
  return { words: words.length, long, sentences };
}

/** The text's LIX, or null when it has no words. */
export function lix(text: string): Lix | null {
  const { words, long, sentences } = lixParts(text);
  if (words === 0) return null;
  const value = Math.round(words / Math.max(1, sentences) + (100 * long) / words);
  return { value, band: lixBand(value) };
}
