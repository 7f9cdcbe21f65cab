import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { factBoxFromBlocks } from './from-blocks';
import { factBoxToMarkdown } from './markdown';
import { FactBoxNode } from './node';
import { factBoxToBlocks } from './to-blocks';

export const factBox = defineDecoratorBlock({
  node: FactBoxNode,
  toBlocks: factBoxToBlocks,
  fromBlocks: { blocks: ['core/group'], read: factBoxFromBlocks },
  toMarkdown: factBoxToMarkdown,
  // A new fact box opens with one empty fact to write.
  menu: {
    label: 'insert.factBox',
    shortcut: access('KeyF'),
    insert: { kind: 'block', $create: () => $create(FactBoxNode).setProperties({ items: [''] }) },
  },
});
