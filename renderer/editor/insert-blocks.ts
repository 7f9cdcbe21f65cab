import { $setBlocksType } from '@lexical/selection';
import {
  $create,
  $getEditor,
  $createParagraphNode,
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
} from 'lexical';
import type { MessageKey } from '../../shared/i18n';
import { AdSlotNode } from '../../shared/document/nodes/ad-slot/node';
import { FactBoxNode } from '../../shared/document/nodes/fact-box/node';
import { InterviewQuestionNode } from '../../shared/document/nodes/interview-question/node';
import { LiveUpdateNode } from '../../shared/document/nodes/live-update/node';
import { PullQuoteNode } from '../../shared/document/nodes/pull-quote/node';
import { ReadAlsoNode } from '../../shared/document/nodes/read-also/node';
import { SeparatorNode } from '../../shared/document/nodes/separator/node';
import { SignatureNode } from '../../shared/document/nodes/signature/node';
import { OPEN_PHOTO_PICKER_COMMAND } from './photo-blocks';
import { access, type Shortcut } from './shortcuts';

export type InsertableBlock =
  | 'pullQuote' | 'question' | 'liveUpdate' | 'readAlso' | 'adSlot' | 'factBox' | 'signature' | 'separator' | 'photo';

export interface BlockChoice {
  block: InsertableBlock;
  label: MessageKey;
  /**
   * The access modifier with a letter (renderer/editor/shortcuts.ts). Not A or B: Chrome keeps
   * Shift+Alt+A and Shift+Alt+B for itself (inactive dialogs, the bookmarks bar).
   */
  shortcut: Shortcut;
}

export const blockChoices: readonly BlockChoice[] = [
  { block: 'pullQuote', label: 'insert.pullQuote', shortcut: access('KeyP') },
  { block: 'question', label: 'insert.question', shortcut: access('KeyQ') },
  { block: 'liveUpdate', label: 'insert.liveUpdate', shortcut: access('KeyU') },
  { block: 'readAlso', label: 'insert.readAlso', shortcut: access('KeyL') },
  { block: 'adSlot', label: 'insert.adSlot', shortcut: access('KeyN') },
  { block: 'factBox', label: 'insert.factBox', shortcut: access('KeyF') },
  { block: 'signature', label: 'insert.signature', shortcut: access('KeyS') },
  { block: 'separator', label: 'insert.separator', shortcut: access('KeyR') },
  // M for media, as WordPress's classic editor has it.
  { block: 'photo', label: 'insert.photo', shortcut: access('KeyM') },
];

// `$create` builds the class the editor registered for the type: the UI subclass.
function $createBlock(block: Exclude<InsertableBlock, 'question' | 'photo'>): LexicalNode {
  switch (block) {
    case 'pullQuote':
      return $create(PullQuoteNode);
    case 'liveUpdate':
      return $create(LiveUpdateNode).setTime(new Date().toISOString()).append($createParagraphNode());
    case 'readAlso':
      return $create(ReadAlsoNode);
    case 'adSlot':
      return $create(AdSlotNode);
    case 'factBox':
      return $create(FactBoxNode).setFactBox({ items: [''] });
    case 'signature':
      return $create(SignatureNode).setSigners([{ name: '', title: '' }]);
    case 'separator':
      return $create(SeparatorNode);
  }
}

/**
 * The block a new block goes by when the caret is inside a live update. On the update's empty
 * last line (where Enter leaves the caret after its text, and where a new update puts it) the
 * block follows the update instead of joining it, and that line goes unless it is the update's
 * only one; another update never goes inside one.
 */
function $outOfLiveUpdate(block: ElementNode | null, node: LexicalNode): ElementNode | null {
  const update = block?.getParent();
  if (!block || !(update instanceof LiveUpdateNode)) return block;
  const emptyLastLine = $isParagraphNode(block) && block.getTextContentSize() === 0 && block.getNextSibling() === null;
  if (!emptyLastLine && !(node instanceof LiveUpdateNode)) return block;
  if (emptyLastLine && update.getChildrenSize() > 1) block.remove();
  return update;
}

/** Puts a block where the caret is: in place of an empty paragraph, else after the caret's block. */
export function $placeBlock(node: LexicalNode): void {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const block = $outOfLiveUpdate(anchor === null || $isRootNode(anchor) ? null : anchor.getTopLevelElement(), node);
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

/**
 * Inserts a block; call inside an editor update. A photo is chosen first: the picker opens and
 * the chosen photo goes where the caret is now.
 */
export function $insertBlock(block: InsertableBlock): void {
  if (block === 'photo') {
    $getEditor().dispatchCommand(OPEN_PHOTO_PICKER_COMMAND, undefined);
    return;
  }
  if (block === 'question') {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      // A question is a paragraph of another kind: the caret's paragraph becomes one.
      $setBlocksType(selection, () => $create(InterviewQuestionNode));
      return;
    }
    $placeBlock($create(InterviewQuestionNode));
    return;
  }
  $placeBlock($createBlock(block));
}

export function insertBlock(editor: LexicalEditor, block: InsertableBlock): void {
  editor.update(() => $insertBlock(block));
}

/** The choices whose name contains what was typed after "/". */
export function matchingChoices(query: string, label: (choice: BlockChoice) => string): BlockChoice[] {
  const wanted = query.trim().toLocaleLowerCase('sv');
  return blockChoices.filter((choice) => label(choice).toLocaleLowerCase('sv').includes(wanted));
}
