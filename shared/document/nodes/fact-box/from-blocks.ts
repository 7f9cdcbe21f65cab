import { hasAttrs, isWrapper, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { groupInnerBlocks } from '../../markup/group';
import { hasOnlyAttributes, parseHtml, plainTextOf, singleElement } from '../../markup/html';
import { headingClass, listOpenings } from '../../markup/saved-class';
import type { FactBox } from './node';
import { factBoxClass } from './to-blocks';

export function factBoxFromBlocks(block: ParsedBlock): FactBox | null {
  const [headingBlock, listBlock, ...rest] = groupInnerBlocks(block, factBoxClass) ?? [];
  if (!headingBlock || !listBlock || rest.length > 0) return null;
  const heading = headingBlock.name === 'core/heading' && hasAttrs(headingBlock, { level: 3 }) ? leafText(headingBlock, 'h3') : null;
  const listIsPlain =
    listBlock.name === 'core/list' &&
    hasAttrs(listBlock, {}) &&
    listOpenings('ul', '').some((opening) => isWrapper(listBlock, opening, '</ul>'));
  const items = listIsPlain
    ? listBlock.innerBlocks.map((item) => (item.name === 'core/list-item' && hasAttrs(item, {}) ? leafText(item, 'li') : null))
    : [null];
  if (heading === null || items.some((item) => item === null)) return null;
  return { heading, items: items.filter((item): item is string => item !== null) };
}

/** The text of a leaf block that is one element of this tag holding only text (a heading may carry its saved class). */
function leafText(block: ParsedBlock, tag: string): string | null {
  const html = leafHtml(block);
  const nodes = html === null ? null : parseHtml(html);
  const element = nodes && singleElement(nodes);
  if (element?.tag !== tag) return null;
  const savedHeading = block.name === 'core/heading' && hasOnlyAttributes(element, { class: headingClass });
  return plainTextOf(savedHeading ? { ...element, attributes: {} } : element);
}
