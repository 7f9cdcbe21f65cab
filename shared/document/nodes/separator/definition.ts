import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { SeparatorNode } from './node';

export const separator = defineDecoratorBlock({
  node: SeparatorNode,
  menu: { label: 'insert.separator', shortcut: access('KeyR'), insert: { kind: 'block', $create: () => $create(SeparatorNode) } },
});
