import type { BlockOut } from '../../markup/block';
import { escapeAttribute, escapeText } from '../../markup/html';
import type { Photo } from './node';

export const photoIdClassPrefix = 'spalt-photo-';

/** The figure's classes in the order WordPress 6.1 writes them. */
export function figureClass(width: number | null, height: number | null, photoId: string | null): string {
  const resized = width !== null || height !== null ? ' is-resized' : '';
  return `wp-block-image${resized}${photoId !== null ? ` ${photoIdClassPrefix}${photoId}` : ''}`;
}

/** "Stina Hermansson. <span class="spalt-credit">Foto: Privat.</span>": the caption, then the credit line in a span the site can style. */
export function captionHtml(caption: string, credit: string): string {
  const creditSpan = credit === '' ? '' : `<span class="spalt-credit">${escapeText(credit)}</span>`;
  return [escapeText(caption), creditSpan].filter(Boolean).join(' ');
}

/** A core/image block; the credit sits in the caption. */
export function photoToBlocks(photo: Photo): BlockOut {
  const size = `${photo.width !== null ? ` width="${photo.width}"` : ''}${photo.height !== null ? ` height="${photo.height}"` : ''}`;
  const caption = captionHtml(photo.caption, photo.credit);
  return {
    name: 'core/image',
    attrs: {
      ...(photo.width !== null ? { width: photo.width } : {}),
      ...(photo.height !== null ? { height: photo.height } : {}),
      // A class, not an attribute of Spalt's own: WordPress keeps a class when it saves the post again.
      ...(photo.photoId !== null ? { className: `${photoIdClassPrefix}${photo.photoId}` } : {}),
    },
    before:
      `<figure class="${figureClass(photo.width, photo.height, photo.photoId)}">` +
      `<img src="${escapeAttribute(photo.src)}" alt="${escapeAttribute(photo.alt)}"${size}/>` +
      (caption === '' ? '' : `<figcaption class="wp-element-caption">${caption}</figcaption>`) +
      '</figure>',
  };
}
