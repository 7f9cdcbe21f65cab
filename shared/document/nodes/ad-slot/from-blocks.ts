import { hasAttrs, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { adSlotHtml } from './to-blocks';

export const adSlotFromBlocks = (block: ParsedBlock): Record<string, never> | null =>
  hasAttrs(block, {}) && leafHtml(block)?.trim() === adSlotHtml ? {} : null;
