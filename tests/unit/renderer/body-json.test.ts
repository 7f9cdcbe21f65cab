/**
 * The body kept as JSON a block at a time, in a real (headless) Lexical editor with every body
 * node: after each kind of edit, what it gives is what editorState.toJSON() gives, and only the
 * blocks an edit touched are exported again.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isParagraphNode, type LexicalEditor, type ParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createBodyJson } from '../../../renderer/editor/body-json';
import type { BodyDocument } from '../../../shared/document/body';
import { bodyNodes } from '../../../shared/document/nodes/registry';
import { seedArticles } from '../../fixtures/seeds';

function editorWith(document: BodyDocument): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...bodyNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
  return editor;
}

function expectSame(editor: LexicalEditor, body: ReturnType<typeof createBodyJson>): void {
  const whole = editor.getEditorState().toJSON();
  expect(body.read()).toEqual(whole);
  expect(JSON.parse(body.text())).toEqual(whole);
}

const seeds = Object.values(seedArticles);

/** The first paragraph of the body (a seed may open with a photo or a heading). */
function firstParagraph(): ParagraphNode {
  const paragraph = $getRoot().getChildren().find($isParagraphNode);
  if (!paragraph) throw new Error('no paragraph in the body');
  return paragraph;
}

describe('the body as JSON, a block at a time', () => {
  it.each(seeds.map((seed) => [seed.headline, seed] as const))(
    'gives what toJSON gives for "%s" through typing, a new block, a removal and undo',
    (_name, seed) => {
      const editor = editorWith(seed.body);
      const body = createBodyJson(editor);
      expectSame(editor, body);
      const before = editor.getEditorState();

      editor.update(() => firstParagraph().append($createTextNode(' och mer text')), { discrete: true });
      expect(JSON.stringify(body.read())).toContain('och mer text');
      expectSame(editor, body);

      editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Ett nytt stycke.'))), { discrete: true });
      expectSame(editor, body);

      editor.update(() => $getRoot().getChildAtIndex(1)?.remove(), { discrete: true });
      expectSame(editor, body);

      // Undo puts an earlier state back whole, with the same node keys holding other content.
      editor.setEditorState(before, { tag: 'historic' });
      expect(JSON.stringify(body.read())).not.toContain('och mer text');
      expectSame(editor, body);
      editor.setEditorState(before);
      expectSame(editor, body);
      body.dispose();
    },
  );

  it('exports again only the block an edit touched', () => {
    const editor = editorWith(seeds[0]!.body);
    const body = createBodyJson(editor);
    const first = body.read();
    editor.update(() => firstParagraph().append($createTextNode(' Slut.')), { discrete: true });
    const second = body.read();
    const blocks = (doc: BodyDocument) => (doc.root as unknown as { children: unknown[] }).children;
    const kept = blocks(second).filter((block, i) => block === blocks(first)[i]).length;
    expect(kept).toBe(blocks(first).length - 1);
    expect(JSON.stringify(second)).toContain('Slut.');
    expectSame(editor, body);
  });
});
