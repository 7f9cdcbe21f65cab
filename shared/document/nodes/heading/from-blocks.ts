import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';
import { htmlToInline } from '../../markup/inline';
import { headingClass } from '../../markup/saved-class';
import { elementNode } from '../../markup/serialized';

export const headingFromBlocks: BlockToNode = (block) => {
  const html = leafHtml(block);
  const level = hasAttrs(block, {}) ? 2 : hasAttrs(block, { level: 3 }) ? 3 : null;
  if (html === null || level === null) return null;
  const nodes = parseHtml(html);
  const heading = nodes && singleElement(nodes);
  if (!heading || heading.tag !== `h${level}` || !(hasOnlyAttributes(heading, {}) || hasOnlyAttributes(heading, { class: headingClass })))
    return null;
  const children = htmlToInline(heading.children);
  return children && elementNode('heading', children, { tag: heading.tag });
};
