import { defineDecoratorCodec } from '../codec';
import { readAlsoFromBlocks } from './from-blocks';
import { readAlsoToMarkdown } from './markdown';
import { ReadAlsoNode } from './node';
import { readAlsoToBlocks } from './to-blocks';

export const readAlsoCodec = defineDecoratorCodec(ReadAlsoNode, {
  toBlocks: readAlsoToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: readAlsoFromBlocks },
  toMarkdown: readAlsoToMarkdown,
});
