import { wordsIn, wordsOfName, type WordAt } from './words';

/** What Spalt asks of a spelling engine (Hunspell, through hunspell-asm). */
export interface SpellEngine {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

const maxKeptSuggestions = 500;

const lowerFirst = (word: string) => word.charAt(0).toLocaleLowerCase('sv') + word.slice(1);

/**
 * The dictionary and the newsroom's own words together. Hunspell's answers are kept per word, so
 * a long article costs one look-up per distinct word, and a changed paragraph only its new words.
 */
export class Speller {
  private readonly answers = new Map<string, boolean>();
  /** Each word's verdict with the known words as they are; forgotten when they change. */
  private readonly verdicts = new Map<string, boolean>();
  private known = new Set<string>();
  private readonly suggestions = new Map<string, string[]>();

  /** The engine is Hunspell's; a second speller over it (a bench) shares its memory. */
  constructor(readonly engine: SpellEngine) {}

  /** The newsroom's word list and the names of people and credits; a name counts word by word. */
  setKnown(words: Iterable<string>): void {
    this.known = new Set([...words].flatMap((word) => wordsOfName(word)));
    this.verdicts.clear();
  }

  private isKnown(word: string): boolean {
    if (this.known.has(word) || this.known.has(lowerFirst(word))) return true;
    // The genitive of a name ("Hawshos", "Hawsho:s") is known when the name is.
    const stem = word.replace(/:?s$/u, '');
    return stem !== word && this.known.has(stem);
  }

  isCorrect(word: string): boolean {
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      verdict = this.judge(word);
      this.verdicts.set(word, verdict);
    }
    return verdict;
  }

  private judge(word: string): boolean {
    if (this.isKnown(word)) return true;
    if (word.includes('-') && word.split('-').every((part) => part === '' || this.isKnown(part) || this.spell(part))) return true;
    return this.spell(word);
  }

  private spell(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.engine.spell(word);
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** The words of a text neither the dictionary nor the newsroom knows. */
  unknownIn(text: string, ignored: ReadonlySet<string> = new Set()): WordAt[] {
    return wordsIn(text).filter(({ word }) => !ignored.has(word) && !this.isCorrect(word));
  }

  /** Hunspell's suggestions, the newsroom's words that are one letter off first. */
  suggest(word: string): string[] {
    const ours = [...this.known].filter((known) => known !== word && nearlyEqual(known, word));
    return [...new Set([...ours, ...this.dictionarySuggestions(word)])].slice(0, 8);
  }

  /** Whether Hunspell's suggestions for the word are kept already (the newsroom's words cost nothing). */
  hasSuggestions(word: string): boolean {
    return this.suggestions.has(word);
  }

  /**
   * Hunspell's suggestions, kept: its search takes up to half a second for a long compound, so
   * the worker makes them ahead, in its idle time, for words just found unknown.
   */
  dictionarySuggestions(word: string): string[] {
    let found = this.suggestions.get(word);
    if (found === undefined) {
      found = this.engine.suggest(word);
      // The oldest first out: a long session's typos, not the whole dictionary's worth.
      if (this.suggestions.size >= maxKeptSuggestions) this.suggestions.delete(this.suggestions.keys().next().value as string);
      this.suggestions.set(word, found);
    }
    return found;
  }
}

/** One letter added, dropped, changed or two swapped (a typo of a name). */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, n: number) => x.slice(i + n);
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && tail(a, 2) === tail(b, 2);
  return swapped || tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1);
}
