import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { separatorFromBlocks } from './from-blocks';
import { SeparatorNode } from './node';
import { separatorToBlocks } from './to-blocks';

export const separator = defineDecoratorBlock({
  node: SeparatorNode,
  toBlocks: separatorToBlocks,
  fromBlocks: { blocks: ['core/separator'], read: separatorFromBlocks },
  toMarkdown: () => [{ type: 'thematicBreak' }],
  menu: { label: 'insert.separator', shortcut: access('KeyR'), insert: { kind: 'block', $create: () => $create(SeparatorNode) } },
});
