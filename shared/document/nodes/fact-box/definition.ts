import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { FactBoxNode } from './node';

export const factBox = defineDecoratorBlock({
  node: FactBoxNode,
  // A new fact box opens with one empty fact to write.
  menu: {
    label: 'insert.factBox',
    shortcut: access('KeyF'),
    insert: { kind: 'block', $create: () => $create(FactBoxNode).setProperties({ items: [''] }) },
  },
});
