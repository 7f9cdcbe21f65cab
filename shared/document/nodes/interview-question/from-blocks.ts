import type { BlockToNode } from '../../markup/codec';
import { elementNode } from '../../markup/serialized';
import { paragraphContent } from '../paragraph/from-blocks';
import { questionClass } from './to-blocks';

export const interviewQuestionFromBlocks: BlockToNode = (block) => {
  const children = paragraphContent(block, questionClass);
  return children && elementNode('interview-question', children);
};
