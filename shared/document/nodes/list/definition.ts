import { ListItemNode, ListNode } from '@lexical/list';
import { defineBlock } from '../definition';
import { listFromBlocks } from './from-blocks';
import { listToMarkdown } from './markdown';
import { listToBlocks } from './to-blocks';

export const list = defineBlock({
  node: ListNode,
  parts: [ListItemNode],
  toBlocks: listToBlocks,
  fromBlocks: { blocks: ['core/list'], read: listFromBlocks },
  toMarkdown: (node, context) => [listToMarkdown(node, context)],
});
