import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { adSlotFromBlocks } from './from-blocks';
import { AdSlotNode } from './node';
import { adSlotToBlocks } from './to-blocks';

export const adSlot = defineDecoratorBlock({
  node: AdSlotNode,
  toBlocks: adSlotToBlocks,
  fromBlocks: { blocks: ['core/html'], read: adSlotFromBlocks },
  // Where the site places an ad; a comment, so the text shows nothing there.
  toMarkdown: () => [{ type: 'html', value: '<!-- annons -->' }],
  menu: { label: 'insert.adSlot', shortcut: access('KeyN'), insert: { kind: 'block', $create: () => $create(AdSlotNode) } },
});
