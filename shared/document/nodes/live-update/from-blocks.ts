import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { groupInnerBlocks } from '../../markup/group';
import { parseHtml, singleElement } from '../../markup/html';
import { elementNode } from '../../markup/serialized';
import { propsToJSON } from '../props';
import { liveUpdateProps } from './node';
import { liveUpdateClass, liveUpdateHeadingHtml } from './to-blocks';

export const liveUpdateFromBlocks: BlockToNode = (block, context) => {
  const [heading, ...text] = groupInnerBlocks(block, liveUpdateClass) ?? [];
  const html = heading?.name === 'core/heading' && hasAttrs(heading, { level: 3 }) ? leafHtml(heading) : null;
  const nodes = html === null ? null : parseHtml(html);
  const time = (nodes && singleElement(nodes))?.children[0];
  const datetime = time?.kind === 'element' && time.tag === 'time' ? time.attributes.datetime : undefined;
  // The heading is derived from the time: one that reads otherwise was edited, and is kept raw.
  if (datetime === undefined || html?.trim() !== liveUpdateHeadingHtml(datetime)) return null;
  return elementNode('live-update', context.blocksToNodes(text), propsToJSON(liveUpdateProps, { time: datetime }));
};
