import type { BlockOut } from '../../markup/block';
import { escapeText } from '../../markup/html';
import type { PullQuote } from './node';

export function pullQuoteToBlocks({ text, attribution }: PullQuote): BlockOut {
  const cite = attribution === '' ? '' : `<cite>${escapeText(attribution)}</cite>`;
  return {
    name: 'core/pullquote',
    before: `<figure class="wp-block-pullquote"><blockquote><p>${escapeText(text)}</p>${cite}</blockquote></figure>`,
  };
}
