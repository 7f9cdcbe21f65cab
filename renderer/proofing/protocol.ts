import type { WordAt } from '../../shared/proofing/words';

/** A top-level block of the body, by its Lexical key, with its text. */
export interface BlockText {
  key: string;
  text: string;
}

export type SpellingQuestion =
  { type: 'check'; blocks: BlockText[] } | { type: 'suggest'; word: string } | { type: 'known'; words: string[] } | { type: 'load' };

export type SpellingRequest = SpellingQuestion & { id: number };

export type SpellingAnswer = { key: string; words: WordAt[] }[] | string[] | null;

export type SpellingResponse = { id: number; ok: true; value: SpellingAnswer } | { id: number; ok: false; message: string };
