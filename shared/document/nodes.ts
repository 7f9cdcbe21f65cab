import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';

/** Every node an article body may hold; the editor and the core's headless parser share it. */
export const bodyNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
];

/** Subheadings a body may use: the headline itself is the article's H1. */
export const bodyHeadingTags = ['h2', 'h3'] as const;
export type BodyHeadingTag = (typeof bodyHeadingTags)[number];
