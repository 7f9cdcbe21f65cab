import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $bodyPlaceOfSelection, $selectBodyPlace } from '../../../renderer/editor/body-place';
import type { BodyPlace } from '../../../shared/article/left-off';

/** A body of: a heading, a paragraph in three formatted pieces, an empty paragraph, a list of two items. */
function editorWithBody(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const heading = $createHeadingNode('h2').append($createTextNode('Rubrik'));
      const paragraph = $createParagraphNode().append(
        $createTextNode('Kommunen '),
        $createTextNode('skjuter upp').toggleFormat('bold'),
        $createTextNode(' bygget.'),
      );
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('ett')),
        $createListItemNode().append($createTextNode('två')),
      );
      $getRoot().append(heading, paragraph, $createParagraphNode(), list);
    },
    { discrete: true },
  );
  return editor;
}

/** Selects `place`, then reads the place of the selection and the text just before the caret. */
function roundTrip(editor: LexicalEditor, place: BodyPlace | 'end'): { place: BodyPlace | null; before: string } {
  editor.update(() => $selectBodyPlace(place), { discrete: true });
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no range selection');
    const node = selection.focus.getNode();
    return { place: $bodyPlaceOfSelection(), before: node.getTextContent().slice(0, selection.focus.offset) };
  });
}

describe('a place in the body', () => {
  it('is found again where it was: inside formatted text, at the end of a block, in a list', () => {
    const editor = editorWithBody();
    // "Kommunen skjuter" ends 16 characters into the paragraph, inside its bold piece.
    expect(roundTrip(editor, { block: 1, offset: 16 })).toEqual({ place: { block: 1, offset: 16 }, before: 'skjuter' });
    expect(roundTrip(editor, { block: 1, offset: 28 })).toEqual({ place: { block: 1, offset: 28 }, before: ' bygget.' });
    expect(roundTrip(editor, { block: 3, offset: 5 })).toEqual({ place: { block: 3, offset: 5 }, before: 'tv' });
    expect(roundTrip(editor, { block: 2, offset: 0 }).place).toEqual({ block: 2, offset: 0 });
  });

  it('falls back to the end of the block, or of the body, when the text is no longer there', () => {
    const editor = editorWithBody();
    expect(roundTrip(editor, { block: 0, offset: 400 })).toEqual({ place: { block: 0, offset: 6 }, before: 'Rubrik' });
    expect(roundTrip(editor, { block: 40, offset: 0 })).toEqual({ place: { block: 3, offset: 6 }, before: 'två' });
    expect(roundTrip(editor, 'end')).toEqual({ place: { block: 3, offset: 6 }, before: 'två' });
  });
});
