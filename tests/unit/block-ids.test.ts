/**
 * Stable block ids in a real (headless) Lexical editor with every body node: given on opening
 * in no edit of its own (nothing is saved for it), kept through typing, saving and opening again;
 * new and unique for a block split off, and for a pasted copy of a block.
 */
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '../../shared/document/body';
import { bodyNodes } from '../../shared/document/nodes/registry';
import { $getBlockId, blockIdOf, registerBlockIds } from '../../shared/revisions/block-id';
import { body, p } from '../fixtures/seeds/build';

let counter = 0;
const newId = () => `id-${(counter += 1)}`;

function editorWith(document: BodyDocument): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...bodyNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerBlockIds(editor, newId);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
  return editor;
}

/** Lets the listener's own update run and commit. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ids = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => $getBlockId(node)),
  );
const texts = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent()),
  );

async function edit(editor: LexicalEditor, change: () => void): Promise<void> {
  editor.update(change, { discrete: true });
  await settle();
}

function typeAtEnd(index: number, text: string) {
  const block = $getRoot().getChildAtIndex(index);
  if (!$isElementNode(block)) throw new Error('not an element');
  const last = block.getLastDescendant();
  if ($isTextNode(last)) last.setTextContent(last.getTextContent() + text);
  else block.append($createTextNode(text));
}

describe('block ids in the editor', () => {
  it('gives each block an id on opening in no edit of its own, and keeps it while typing', async () => {
    const editor = createHeadlessEditor({
      namespace: 'test',
      nodes: [...bodyNodes],
      onError: (error) => {
        throw error;
      },
    });
    // What the editor's change listener counts as an edit (ChangePlugin): a change not loaded, not merged into history.
    const edits: number[] = [];
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if (dirtyElements.size + dirtyLeaves.size > 0 && !prevEditorState.isEmpty() && !tags.has('history-merge')) edits.push(1);
    });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body(p('Första stycket.'), p('Andra stycket.')))));
    registerBlockIds(editor, newId);
    await settle();
    const given = ids(editor);
    expect(edits).toEqual([]);

    await edit(editor, () => typeAtEnd(0, ' Mer text.'));
    expect(edits).toEqual([1]);
    expect(given.every((id) => id !== null)).toBe(true);
    expect(new Set(given).size).toBe(2);

    await edit(editor, () => typeAtEnd(1, ' Och mer.'));
    expect(ids(editor)).toEqual(given);
    expect(texts(editor)).toEqual(['Första stycket. Mer text.', 'Andra stycket. Och mer.']);
  });

  it('keeps the ids through a save and opening again', async () => {
    const editor = editorWith(body(p('Ett.'), p('Två.'), p('Tre.')));
    await edit(editor, () => typeAtEnd(2, ' Fyra.'));
    const saved = editor.getEditorState().toJSON() as unknown as BodyDocument;
    expect(saved.root.children.map((block) => blockIdOf(block))).toEqual(ids(editor));

    const reopened = editorWith(JSON.parse(JSON.stringify(saved)) as BodyDocument);
    await settle();
    expect(ids(reopened)).toEqual(ids(editor));
    await edit(reopened, () => typeAtEnd(0, ' Noll.'));
    expect(ids(reopened)).toEqual(ids(editor));
  });

  it('gives a block split off by Enter a new id, the first part keeping its own', async () => {
    const editor = editorWith(body(p('Före delningen efter delningen.')));
    await edit(editor, () => typeAtEnd(0, ' '));
    const [original] = ids(editor);
    await edit(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if (!$isTextNode(text)) throw new Error('no text');
      text.select(15, 15).insertParagraph();
    });
    expect(texts(editor)).toEqual(['Före delningen ', 'efter delningen. ']);
    const [first, second] = ids(editor);
    expect(first).toBe(original);
    expect(second).not.toBeNull();
    expect(second).not.toBe(original);
  });

  it('gives a pasted copy of a block a new id, never two blocks the same', async () => {
    const editor = editorWith(body(p('Citerat stycke.'), p('Sista.')));
    await edit(editor, () => typeAtEnd(1, ' Ja.'));
    const [copied, last] = ids(editor);
    // As the clipboard carries it: the block with its children and its state.
    const json = editor.getEditorState().toJSON().root.children[0] as SerializedLexicalNode;
    expect(blockIdOf(json as unknown as Record<string, unknown>)).toBe(copied);
    await edit(editor, () => {
      $getRoot().append($parseSerializedNode(json));
    });
    const after = ids(editor);
    expect(texts(editor)).toEqual(['Citerat stycke.', 'Sista. Ja.', 'Citerat stycke.']);
    expect(after.slice(0, 2)).toEqual([copied, last]);
    expect(after[2]).not.toBeNull();
    expect(new Set(after).size).toBe(3);
  });
});
