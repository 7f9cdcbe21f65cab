import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { elementChildren, hasOnlyAttributes, parseHtml, singleElement, type HtmlElement } from '../../markup/html';
import { decoratorNode } from '../../markup/serialized';
import { propsToJSON } from '../props';
import { pullQuoteProps } from './node';

export const pullQuoteFromBlocks: BlockToNode = (block) => {
  const html = leafHtml(block);
  if (html === null || !hasAttrs(block, {})) return null;
  const nodes = parseHtml(html);
  const figure = nodes && singleElement(nodes);
  if (!figure || figure.tag !== 'figure' || !hasOnlyAttributes(figure, { class: 'wp-block-pullquote' })) return null;
  const [blockquote, ...others] = elementChildren(figure) ?? [];
  if (!blockquote || others.length > 0 || blockquote.tag !== 'blockquote' || !hasOnlyAttributes(blockquote, {})) return null;
  const [p, cite, ...rest] = elementChildren(blockquote) ?? [];
  const text = p?.tag === 'p' ? plainText(p) : null;
  const attribution = cite === undefined ? '' : cite.tag === 'cite' ? plainText(cite) : null;
  if (text === null || attribution === null || rest.length > 0) return null;
  return decoratorNode('pull-quote', propsToJSON(pullQuoteProps, { text, attribution }));
};

/** The text of an element holding nothing but text. */
export function plainText(element: HtmlElement): string | null {
  if (!hasOnlyAttributes(element, {})) return null;
  return element.children.every((child) => child.kind === 'text')
    ? element.children.map((child) => (child.kind === 'text' ? child.text : '')).join('')
    : null;
}
