import { HeadingNode } from '@lexical/rich-text';
import { defineBlock } from '../definition';

/** Subheadings a body may use: the headline itself is the article's H1. */
export const bodyHeadingTags = ['h2', 'h3'] as const;
export type BodyHeadingTag = (typeof bodyHeadingTags)[number];

export const heading = defineBlock({
  node: HeadingNode,
});
