/**
 * A block's stable identity across revisions. It is a Lexical NodeState, not a property of any
 * one node class, so every block type carries it the same way: serialized under the node's
 * `$` key (`{"type":"paragraph",…,"$":{"blockId":"…"}}`), and kept by an editor that does not
 * know it. Blocks without one (older articles, posts read from WordPress) are aligned by content.
 */
import { $getRoot, $getState, $setState, createState, RootNode, type LexicalEditor, type LexicalNode } from 'lexical';

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

/**
 * The top-level blocks that need a new id: those without one, and a later copy of an id an
 * older block holds (a paste of blocks copied with their state). Older means made earlier in
 * this editor (a smaller node key), so the block that was there keeps its id.
 */
function $blocksNeedingIds(): LexicalNode[] {
  const byAge = [...$getRoot().getChildren()].sort((a, b) => Number(a.getKey()) - Number(b.getKey()));
  const seen = new Set<string>();
  return byAge.filter((node) => {
    const id = $getBlockId(node);
    if (id === null || seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/**
 * Gives every top-level block a stable id: a block keeps its id while it is typed in, saved and
 * opened again; a block made by a split, an insert or a paste gets a new one. A transform of the
 * root, so the ids are set inside the edit's own update (one undo step, no second render). Lexical
 * re-runs it when it is registered, in an update tagged history-merge that the editor's change
 * listener does not count as an edit: opening an article saves nothing, and the ids given then
 * go out with the next edit.
 */
export function registerBlockIds(editor: LexicalEditor, newId: () => string): () => void {
  return editor.registerNodeTransform(RootNode, () => {
    for (const node of $blocksNeedingIds()) $setBlockId(node, newId());
  });
}
