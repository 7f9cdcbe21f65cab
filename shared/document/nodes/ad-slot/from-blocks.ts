import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { decoratorNode } from '../../markup/serialized';
import { adSlotHtml } from './to-blocks';

export const adSlotFromBlocks: BlockToNode = (block) =>
  hasAttrs(block, {}) && leafHtml(block)?.trim() === adSlotHtml ? decoratorNode('ad-slot', {}) : null;
