import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $isElementNode,
  $isParagraphNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

/** The in-place fields of the block holding `field`, in the order the page shows them. */
function fieldsOfBlock(field: HTMLTextAreaElement): HTMLTextAreaElement[] {
  return Array.from(field.closest('.spalt-block')?.querySelectorAll<HTMLTextAreaElement>('textarea.in-place') ?? []);
}

function putCaret(field: HTMLTextAreaElement, offset: number): void {
  field.focus();
  field.setSelectionRange(offset, offset);
}

/** Gives the body the caret back, where `place` puts it inside an update; false leaves everything as it was. */
function caretToBody(editor: LexicalEditor, from: HTMLElement, place: (block: LexicalNode) => boolean): boolean {
  const possible = editor.read(() => {
    const block = $getNearestNodeFromDOMNode(from);
    return block !== null;
  });
  if (!possible) return false;
  // Lexical leaves the page's caret alone while a block's own field holds the focus.
  editor.getRootElement()?.focus({ preventScroll: true });
  let placed = false;
  editor.update(
    () => {
      const block = $getNearestNodeFromDOMNode(from);
      placed = block !== null && place(block);
    },
    { discrete: true },
  );
  return placed;
}

/** Puts the caret in the body right after the block holding `from`, in an empty paragraph there or a new one. */
export function leaveBlock(editor: LexicalEditor, from: HTMLElement): void {
  caretToBody(editor, from, (block) => {
    const next = block.getNextSibling();
    const paragraph = $isParagraphNode(next) && next.getTextContentSize() === 0 ? next : $createParagraphNode();
    if (paragraph !== next) block.insertAfter(paragraph);
    paragraph.selectStart();
    return true;
  });
}

/** Enter's default: the block's next in-place field, or out of the block after its last. */
export function goOn(editor: LexicalEditor, field: HTMLTextAreaElement): void {
  const fields = fieldsOfBlock(field);
  const next = fields[fields.indexOf(field) + 1];
  if (next) putCaret(next, next.value.length);
  else leaveBlock(editor, field);
}

/**
 * An arrow key at the very end (down) or start (up) of a field, where the field itself has
 * nowhere to go: the block's next or previous field, else the text below or above the block.
 * False when there is no text there to go to (another block, the body's start).
 */
export function arrowAcross(editor: LexicalEditor, field: HTMLTextAreaElement, down: boolean): boolean {
  const atEdge = field.selectionStart === field.selectionEnd && field.selectionStart === (down ? field.value.length : 0);
  if (!atEdge) return false;
  const fields = fieldsOfBlock(field);
  const neighbour = fields[fields.indexOf(field) + (down ? 1 : -1)];
  if (neighbour) {
    putCaret(neighbour, down ? 0 : neighbour.value.length);
    return true;
  }
  const besides = editor.read(() => {
    const block = $getNearestNodeFromDOMNode(field);
    const sibling = down ? block?.getNextSibling() : block?.getPreviousSibling();
    return $isElementNode(sibling) || (down && block !== null && sibling === null);
  });
  if (!besides) return false;
  return caretToBody(editor, field, (block) => {
    const sibling = down ? block.getNextSibling() : block.getPreviousSibling();
    if ($isElementNode(sibling)) {
      if (down) sibling.selectStart();
      else sibling.selectEnd();
    } else {
      // The last block of the body: a paragraph to go on writing in, as Enter would make.
      const paragraph = $createParagraphNode();
      block.insertAfter(paragraph);
      paragraph.selectStart();
    }
    return true;
  });
}
