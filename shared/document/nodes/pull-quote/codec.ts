import { defineDecoratorCodec } from '../codec';
import { pullQuoteFromBlocks } from './from-blocks';
import { pullQuoteToMarkdown } from './markdown';
import { PullQuoteNode } from './node';
import { pullQuoteToBlocks } from './to-blocks';

export const pullQuoteCodec = defineDecoratorCodec(PullQuoteNode, {
  toBlocks: pullQuoteToBlocks,
  fromBlocks: { blocks: ['core/pullquote'], read: pullQuoteFromBlocks },
  toMarkdown: pullQuoteToMarkdown,
});
