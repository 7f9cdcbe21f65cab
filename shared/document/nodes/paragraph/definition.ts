import { ParagraphNode } from 'lexical';
import { defineBlock } from '../definition';

export const paragraphBlock = defineBlock({
  node: ParagraphNode,
});
