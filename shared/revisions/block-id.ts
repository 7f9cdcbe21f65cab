/**
 * A block's stable identity across revisions. It is a Lexical NodeState, not a property of any
 * one node class, so every block type carries it the same way: serialized under the node's
 * `$` key (`{"type":"paragraph",…,"$":{"blockId":"…"}}`), and kept by an editor that does not
 * know it. Blocks without one (older articles, posts read from WordPress) are aligned by content.
 */
import { $getState, $setState, createState, type LexicalNode } from 'lexical';

const parseBlockId = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export const blockIdState = createState('blockId', { parse: parseBlockId });

export function $getBlockId(node: LexicalNode): string | null {
  return $getState(node, blockIdState);
}

export function $setBlockId<T extends LexicalNode>(node: T, id: string): T {
  return $setState(node, blockIdState, id);
}

/** A block's id as serialized JSON carries it, or null. */
export function blockIdOf(block: Readonly<Record<string, unknown>>): string | null {
  const state = block.$;
  if (typeof state !== 'object' || state === null) return null;
  return parseBlockId((state as Record<string, unknown>).blockId);
}

/** The block with its id set (or removed, for null), as a new object. */
export function withBlockId<T extends Readonly<Record<string, unknown>>>(block: T, id: string | null): T {
  const state = typeof block.$ === 'object' && block.$ !== null ? { ...(block.$ as Record<string, unknown>) } : {};
  if (id === null) delete state.blockId;
  else state.blockId = id;
  const next: Record<string, unknown> = { ...block };
  if (Object.keys(state).length === 0) delete next.$;
  else next.$ = state;
  return next as T;
}
