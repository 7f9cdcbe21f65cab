import { ParagraphNode } from 'lexical';
import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineBlock } from '../definition';
import { paragraphFromBlocks } from './from-blocks';
import { paragraphToBlocks } from './to-blocks';

export const paragraphBlock = defineBlock({
  node: ParagraphNode,
  toBlocks: paragraphToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: paragraphFromBlocks },
  toMarkdown: (node, { phrasing }) => [paragraph(phrasing(childrenOf(node)))],
});
