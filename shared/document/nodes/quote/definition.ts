import { QuoteNode } from '@lexical/rich-text';
import { defineBlock } from '../definition';

export const quote = defineBlock({
  node: QuoteNode,
});
