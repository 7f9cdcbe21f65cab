import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf } from '../../markup/serialized';

export const paragraphToBlocks: NodeToBlocks = (node) => ({
  name: 'core/paragraph',
  before: `<p>${inlineToHtml(childrenOf(node))}</p>`,
});
