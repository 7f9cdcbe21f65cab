import type { MarkupOut } from './block';
import type { ParsedBlock } from './grammar';
import type { SerializedBodyNode } from './serialized';

export interface ToBlocksContext {
  nodesToBlocks(nodes: readonly SerializedBodyNode[]): MarkupOut[];
}

/** Writes one body node as block markup, or as nothing at all. */
export type NodeToBlocks = (node: SerializedBodyNode, context: ToBlocksContext) => MarkupOut | null;

export interface FromBlocksContext {
  /** Converts inner blocks; each one it cannot read becomes a raw block. */
  blocksToNodes(blocks: readonly ParsedBlock[]): SerializedBodyNode[];
}

/** Reads one block as a body node, or null when the block holds anything the node cannot keep. */
export type BlockToNode = (block: ParsedBlock, context: FromBlocksContext) => SerializedBodyNode | null;

/** True when the block's comment carries exactly these attributes. */
export function hasAttrs(block: ParsedBlock, expected: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(block.attrs);
  return (
    keys.length === Object.keys(expected).length && keys.every((key) => JSON.stringify(block.attrs[key]) === JSON.stringify(expected[key]))
  );
}

/** The one HTML string of a block that has no inner blocks. */
export function leafHtml(block: ParsedBlock): string | null {
  const [only, ...rest] = block.innerContent;
  if (block.innerBlocks.length > 0 || rest.length > 0) return null;
  return typeof only === 'string' ? only : '';
}

/** True when the block's HTML is exactly `open`, its inner blocks (whitespace between them), `close`. */
export function isWrapper(block: ParsedBlock, open: string, close: string): boolean {
  const pieces = block.innerContent;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (block.innerBlocks.length === 0) return pieces.length <= 1 && (first ?? '').trim() === `${open}${close}`;
  if (typeof first !== 'string' || typeof last !== 'string' || pieces.length < 3) return false;
  const middle = pieces.slice(1, -1).filter((piece): piece is string => piece !== null);
  return first.trim() === open && last.trim() === close && middle.every((piece) => piece.trim() === '');
}
