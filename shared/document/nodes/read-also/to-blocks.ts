import type { BlockOut } from '../../markup/block';
import { escapeInlineAttribute, escapeText } from '../../markup/html';
import { readAlsoLabel, type ReadAlso } from './node';

export const readAlsoClass = 'spalt-read-also';
export const articleIdAttribute = 'data-spalt-article';

export function readAlsoToBlocks({ articleId, url, title }: ReadAlso): BlockOut {
  // Without an address the headline stands as plain text: an empty href is a dead link for every reader.
  const target =
    url.trim() === ''
      ? escapeText(title)
      : // The article id rides on the link, which WordPress keeps as written when it saves again.
        `<a href="${escapeInlineAttribute(url)}"${articleId === null ? '' : ` ${articleIdAttribute}="${escapeInlineAttribute(articleId)}"`}>${escapeText(title)}</a>`;
  return {
    name: 'core/paragraph',
    attrs: { className: readAlsoClass },
    before: `<p class="${readAlsoClass}">${readAlsoLabel} ${target}</p>`,
  };
}
