import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';
import { decoratorNode } from '../../markup/serialized';

export const separatorFromBlocks: BlockToNode = (block) => {
  const html = leafHtml(block);
  const nodes = html === null ? null : parseHtml(html);
  const hr = nodes && singleElement(nodes);
  const plain = hr?.tag === 'hr' && hasOnlyAttributes(hr, { class: 'wp-block-separator has-alpha-channel-opacity' });
  return plain && hasAttrs(block, {}) ? decoratorNode('separator', {}) : null;
};
