import type { NodeToBlocks } from '../../markup/codec';
import { escapeText } from '../../markup/html';
import { propsFromJSON } from '../props';
import { pullQuoteProps } from './node';

export const pullQuoteToBlocks: NodeToBlocks = (node) => {
  const { text, attribution } = propsFromJSON(pullQuoteProps, node);
  const cite = attribution === '' ? '' : `<cite>${escapeText(attribution)}</cite>`;
  return {
    name: 'core/pullquote',
    before: `<figure class="wp-block-pullquote"><blockquote><p>${escapeText(text)}</p>${cite}</blockquote></figure>`,
  };
};
