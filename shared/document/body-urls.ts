import { isAllowedLinkUrl, isAllowedMarkupUrl, isAllowedPhotoSource, isWritablePhotoSource } from '../url-policy';
import type { BodyDocument } from './body';
import { childrenOf, paragraphNode, stringField, textNode, type SerializedBodyNode } from './markup/serialized';
import { markupAddresses, markupText } from './markup/verbatim';
import { definitionOf } from './nodes/registry';

/**
 * The URL policy applied to a body: every address a body can carry (links, photos, "Läs
 * även", and the addresses inside a block kept verbatim) found and judged in one place.
 */

/** Where in the body a refused address sits. */
export type UrlPlace = 'link' | 'photo' | 'readAlso' | 'markup';

export interface RefusedUrl {
  place: UrlPlace;
  url: string;
}

function refusedIn(node: SerializedBodyNode, out: RefusedUrl[]): void {
  const add = (place: UrlPlace, url: string) => out.push({ place, url });
  if (node.type === 'link' || node.type === 'autolink') {
    const url = stringField(node, 'url') ?? '';
    if (url !== '' && !isAllowedLinkUrl(url)) add('link', url);
  }
  const { photo, article, verbatim } = definitionOf(node.type) ?? {};
  const src = photo?.of(node).src ?? '';
  if (src !== '' && !isAllowedPhotoSource(src)) add('photo', src);
  const url = article?.of(node).url ?? '';
  if (url !== '' && !isAllowedLinkUrl(url)) add('readAlso', url);
  for (const address of verbatim ? markupAddresses(verbatim(node)) : []) {
    if (!isAllowedMarkupUrl(address)) add('markup', address);
  }
  for (const child of childrenOf(node)) refusedIn(child, out);
}

/** Every address in a body that the policy refuses, in reading order; empty when all is well. */
export function refusedUrls(body: BodyDocument): RefusedUrl[] {
  const out: RefusedUrl[] = [];
  for (const node of body.root.children) refusedIn(node, out);
  return out;
}

/**
 * One node as a writer may send it out: a link whose address is refused becomes its text, a
 * photo or an article link loses the address, a verbatim block becomes its text.
 */
function allowedNodes(node: SerializedBodyNode): SerializedBodyNode[] {
  if ((node.type === 'link' || node.type === 'autolink') && !isAllowedLinkUrl(stringField(node, 'url') ?? '')) {
    return childrenOf(node).flatMap(allowedNodes);
  }
  const { photo, article, verbatim } = definitionOf(node.type) ?? {};
  const markup = verbatim?.(node);
  if (markup !== undefined && !markupAddresses(markup).every(isAllowedMarkupUrl)) return [paragraphNode([textNode(markupText(markup), 0)])];
  let allowed = node;
  if (photo && !isWritablePhotoSource(photo.of(allowed).src)) allowed = photo.with(allowed, { src: '' });
  if (article && !isAllowedLinkUrl(article.of(allowed).url)) allowed = article.withUrl(allowed, '');
  return Array.isArray(node.children) ? [{ ...allowed, children: childrenOf(node).flatMap(allowedNodes) }] : [allowed];
}

/**
 * The body with every refused address taken out: links become their text, photos and "Läs
 * även" lose the address, a verbatim block becomes its text. What the core stored has passed
 * the policy already; this is for whatever slipped past it (a body stored by an older Spalt).
 */
export function withAllowedUrls(body: BodyDocument): BodyDocument {
  return { root: { ...body.root, children: body.root.children.flatMap(allowedNodes) } };
}

/** An address as a message shows it: control characters made visible, at most 120 characters. */
export function shownUrl(url: string): string {
  const visible = url.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 120 ? `${visible.slice(0, 119)}…` : visible;
}
