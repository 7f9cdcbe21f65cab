import { Parser } from 'htmlparser2';
import {
  addressesInAttribute,
  isAllowedLinkUrl,
  isAllowedMarkupUrl,
  isAllowedPhotoSource,
  isWritablePhotoSource,
  urlAttributes,
} from '../url-policy';
import type { BodyDocument } from './body';
import { childrenOf, paragraphNode, stringField, textNode, type SerializedBodyNode } from './markup/serialized';

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

const cssUrl = /url\(\s*(['"]?)([\s\S]*?)\1\s*\)/gi;

/** Every address inside markup: URL attributes, and url(…) in style attributes and style elements. */
function markupAddresses(markup: string): string[] {
  const found: string[] = [];
  const fromCss = (css: string) => {
    for (const match of css.matchAll(cssUrl)) found.push(match[2] ?? '');
  };
  let inStyle = 0;
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (urlAttributes.has(name)) found.push(...addressesInAttribute(name, value));
        else if (name === 'style') fromCss(value);
      },
      onopentagname(name) {
        if (name === 'style') inStyle += 1;
      },
      onclosetag(name) {
        if (name === 'style') inStyle = Math.max(0, inStyle - 1);
      },
      ontext(text) {
        if (inStyle > 0) fromCss(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(markup);
  parser.end();
  return found;
}

/** What a reader would see of markup: its text, without scripts and styles. */
export function markupText(markup: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') hidden += 1;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') hidden = Math.max(0, hidden - 1);
      },
      ontext(chunk) {
        if (hidden === 0) text += chunk;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(markup);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}

function refusedIn(node: SerializedBodyNode, out: RefusedUrl[]): void {
  const add = (place: UrlPlace, url: string) => out.push({ place, url });
  switch (node.type) {
    case 'link':
    case 'autolink': {
      const url = stringField(node, 'url') ?? '';
      if (url !== '' && !isAllowedLinkUrl(url)) add('link', url);
      break;
    }
    case 'photo': {
      const src = stringField(node, 'src') ?? '';
      if (src !== '' && !isAllowedPhotoSource(src)) add('photo', src);
      break;
    }
    case 'read-also': {
      const url = stringField(node, 'url') ?? '';
      if (url !== '' && !isAllowedLinkUrl(url)) add('readAlso', url);
      break;
    }
    case 'raw-block':
      for (const url of markupAddresses(stringField(node, 'markup') ?? '')) {
        if (!isAllowedMarkupUrl(url)) add('markup', url);
      }
      break;
  }
  for (const child of childrenOf(node)) refusedIn(child, out);
}

/** Every address in a body that the policy refuses, in reading order; empty when all is well. */
export function refusedUrls(body: BodyDocument): RefusedUrl[] {
  const out: RefusedUrl[] = [];
  for (const node of body.root.children) refusedIn(node, out);
  return out;
}

/** One node as a writer may send it out; a link whose address is refused becomes its text. */
function allowedNodes(node: SerializedBodyNode): SerializedBodyNode[] {
  switch (node.type) {
    case 'link':
    case 'autolink':
      if (!isAllowedLinkUrl(stringField(node, 'url') ?? '')) return childrenOf(node).flatMap(allowedNodes);
      break;
    case 'photo':
      if (!isWritablePhotoSource(stringField(node, 'src') ?? '')) return [{ ...node, src: '' }];
      break;
    case 'read-also':
      if (!isAllowedLinkUrl(stringField(node, 'url') ?? '')) return [{ ...node, url: '' }];
      break;
    case 'raw-block': {
      const markup = stringField(node, 'markup') ?? '';
      if (!markupAddresses(markup).every(isAllowedMarkupUrl)) return [paragraphNode([textNode(markupText(markup), 0)])];
      break;
    }
  }
  return Array.isArray(node.children) ? [{ ...node, children: childrenOf(node).flatMap(allowedNodes) }] : [node];
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
