import { $create } from 'lexical';
import { defineBlock } from '../definition';
import { access } from '../shortcut';
import { InterviewQuestionNode } from './node';

export const interviewQuestion = defineBlock({
  node: InterviewQuestionNode,
  menu: {
    label: 'insert.question',
    shortcut: access('KeyQ'),
    insert: { kind: 'paragraph', $create: () => $create(InterviewQuestionNode) },
  },
});
