import { defineDecoratorCodec } from '../codec';
import { adSlotFromBlocks } from './from-blocks';
import { AdSlotNode } from './node';
import { adSlotToBlocks } from './to-blocks';

export const adSlotCodec = defineDecoratorCodec(AdSlotNode, {
  toBlocks: adSlotToBlocks,
  fromBlocks: { blocks: ['core/html'], read: adSlotFromBlocks },
  // Where the site places an ad; a comment, so the text shows nothing there.
  toMarkdown: () => [{ type: 'html', value: '<!-- annons -->' }],
});
