import { defineDecoratorCodec } from '../codec';
import { separatorFromBlocks } from './from-blocks';
import { SeparatorNode } from './node';
import { separatorToBlocks } from './to-blocks';

export const separatorCodec = defineDecoratorCodec(SeparatorNode, {
  toBlocks: separatorToBlocks,
  fromBlocks: { blocks: ['core/separator'], read: separatorFromBlocks },
  toMarkdown: () => [{ type: 'thematicBreak' }],
});
