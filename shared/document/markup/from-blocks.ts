import { emptyBody, type BodyDocument } from '../body';
import { adSlotFromBlocks } from '../nodes/ad-slot/from-blocks';
import { factBoxFromBlocks } from '../nodes/fact-box/from-blocks';
import { headingFromBlocks } from '../nodes/heading/from-blocks';
import { interviewQuestionFromBlocks } from '../nodes/interview-question/from-blocks';
import { listFromBlocks } from '../nodes/list/from-blocks';
import { liveUpdateFromBlocks } from '../nodes/live-update/from-blocks';
import { paragraphFromBlocks } from '../nodes/paragraph/from-blocks';
import { photoFromBlocks } from '../nodes/photo/from-blocks';
import { pullQuoteFromBlocks } from '../nodes/pull-quote/from-blocks';
import { quoteFromBlocks } from '../nodes/quote/from-blocks';
import { rawBlockNode } from '../nodes/raw-block/from-blocks';
import { readAlsoFromBlocks } from '../nodes/read-also/from-blocks';
import { separatorFromBlocks } from '../nodes/separator/from-blocks';
import { signatureFromBlocks } from '../nodes/signature/from-blocks';
import type { BlockToNode, FromBlocksContext } from './codec';
import { parseBlockMarkup, type ParsedBlock } from './grammar';
import type { SerializedBodyNode } from './serialized';

/** Readers by block name, the most particular first: a marked paragraph before a plain one. */
const readers: Readonly<Record<string, readonly BlockToNode[]>> = {
  'core/paragraph': [interviewQuestionFromBlocks, readAlsoFromBlocks, paragraphFromBlocks],
  'core/heading': [headingFromBlocks],
  'core/quote': [quoteFromBlocks],
  'core/list': [listFromBlocks],
  'core/image': [photoFromBlocks],
  'core/pullquote': [pullQuoteFromBlocks],
  'core/group': [liveUpdateFromBlocks, factBoxFromBlocks, signatureFromBlocks],
  'core/html': [adSlotFromBlocks],
  'core/separator': [separatorFromBlocks],
};

function blockToNode(block: ParsedBlock): SerializedBodyNode {
  if (block.attrsValid) {
    for (const read of readers[block.name] ?? []) {
      const node = read(block, context);
      if (node) return node;
    }
  }
  return rawBlockNode(block.source);
}

const context: FromBlocksContext = { blocksToNodes: (blocks) => blocks.map(blockToNode) };

/**
 * Reads WordPress block markup into a body. Whatever Spalt cannot edit (an unknown block, a
 * block with attributes or HTML its node cannot hold, broken markup) becomes a raw block
 * holding the exact source text, so nothing is lost.
 */
export function blocksToDocument(markup: string): BodyDocument {
  const children = parseBlockMarkup(markup).map((item) => (item.kind === 'freeform' ? rawBlockNode(item.source) : blockToNode(item)));
  if (children.length === 0) return emptyBody();
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}
