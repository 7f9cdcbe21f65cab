import { hasAttrs, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';

export function separatorFromBlocks(block: ParsedBlock): Record<string, never> | null {
  const html = leafHtml(block);
  const nodes = html === null ? null : parseHtml(html);
  const hr = nodes && singleElement(nodes);
  const plain = hr?.tag === 'hr' && hasOnlyAttributes(hr, { class: 'wp-block-separator has-alpha-channel-opacity' });
  return plain && hasAttrs(block, {}) ? {} : null;
}
