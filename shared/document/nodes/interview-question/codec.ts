import { childrenOf } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import { defineCodec } from '../codec';
import { interviewQuestionFromBlocks } from './from-blocks';
import { InterviewQuestionNode } from './node';
import { interviewQuestionToBlocks } from './to-blocks';

export const interviewQuestionCodec = defineCodec(InterviewQuestionNode, {
  toBlocks: interviewQuestionToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: interviewQuestionFromBlocks },
  toMarkdown: (node, { phrasing }) => [paragraph([{ type: 'strong', children: phrasing(childrenOf(node)) }])],
});
