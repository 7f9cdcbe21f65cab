import type { BlockOut, MarkupOut } from './block';
import { hasAttrs, isWrapper } from './codec';
import type { ParsedBlock } from './grammar';

/** A core/group marked with a newsroom class, so any theme shows its blocks without a plugin. */
export function groupBlock(className: string, inner: readonly MarkupOut[]): BlockOut {
  return { name: 'core/group', attrs: { className }, before: `<div class="wp-block-group ${className}">`, inner, after: '</div>' };
}

/** The inner blocks of a group written by `groupBlock` with this class, or null. */
export function groupInnerBlocks(block: ParsedBlock, className: string): ParsedBlock[] | null {
  const isGroup = block.name === 'core/group' && hasAttrs(block, { className });
  return isGroup && isWrapper(block, `<div class="wp-block-group ${className}">`, '</div>') ? block.innerBlocks : null;
}
