import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $isListNode, ListNode } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor } from 'lexical';
import type { BodyHeadingTag } from '../../shared/document/nodes/heading/definition';

export type BlockType = 'paragraph' | BodyHeadingTag | 'quote' | 'bullet' | 'number';

/** Turns the selected blocks into paragraphs, subheadings or a quote. */
export function setBlockType(editor: LexicalEditor, type: 'paragraph' | BodyHeadingTag | 'quote'): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    $setBlocksType(selection, (): ElementNode => {
      if (type === 'paragraph') return $createParagraphNode();
      if (type === 'quote') return $createQuoteNode();
      return $createHeadingNode(type);
    });
  });
}

/** The type of the block holding the selection's anchor; read inside an editor read. */
export function $selectedBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h2' || tag === 'h3' ? tag : 'paragraph';
  }
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}
