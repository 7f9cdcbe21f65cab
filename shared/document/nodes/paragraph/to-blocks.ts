import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf } from '../../markup/serialized';

/**
 * A paragraph with nothing in it is written as nothing: the editor keeps one below every block
 * it inserts (a place to go on writing), and one is the body of a new article. It is no
 * paragraph for a reader.
 */
export const paragraphToBlocks: NodeToBlocks = (node) => {
  const html = inlineToHtml(childrenOf(node));
  return html.trim() === '' ? null : { name: 'core/paragraph', before: `<p>${html}</p>` };
};
