import { hasAttrs, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { elementChildren, hasOnlyAttributes, parseHtml, plainTextOf, singleElement } from '../../markup/html';
import type { PullQuote } from './node';

export function pullQuoteFromBlocks(block: ParsedBlock): PullQuote | null {
  const html = leafHtml(block);
  if (html === null || !hasAttrs(block, {})) return null;
  const nodes = parseHtml(html);
  const figure = nodes && singleElement(nodes);
  if (!figure || figure.tag !== 'figure' || !hasOnlyAttributes(figure, { class: 'wp-block-pullquote' })) return null;
  const [blockquote, ...others] = elementChildren(figure) ?? [];
  if (!blockquote || others.length > 0 || blockquote.tag !== 'blockquote' || !hasOnlyAttributes(blockquote, {})) return null;
  const [p, cite, ...rest] = elementChildren(blockquote) ?? [];
  const text = p?.tag === 'p' ? plainTextOf(p) : null;
  const attribution = cite === undefined ? '' : cite.tag === 'cite' ? plainTextOf(cite) : null;
  if (text === null || attribution === null || rest.length > 0) return null;
  return { text, attribution };
}
