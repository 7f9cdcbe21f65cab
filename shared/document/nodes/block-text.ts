import type { LexicalNode } from 'lexical';

/**
 * A block decorator's text for plain-text reading. Lexical puts a blank line after element
 * blocks only, so a decorator adds its own before the next block.
 */
export function blockText(node: LexicalNode, text: string): string {
  return text === '' || node.getNextSibling() === null ? text : `${text}\n\n`;
}
