import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf, type SerializedBodyNode } from '../../markup/serialized';

export const paragraphToBlocks: NodeToBlocks = (node) => ({
  name: 'core/paragraph',
  before: `<p>${inlineToHtml(childrenOf(node))}</p>`,
});

/**
 * A paragraph with nothing in it: the editor keeps one below every block it inserts (a place
 * to go on writing), and one is the body of a new article. It is no paragraph for a reader.
 */
export function isEmptyParagraph(node: SerializedBodyNode): boolean {
  return node.type === 'paragraph' && inlineToHtml(childrenOf(node)).trim() === '';
}
