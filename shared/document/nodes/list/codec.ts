import { ListNode } from '@lexical/list';
import { defineCodec } from '../codec';
import { listFromBlocks } from './from-blocks';
import { listToMarkdown } from './markdown';
import { listToBlocks } from './to-blocks';

export const listCodec = defineCodec(ListNode, {
  toBlocks: listToBlocks,
  fromBlocks: { blocks: ['core/list'], read: listFromBlocks },
  toMarkdown: (node, context) => [listToMarkdown(node, context)],
});
