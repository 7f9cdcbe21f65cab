import { ListItemNode, ListNode } from '@lexical/list';
import { defineBlock } from '../definition';

export const list = defineBlock({
  node: ListNode,
  parts: [ListItemNode],
});
