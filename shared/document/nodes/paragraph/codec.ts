import { ParagraphNode } from 'lexical';
import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineCodec } from '../codec';
import { paragraphFromBlocks } from './from-blocks';
import { paragraphToBlocks } from './to-blocks';

export const paragraphCodec = defineCodec(ParagraphNode, {
  toBlocks: paragraphToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: paragraphFromBlocks },
  toMarkdown: (node, { phrasing }) => [paragraph(phrasing(childrenOf(node)))],
});
