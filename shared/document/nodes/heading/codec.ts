import { HeadingNode } from '@lexical/rich-text';
import { childrenOf } from '../../markup/serialized';
import { defineCodec } from '../codec';
import { headingFromBlocks } from './from-blocks';
import { headingToBlocks } from './to-blocks';

export const headingCodec = defineCodec(HeadingNode, {
  toBlocks: headingToBlocks,
  fromBlocks: { blocks: ['core/heading'], read: headingFromBlocks },
  toMarkdown: (node, { phrasing }) => [{ type: 'heading', depth: node.tag === 'h3' ? 3 : 2, children: phrasing(childrenOf(node)) }],
});
