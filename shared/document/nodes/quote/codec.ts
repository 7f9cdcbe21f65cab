import { QuoteNode } from '@lexical/rich-text';
import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineCodec } from '../codec';
import { quoteFromBlocks } from './from-blocks';
import { quoteToBlocks } from './to-blocks';

export const quoteCodec = defineCodec(QuoteNode, {
  toBlocks: quoteToBlocks,
  fromBlocks: { blocks: ['core/quote'], read: quoteFromBlocks },
  toMarkdown: (node, { phrasing }) => [{ type: 'blockquote', children: [paragraph(phrasing(childrenOf(node)))] }],
});
