import { defineDecoratorCodec } from '../codec';
import { factBoxFromBlocks } from './from-blocks';
import { factBoxToMarkdown } from './markdown';
import { FactBoxNode } from './node';
import { factBoxToBlocks } from './to-blocks';

export const factBoxCodec = defineDecoratorCodec(FactBoxNode, {
  toBlocks: factBoxToBlocks,
  fromBlocks: { blocks: ['core/group'], read: factBoxFromBlocks },
  toMarkdown: factBoxToMarkdown,
});
