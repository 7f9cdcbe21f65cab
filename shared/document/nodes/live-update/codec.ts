import { formatTime } from '../../../format/date';
import { childrenOf, stringField } from '../../markup/serialized';
import { text } from '../../mdast';
import { defineCodec } from '../codec';
import { liveUpdateFromBlocks } from './from-blocks';
import { LiveUpdateNode } from './node';
import { liveUpdateToBlocks } from './to-blocks';

export const liveUpdateCodec = defineCodec(LiveUpdateNode, {
  toBlocks: liveUpdateToBlocks,
  fromBlocks: { blocks: ['core/group'], read: liveUpdateFromBlocks },
  toMarkdown: (node, { blocks }) => {
    const time = stringField(node, 'time') ?? '';
    const heading = `Uppdatering ${time ? formatTime(time) : ''}`.trimEnd();
    return [{ type: 'heading', depth: 3, children: [text(heading)] }, ...blocks(childrenOf(node))];
  },
});
