import { defineDecoratorBlock } from '../decorator-block';
import { RawBlockNode } from './node';

export const rawBlock = defineDecoratorBlock({
  node: RawBlockNode,
  verbatim: ({ markup }) => markup,
});
