import type { BodyDocument } from '../body';
import { emptyBody } from '../empty-body';
import { rawBlockNode } from '../nodes/raw-block/from-blocks';
import { readersOf } from '../nodes/codecs';
import type { FromBlocksContext } from './codec';
import { parseBlockMarkup, type ParsedBlock } from './grammar';
import type { SerializedBodyNode } from './serialized';

function blockToNode(block: ParsedBlock): SerializedBodyNode {
  if (block.attrsValid) {
    for (const read of readersOf(block.name)) {
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
