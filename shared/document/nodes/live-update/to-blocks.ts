import { formatTime } from '../../../format/date';
import type { NodeToBlocks } from '../../markup/codec';
import { groupBlock } from '../../markup/group';
import { escapeInlineAttribute, escapeText } from '../../markup/html';
import { childrenOf } from '../../markup/serialized';
import { propsFromJSON } from '../props';
import { liveUpdateProps } from './node';

export const liveUpdateClass = 'spalt-live-update';

/** "Uppdatering 23:00", in the newsroom's time zone. */
export function liveUpdateLabel(time: string): string {
  return Number.isNaN(Date.parse(time)) ? 'Uppdatering' : `Uppdatering ${formatTime(time)}`;
}

export function liveUpdateHeadingHtml(time: string): string {
  return `<h3><time datetime="${escapeInlineAttribute(time)}">${escapeText(liveUpdateLabel(time))}</time></h3>`;
}

export const liveUpdateToBlocks: NodeToBlocks = (node, context) => {
  const { time } = propsFromJSON(liveUpdateProps, node);
  return groupBlock(liveUpdateClass, [
    { name: 'core/heading', attrs: { level: 3 }, before: liveUpdateHeadingHtml(time) },
    ...context.nodesToBlocks(childrenOf(node)),
  ]);
};
