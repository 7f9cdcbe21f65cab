/**
 * A place in the body as BodyPlace counts it (a top-level block, and characters into the text
 * of that block's text nodes), read from the selection and put back as the selection. Inside
 * `editor.read` or `editor.update`.
 */
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { BodyPlace } from '../../shared/article/left-off';

function textNodesOf(block: ElementNode): TextNode[] {
  return block.getAllTextNodes();
}

/** Where the caret is (the selection's focus), or null outside the text of a block. */
export function $bodyPlaceOfSelection(): BodyPlace | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { focus } = selection;
  const node = focus.getNode();
  const block: LexicalNode | null = node.getTopLevelElement();
  if (!$isElementNode(block)) return null;
  const index = block.getIndexWithinParent();
  const texts = textNodesOf(block);
  let offset = 0;
  if ($isTextNode(node)) {
    for (const text of texts) {
      if (text.is(node)) return { block: index, offset: offset + focus.offset };
      offset += text.getTextContentSize();
    }
    return null;
  }
  // The caret between children of an element (an empty paragraph, after a line break): count
  // the text of the children before it.
  const before = $isElementNode(node) ? node.getChildren().slice(0, focus.offset) : [];
  for (const child of before) {
    offset += $isTextNode(child)
      ? child.getTextContentSize()
      : $isElementNode(child)
        ? textNodesOf(child).reduce((sum, t) => sum + t.getTextContentSize(), 0)
        : 0;
  }
  return { block: index, offset };
}

/**
 * Puts the caret at `place`, or at the end of the body when the place is 'end' or no longer
 * there (the block gone, or not text any more); an offset past the block's text means its end.
 */
export function $selectBodyPlace(place: BodyPlace | 'end'): void {
  const root = $getRoot();
  const block = place === 'end' ? null : root.getChildAtIndex(place.block);
  if (place === 'end' || !$isElementNode(block)) {
    root.selectEnd();
    return;
  }
  let remaining = place.offset;
  for (const text of textNodesOf(block)) {
    const size = text.getTextContentSize();
    if (remaining <= size) {
      text.select(remaining, remaining);
      return;
    }
    remaining -= size;
  }
  block.selectEnd();
}
