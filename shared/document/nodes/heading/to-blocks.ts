import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf, stringField } from '../../markup/serialized';

export const headingToBlocks: NodeToBlocks = (node) => {
  const tag = stringField(node, 'tag') === 'h3' ? 'h3' : 'h2';
  return {
    name: 'core/heading',
    // Level 2 is the block's default, which WordPress leaves out of the comment.
    attrs: tag === 'h3' ? { level: 3 } : {},
    before: `<${tag}>${inlineToHtml(childrenOf(node))}</${tag}>`,
  };
};
