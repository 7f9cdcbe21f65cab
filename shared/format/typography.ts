export interface TypographyRules {
  quotes: boolean;
  dashes: boolean;
  ellipsis: boolean;
}

export interface Replacement {
  /** Where the replaced text starts, counted back from the caret. */
  length: number;
  text: string;
}

/**
 * What Swedish typography makes of the text just typed: `before` is the text from the start
 * of the block (or of the text node) up to the caret. Swedish uses ” on both sides of a quote.
 */
export function typographyFor(before: string, atBlockStart: boolean, rules: TypographyRules): Replacement | null {
  if (rules.quotes && before.endsWith('"')) return { length: 1, text: '”' };
  if (rules.ellipsis && before.endsWith('...')) return { length: 3, text: '…' };
  if (rules.dashes && atBlockStart && before === '- ') return { length: 2, text: '– ' };
  return null;
}
