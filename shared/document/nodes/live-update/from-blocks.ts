import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { groupInnerBlocks } from '../../markup/group';
import { parseHtml, singleElement } from '../../markup/html';
import { headingOpenings } from '../../markup/saved-class';
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
  if (datetime === undefined) return null;
  const written = liveUpdateHeadingHtml(datetime);
  if (!headingOpenings('h3').some((opening) => html?.trim() === written.replace('<h3>', opening))) return null;
  return elementNode('live-update', context.blocksToNodes(text), propsToJSON(liveUpdateProps, { time: datetime }));
};
