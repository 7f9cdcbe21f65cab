import { $create, $createParagraphNode } from 'lexical';
import { defineBlock } from '../definition';
import { access } from '../shortcut';
import { LiveUpdateNode } from './node';

export const liveUpdate = defineBlock({
  node: LiveUpdateNode,
  // A new update is timed now, with a first line to write on.
  menu: {
    label: 'insert.liveUpdate',
    shortcut: access('KeyU'),
    insert: { kind: 'block', $create: () => $create(LiveUpdateNode).setTime(new Date().toISOString()).append($createParagraphNode()) },
  },
});
