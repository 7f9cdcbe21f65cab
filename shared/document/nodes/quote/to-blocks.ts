import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf } from '../../markup/serialized';

/** WordPress 6.1's quote holds paragraph blocks; the body's quote is one paragraph of text. */
export const quoteToBlocks: NodeToBlocks = (node) => ({
  name: 'core/quote',
  before: '<blockquote class="wp-block-quote">',
  inner: [{ name: 'core/paragraph', before: `<p>${inlineToHtml(childrenOf(node))}</p>` }],
  after: '</blockquote>',
});
