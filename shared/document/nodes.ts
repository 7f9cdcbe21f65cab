import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { AdSlotNode } from './nodes/ad-slot/node';
import { FactBoxNode } from './nodes/fact-box/node';
import { InterviewQuestionNode } from './nodes/interview-question/node';
import { LiveUpdateNode } from './nodes/live-update/node';
import { PhotoNode } from './nodes/photo/node';
import { PullQuoteNode } from './nodes/pull-quote/node';
import { RawBlockNode } from './nodes/raw-block/node';
import { ReadAlsoNode } from './nodes/read-also/node';
import { SeparatorNode } from './nodes/separator/node';
import { SignatureNode } from './nodes/signature/node';

/** Every node an article body may hold; the editor and the core's headless parser share it. */
export const bodyNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  PhotoNode,
  PullQuoteNode,
  InterviewQuestionNode,
  LiveUpdateNode,
  ReadAlsoNode,
  AdSlotNode,
  FactBoxNode,
  SignatureNode,
  SeparatorNode,
  RawBlockNode,
];

/** Subheadings a body may use: the headline itself is the article's H1. */
export const bodyHeadingTags = ['h2', 'h3'] as const;
export type BodyHeadingTag = (typeof bodyHeadingTags)[number];
