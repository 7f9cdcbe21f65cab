import {
  $exportNodeJSON,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  HISTORIC_TAG,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { BodyDocument } from '../../shared/document/body';

type Json = Record<string, unknown> & { children?: Json[] };

interface Block {
  json: Json;
  /** Written on the first save that needs it. */
  text?: string;
}

export interface BodyJson {
  /** The body as a document, as editorState.toJSON() gives it; blocks unchanged since the last read are the same objects. */
  read(): BodyDocument;
  /** The same document as JSON text; only blocks changed since the last call are written again. */
  text(): string;
  dispose(): void;
}

/** A node and everything under it, as editorState.toJSON() writes them. */
function $nodeJson(node: LexicalNode): Json {
  const json = $exportNodeJSON(node) as Json;
  if ($isElementNode(node)) {
    const children = json.children as Json[];
    for (const child of node.getChildren()) children.push($nodeJson(child));
  }
  const slots = $getSlotNames(node);
  if (slots.length > 0) {
    const written: Record<string, Json> = {};
    for (const name of slots) {
      const slot = $getSlot(node, name);
      if (slot) written[name] = $nodeJson(slot);
    }
    json.$slots = written;
  }
  return json;
}

/**
 * The editor's body as JSON, kept a top-level block at a time. Serialising a 20,000-word body
 * whole takes tens of milliseconds on the main thread, and the save and the checklist each need
 * it after every pause in typing; a keystroke changes one block. Each update's dirty nodes name
 * the blocks it touched (Lexical marks every ancestor of a changed node dirty), and only those
 * are exported again.
 */
export function createBodyJson(editor: LexicalEditor): BodyJson {
  let blocks = new Map<NodeKey, Block>();
  let held: { state: unknown; body: BodyDocument; blocks: Block[] } | null = null;

  const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    // A state put in whole (undo, redo, a version loaded) marks only the root.
    const whole = tags.has(HISTORIC_TAG) || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
    if (whole) {
      blocks = new Map();
      return;
    }
    for (const key of dirtyElements.keys()) blocks.delete(key);
    for (const key of dirtyLeaves) blocks.delete(key);
  });

  function current(): { body: BodyDocument; blocks: Block[] } {
    const state = editor.getEditorState();
    if (held?.state === state) return held;
    const next = new Map<NodeKey, Block>();
    const body = state.read(() => {
      const root = $getRoot();
      const own = $exportNodeJSON(root) as Json;
      const children: Json[] = [];
      const list: Block[] = [];
      for (const child of root.getChildren()) {
        const key = child.getKey();
        const block = blocks.get(key) ?? { json: $nodeJson(child) };
        next.set(key, block);
        list.push(block);
        children.push(block.json);
      }
      return { body: { root: { ...own, children } } as unknown as BodyDocument, list };
    });
    blocks = next;
    held = { state, body: body.body, blocks: body.list };
    return held;
  }

  return {
    read: () => current().body,
    text: () => {
      const { body, blocks: list } = current();
      const { children: _children, ...own } = body.root as unknown as Json;
      const rest = JSON.stringify(own);
      const written = list.map((block) => (block.text ??= JSON.stringify(block.json))).join(',');
      return `{"root":{"children":[${written}]${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}}`;
    },
    dispose: stop,
  };
}
