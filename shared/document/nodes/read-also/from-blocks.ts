import { hasAttrs, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { hasOnlyAttributes, parseHtml, plainTextOf, singleElement } from '../../markup/html';
import { readAlsoLabel, type ReadAlso } from './node';
import { articleIdAttribute, readAlsoClass } from './to-blocks';

export function readAlsoFromBlocks(block: ParsedBlock): ReadAlso | null {
  const html = leafHtml(block);
  if (html === null || block.name !== 'core/paragraph' || !hasAttrs(block, { className: readAlsoClass })) return null;
  const nodes = parseHtml(html);
  const p = nodes && singleElement(nodes);
  if (!p || p.tag !== 'p' || !hasOnlyAttributes(p, { class: readAlsoClass })) return null;
  const [label, link, ...rest] = p.children;
  const prefix = `${readAlsoLabel} `;
  // A headline without a link: what an export writes for an article that has no address yet.
  if (label?.kind === 'text' && link === undefined && label.text.startsWith(prefix) && label.text.length > prefix.length) {
    return { articleId: null, url: '', title: label.text.slice(prefix.length) };
  }
  if (label?.kind !== 'text' || label.text !== prefix || link?.kind !== 'element' || link.tag !== 'a' || rest.length > 0) return null;
  const { href: url, [articleIdAttribute]: articleId, ...others } = link.attributes;
  const title = plainTextOf({ ...link, attributes: others });
  if (url === undefined || title === null) return null;
  return { articleId: articleId ?? null, url, title };
}
