import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { PullQuoteNode } from './node';

export const pullQuote = defineDecoratorBlock({
  node: PullQuoteNode,
  menu: { label: 'insert.pullQuote', shortcut: access('KeyP'), insert: { kind: 'block', $create: () => $create(PullQuoteNode) } },
});
