import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { AdSlotNode } from './node';

export const adSlot = defineDecoratorBlock({
  node: AdSlotNode,
  menu: { label: 'insert.adSlot', shortcut: access('KeyN'), insert: { kind: 'block', $create: () => $create(AdSlotNode) } },
});
