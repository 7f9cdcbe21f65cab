import { leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { elementChildren, hasOnlyAttributes, parseHtml, singleElement, type HtmlElement } from '../../markup/html';
import { propsFromJSON } from '../props';
import { photoProps, type Photo } from './node';
import { figureClass, photoIdClassPrefix } from './to-blocks';

export function photoFromBlocks(block: ParsedBlock): Photo | null {
  const html = leafHtml(block);
  const { width, height, className, ...others } = block.attrs;
  const photoId =
    typeof className === 'string' && className.startsWith(photoIdClassPrefix) ? className.slice(photoIdClassPrefix.length) : undefined;
  if (html === null || Object.keys(others).length > 0) return null;
  const nodes = parseHtml(html);
  const figure = nodes && singleElement(nodes);
  const parts = figure && elementChildren(figure);
  if (!figure || !parts || figure.tag !== 'figure') return null;
  const [img, figcaption, ...rest] = parts;
  if (!img || img.tag !== 'img' || rest.length > 0) return null;
  // A size other than a number is refused below, whatever the <img> says.
  const size = {
    ...(typeof width === 'number' ? { width: String(width) } : {}),
    ...(typeof height === 'number' ? { height: String(height) } : {}),
  };
  if (!hasOnlyAttributes(img, { src: undefined, alt: undefined, ...size })) return null;
  const caption = figcaption ? readCaption(figcaption) : { caption: '', credit: '' };
  if (!caption || img.attributes.src === undefined) return null;
  const photo = propsFromJSON(photoProps, {
    src: img.attributes.src,
    photoId,
    alt: img.attributes.alt,
    width,
    height,
    ...caption,
  });
  // A size that is no size, or a class that is no photo id, cannot be held: the block stays raw.
  if ((className !== undefined && photo.photoId !== photoId) || photo.width !== (width ?? null) || photo.height !== (height ?? null))
    return null;
  return hasOnlyAttributes(figure, { class: figureClass(photo.width, photo.height, photo.photoId) }) ? photo : null;
}

/** "Stina Hermansson. <span class="spalt-credit">Foto: Privat.</span>" → caption and credit. */
function readCaption(figcaption: HtmlElement): { caption: string; credit: string } | null {
  if (figcaption.tag !== 'figcaption' || !hasOnlyAttributes(figcaption, { class: 'wp-element-caption' })) return null;
  const [first, second, ...rest] = figcaption.children;
  const creditSpan = (node: typeof first) =>
    node?.kind === 'element' &&
    node.tag === 'span' &&
    hasOnlyAttributes(node, { class: 'spalt-credit' }) &&
    node.children.every((child) => child.kind === 'text')
      ? node.children.map((child) => (child.kind === 'text' ? child.text : '')).join('')
      : null;
  if (rest.length > 0) return null;
  if (first?.kind === 'text' && second === undefined) return { caption: first.text, credit: '' };
  const creditOnly = creditSpan(first);
  if (creditOnly !== null && second === undefined) return { caption: '', credit: creditOnly };
  const credit = creditSpan(second);
  if (first?.kind !== 'text' || credit === null || !first.text.endsWith(' ')) return null;
  return { caption: first.text.slice(0, -1), credit };
}
