import { $create } from 'lexical';
import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineBlock } from '../definition';
import { access } from '../shortcut';
import { interviewQuestionFromBlocks } from './from-blocks';
import { InterviewQuestionNode } from './node';
import { interviewQuestionToBlocks } from './to-blocks';

export const interviewQuestion = defineBlock({
  node: InterviewQuestionNode,
  toBlocks: interviewQuestionToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: interviewQuestionFromBlocks },
  toMarkdown: (node, { phrasing }) => [paragraph([{ type: 'strong', children: phrasing(childrenOf(node)) }])],
  menu: {
    label: 'insert.question',
    shortcut: access('KeyQ'),
    insert: { kind: 'paragraph', $create: () => $create(InterviewQuestionNode) },
  },
});
