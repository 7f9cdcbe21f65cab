import { HeadingNode } from '@lexical/rich-text';
import { childrenOf } from '../../markup/serialized';
import { defineBlock } from '../definition';
import { headingFromBlocks } from './from-blocks';
import { headingToBlocks } from './to-blocks';

/** Subheadings a body may use: the headline itself is the article's H1. */
export const bodyHeadingTags = ['h2', 'h3'] as const;
export type BodyHeadingTag = (typeof bodyHeadingTags)[number];

export const heading = defineBlock({
  node: HeadingNode,
  toBlocks: headingToBlocks,
  fromBlocks: { blocks: ['core/heading'], read: headingFromBlocks },
  toMarkdown: (node, { phrasing }) => [{ type: 'heading', depth: node.tag === 'h3' ? 3 : 2, children: phrasing(childrenOf(node)) }],
});
