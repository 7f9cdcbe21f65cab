import { $create, $createParagraphNode } from 'lexical';
import { formatTime } from '../../../format/date';
import { childrenOf, stringField } from '../../markup/serialized';
import { text } from '../../mdast';
import { defineBlock } from '../definition';
import { access } from '../shortcut';
import { liveUpdateFromBlocks } from './from-blocks';
import { LiveUpdateNode } from './node';
import { liveUpdateToBlocks } from './to-blocks';

export const liveUpdate = defineBlock({
  node: LiveUpdateNode,
  toBlocks: liveUpdateToBlocks,
  fromBlocks: { blocks: ['core/group'], read: liveUpdateFromBlocks },
  toMarkdown: (node, { blocks }) => {
    const time = stringField(node, 'time') ?? '';
    const heading = `Uppdatering ${time ? formatTime(time) : ''}`.trimEnd();
    return [{ type: 'heading', depth: 3, children: [text(heading)] }, ...blocks(childrenOf(node))];
  },
  // A new update is timed now, with a first line to write on.
  menu: {
    label: 'insert.liveUpdate',
    shortcut: access('KeyU'),
    insert: { kind: 'block', $create: () => $create(LiveUpdateNode).setTime(new Date().toISOString()).append($createParagraphNode()) },
  },
});
