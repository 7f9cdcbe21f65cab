import { defineDecoratorCodec } from '../codec';
import { photoFromBlocks } from './from-blocks';
import { photoToMarkdown } from './markdown';
import { PhotoNode } from './node';
import { photoToBlocks } from './to-blocks';

export const photoCodec = defineDecoratorCodec(PhotoNode, {
  toBlocks: photoToBlocks,
  fromBlocks: { blocks: ['core/image'], read: photoFromBlocks },
  toMarkdown: photoToMarkdown,
});
