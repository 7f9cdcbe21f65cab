import { QuoteNode } from '@lexical/rich-text';
import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineBlock } from '../definition';
import { quoteFromBlocks } from './from-blocks';
import { quoteToBlocks } from './to-blocks';

export const quote = defineBlock({
  node: QuoteNode,
  toBlocks: quoteToBlocks,
  fromBlocks: { blocks: ['core/quote'], read: quoteFromBlocks },
  toMarkdown: (node, { phrasing }) => [{ type: 'blockquote', children: [paragraph(phrasing(childrenOf(node)))] }],
});
