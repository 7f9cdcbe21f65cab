import { hasAttrs, leafHtml, type BlockToNode } from '../../markup/codec';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';
import { decoratorNode } from '../../markup/serialized';
import { propsToJSON } from '../props';
import { plainText } from '../pull-quote/from-blocks';
import { readAlsoLabel, readAlsoProps } from './node';
import { articleIdAttribute, readAlsoClass } from './to-blocks';

export const readAlsoFromBlocks: BlockToNode = (block) => {
  const html = leafHtml(block);
  if (html === null || block.name !== 'core/paragraph' || !hasAttrs(block, { className: readAlsoClass })) return null;
  const nodes = parseHtml(html);
  const p = nodes && singleElement(nodes);
  if (!p || p.tag !== 'p' || !hasOnlyAttributes(p, { class: readAlsoClass })) return null;
  const [label, link, ...rest] = p.children;
  const prefix = `${readAlsoLabel} `;
  // A headline without a link: what an export writes for an article that has no address yet.
  if (label?.kind === 'text' && link === undefined && label.text.startsWith(prefix) && label.text.length > prefix.length) {
    return decoratorNode('read-also', propsToJSON(readAlsoProps, { articleId: null, url: '', title: label.text.slice(prefix.length) }));
  }
  if (label?.kind !== 'text' || label.text !== prefix || link?.kind !== 'element' || link.tag !== 'a' || rest.length > 0) return null;
  const { href: url, [articleIdAttribute]: articleId, ...others } = link.attributes;
  const title = plainText({ ...link, attributes: others });
  if (url === undefined || title === null) return null;
  return decoratorNode('read-also', propsToJSON(readAlsoProps, { articleId: articleId ?? null, url, title }));
};
