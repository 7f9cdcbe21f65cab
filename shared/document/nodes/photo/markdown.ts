import type { PhrasingContent, RootContent } from 'mdast';
import { isWritablePhotoSource } from '../../../url-policy';
import { paragraph, text } from '../../mdast';
import type { Photo } from './node';

/** The image, with its caption and credit line in italics below it. */
export function photoToMarkdown({ src, alt, caption, credit }: Photo): RootContent[] {
  const printed = [caption, credit].filter(Boolean).join(' ');
  const children: PhrasingContent[] = [];
  if (src !== '' && isWritablePhotoSource(src)) children.push({ type: 'image', url: src, alt });
  if (printed !== '') {
    if (children.length > 0) children.push({ type: 'break' });
    children.push({ type: 'emphasis', children: [text(printed)] });
  }
  return children.length > 0 ? [paragraph(children)] : [];
}
