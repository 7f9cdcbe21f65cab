import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { hasOnlyAttributes, parseHtml, singleElement, type HtmlElement } from '../../markup/html';
import { htmlToInline } from '../../markup/inline';
import { paragraphNode, type SerializedBodyNode } from '../../markup/serialized';

/** The `<p>` of a core/paragraph block whose comment and `<p>` carry exactly the given class (none for a plain paragraph), or null. */
export function paragraphElement(block: ParsedBlock, className?: string): HtmlElement | null {
  const html = leafHtml(block);
  if (block.name !== 'core/paragraph' || html === null) return null;
  if (!hasAttrs(block, className === undefined ? {} : { className })) return null;
  const nodes = parseHtml(html);
  const p = nodes && singleElement(nodes);
  if (!p || p.tag !== 'p' || !hasOnlyAttributes(p, className === undefined ? {} : { class: className })) return null;
  return p;
}

/** The inline content of such a paragraph, or null. */
export function paragraphContent(block: ParsedBlock, className?: string): SerializedBodyNode[] | null {
  const p = paragraphElement(block, className);
  return p && htmlToInline(p.children);
}

export const paragraphFromBlocks: BlockToNode = (block) => {
  const children = paragraphContent(block);
  return children && paragraphNode(children);
};
