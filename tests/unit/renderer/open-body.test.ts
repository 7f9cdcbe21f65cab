/**
 * The editor opens a body from the JSON the transport decoded ($openBody) into the same nodes
 * Lexical's parseEditorState makes of it as a string: a body with every block the menus insert,
 * headings, a list inside a list, formatted text and a link reads back as the same JSON.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $openBody } from '../../../renderer/editor/open-body';
import type { BodyDocument } from '../../../shared/document/body';
import { emptyBody } from '../../../shared/document/empty-body';
import { bodyBlocks, bodyNodes } from '../../../shared/document/nodes/registry';

const newEditor = () =>
  createHeadlessEditor({
    nodes: [...bodyNodes],
    onError: (error) => {
      throw error;
    },
  });

/** A body holding every block the menus insert, and the text blocks with formats and a link. */
function everyBlock(): BodyDocument {
  const editor = newEditor();
  editor.update(
    () => {
      const blocks: LexicalNode[] = [];
      for (const block of bodyBlocks) {
        const insert = block.menu?.insert;
        if (insert?.kind === 'block') blocks.push(insert.$create());
        if (insert?.kind === 'paragraph') blocks.push(insert.$create().append($createTextNode(`Ett block av typen ${block.type}.`)));
      }
      const paragraph = $createParagraphNode().append(
        $createTextNode('Kommunen '),
        $createTextNode('skjuter upp').toggleFormat('bold'),
        $createTextNode(' bygget, '),
        $createLinkNode('https://example.se/').append($createTextNode('enligt beslutet')),
        $createTextNode('.'),
      );
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('ett')),
        $createListItemNode().append($createListNode('number').append($createListItemNode().append($createTextNode('två')))),
      );
      $getRoot().append(
        $createHeadingNode('h2').append($createTextNode('Rubrik')),
        paragraph,
        $createHeadingNode('h3').append($createTextNode('Underrubrik')),
        $createQuoteNode().append($createTextNode('Ett citat.')),
        list,
        ...blocks,
      );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as BodyDocument;
}

function opened(body: BodyDocument): string {
  const editor = newEditor();
  editor.update(() => $openBody(body), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

function parsed(body: BodyDocument): string {
  return JSON.stringify(newEditor().parseEditorState(JSON.stringify(body)).toJSON());
}

describe('$openBody', () => {
  it('opens a body with every block as Lexical parses it', () => {
    const body = everyBlock();
    const inserted = bodyBlocks.filter((block) => block.menu?.insert.kind === 'block' || block.menu?.insert.kind === 'paragraph');
    expect(body.root.children).toHaveLength(5 + inserted.length);
    expect(opened(body)).toBe(parsed(body));
  });

  it('opens a body stored empty as one empty paragraph', () => {
    const stored: BodyDocument = { root: { ...emptyBody().root, children: [] } };
    expect(opened(stored)).toBe(parsed(emptyBody()));
  });
});
