import { LinkNode } from '@lexical/link';
import type { Klass, LexicalNode } from 'lexical';
import { adSlot } from './ad-slot/definition';
import type { BodyNodeDefinition } from './definition';
import { factBox } from './fact-box/definition';
import { heading } from './heading/definition';
import { interviewQuestion } from './interview-question/definition';
import { list } from './list/definition';
import { liveUpdate } from './live-update/definition';
import { paragraphBlock } from './paragraph/definition';
import { photo } from './photo/definition';
import { pullQuote } from './pull-quote/definition';
import { quote } from './quote/definition';
import { rawBlock } from './raw-block/definition';
import { readAlso } from './read-also/definition';
import { separator } from './separator/definition';
import { signature } from './signature/definition';

/**
 * Every block an article body may hold, each defined once in its folder (definition.ts; how it
 * is written as WordPress blocks and Markdown is beside it, in codec.ts, listed in codecs.ts).
 * The order is the editor's menus' order.
 */
export const bodyBlocks: readonly BodyNodeDefinition[] = [
  pullQuote,
  interviewQuestion,
  liveUpdate,
  readAlso,
  adSlot,
  factBox,
  signature,
  separator,
  photo,
  paragraphBlock,
  heading,
  quote,
  list,
  rawBlock,
];

/** Nodes inside a line of text; text, line breaks and tabs are Lexical's own. */
const inlineNodes: ReadonlyArray<Klass<LexicalNode>> = [LinkNode];

/** Every node class a body may hold; the editor and the core's headless parser share it. */
export const bodyNodes: ReadonlyArray<Klass<LexicalNode>> = [...bodyBlocks.flatMap((block) => block.classes), ...inlineNodes];

const byType = new Map(bodyBlocks.map((block) => [block.type, block]));

/** The definition of a block type, or undefined for an inline node (text, link) or a type no body holds. */
export function definitionOf(type: string): BodyNodeDefinition | undefined {
  return byType.get(type);
}
