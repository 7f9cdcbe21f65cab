import { hasAttrs, isWrapper, type BlockToNode } from '../../markup/codec';
import { elementNode } from '../../markup/serialized';
import { paragraphContent } from '../paragraph/from-blocks';

export const quoteFromBlocks: BlockToNode = (block) => {
  const [only, ...rest] = block.innerBlocks;
  if (!only || rest.length > 0 || !hasAttrs(block, {})) return null;
  if (!isWrapper(block, '<blockquote class="wp-block-quote">', '</blockquote>')) return null;
  const children = paragraphContent(only);
  return children && elementNode('quote', children);
};
