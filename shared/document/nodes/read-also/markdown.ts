import type { PhrasingContent, RootContent } from 'mdast';
import { isAllowedLinkUrl } from '../../../url-policy';
import { paragraph, text } from '../../mdast';
import { readAlsoLabel, type ReadAlso } from './node';

/** "**Läs även:** " and the headline, linked when the article has an address. */
export function readAlsoToMarkdown({ url, title }: ReadAlso): RootContent[] {
  const target: PhrasingContent = isAllowedLinkUrl(url) ? { type: 'link', url, children: [text(title)] } : text(title);
  return [paragraph([{ type: 'strong', children: [text(readAlsoLabel)] }, text(' '), target])];
}
