import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { pullQuoteFromBlocks } from './from-blocks';
import { pullQuoteToMarkdown } from './markdown';
import { PullQuoteNode } from './node';
import { pullQuoteToBlocks } from './to-blocks';

export const pullQuote = defineDecoratorBlock({
  node: PullQuoteNode,
  toBlocks: pullQuoteToBlocks,
  fromBlocks: { blocks: ['core/pullquote'], read: pullQuoteFromBlocks },
  toMarkdown: pullQuoteToMarkdown,
  menu: { label: 'insert.pullQuote', shortcut: access('KeyP'), insert: { kind: 'block', $create: () => $create(PullQuoteNode) } },
});
