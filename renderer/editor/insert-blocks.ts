import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getEditor,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { MenuEntry } from '../../shared/document/nodes/definition';
import { bodyBlocks } from '../../shared/document/nodes/registry';

/** A block the menus and shortcuts offer: its type, and its entry as its definition declares it. */
export interface BlockChoice extends MenuEntry {
  type: string;
}

/** Every block with a menu entry, in the registry's order. */
export const blockChoices: readonly BlockChoice[] = bodyBlocks.flatMap(({ type, menu }) => (menu ? [{ type, ...menu }] : []));

/**
 * The block a new block goes by when the caret is inside a block that holds blocks (a live
 * update). On its empty last line (where Enter leaves the caret after its text, and where a
 * new one puts it) the block follows the holder instead of joining it, and that line goes
 * unless it is the holder's only one; a block of the holder's own type never goes inside it.
 */
function $outOfHolder(block: ElementNode | null, node: LexicalNode): ElementNode | null {
  const holder = block?.getParent();
  if (!block || !$isElementNode(holder) || $isRootNode(holder) || !holder.isShadowRoot()) return block;
  const emptyLastLine = $isParagraphNode(block) && block.getTextContentSize() === 0 && block.getNextSibling() === null;
  if (!emptyLastLine && node.getType() !== holder.getType()) return block;
  if (emptyLastLine && holder.getChildrenSize() > 1) block.remove();
  return holder;
}

/** Puts a block where the caret is: in place of an empty paragraph, else after the caret's block. */
export function $placeBlock(node: LexicalNode): void {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const block = $outOfHolder(anchor === null || $isRootNode(anchor) ? null : anchor.getTopLevelElement(), node);
  if (block !== null && $isParagraphNode(block) && block.getTextContentSize() === 0) block.replace(node);
  else if (block !== null) block.insertAfter(node);
  else {
    // No caret in the text (focus was in a block's field): the block goes at the end.
    const last = $getRoot().getLastChild();
    if ($isParagraphNode(last) && last.getTextContentSize() === 0) last.replace(node);
    else $getRoot().append(node);
  }

  if ($isDecoratorNode(node)) {
    // The journalist keeps writing below the block, so there must be a paragraph there.
    const next = node.getNextSibling();
    const paragraph = next !== null && $isElementNode(next) ? next : $createParagraphNode();
    if (next !== paragraph) node.insertAfter(paragraph);
    paragraph.selectStart();
  } else if ($isElementNode(node)) {
    const first = node.getFirstChild();
    ($isElementNode(first) ? first : node).selectStart();
  }
}

/** Inserts a block as its definition says; call inside an editor update. Returns a placed block of its own. */
export function $insertBlock({ insert }: BlockChoice): NodeKey | null {
  switch (insert.kind) {
    case 'command':
      $getEditor().dispatchCommand(insert.command, undefined);
      return null;
    case 'paragraph': {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, insert.$create);
      else $placeBlock(insert.$create());
      return null;
    }
    case 'block': {
      const node = insert.$create();
      $placeBlock(node);
      return $isDecoratorNode(node) ? node.getKey() : null;
    }
  }
}

/** The frames a new block's UI may take to appear before it is given up on. */
const blockUiFrames = 30;

/**
 * A block with fields takes focus in its first one; a block without (a separator) leaves the
 * caret in the text below it, where $placeBlock put it. Its UI is drawn by React a moment after
 * the update, so the block is looked at once it has content.
 */
export function focusPlacedBlock(editor: LexicalEditor, key: NodeKey | null, frame = 0): void {
  const host = key === null ? null : editor.getElementByKey(key);
  if (host === null || (host.childElementCount === 0 && frame < blockUiFrames)) {
    if (host !== null) requestAnimationFrame(() => focusPlacedBlock(editor, key, frame + 1));
    else editor.focus();
    return;
  }
  const field = host.querySelector<HTMLElement>('input:not(:disabled), textarea:not(:disabled), select:not(:disabled)');
  if (field) field.focus();
  else editor.focus();
}

export function insertBlock(editor: LexicalEditor, choice: BlockChoice): void {
  let placed: NodeKey | null = null;
  editor.update(
    () => {
      placed = $insertBlock(choice);
    },
    { onUpdate: () => choice.insert.kind !== 'command' && focusPlacedBlock(editor, placed) },
  );
}

/** The choices whose name contains what was typed after "/". */
export function matchingChoices(query: string, label: (choice: BlockChoice) => string): BlockChoice[] {
  const wanted = query.trim().toLocaleLowerCase('sv');
  return blockChoices.filter((choice) => label(choice).toLocaleLowerCase('sv').includes(wanted));
}
