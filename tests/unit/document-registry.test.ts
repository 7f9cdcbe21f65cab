import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../shared/document/markup/serialized';
import { bodyCodecs, codecOf, readersOf } from '../../shared/document/nodes/codecs';
import { bodyBlocks, bodyNodes, definitionOf } from '../../shared/document/nodes/registry';
import { nodeText } from '../../shared/document/nodes/walk';
import { everyBlockBody } from '../fixtures/body-conversions/every-block';

describe('the node registry', () => {
  it('defines each block type once, by a class of that type the editor and the core register', () => {
    const types = bodyBlocks.map((block) => block.type);
    expect(new Set(types).size).toBe(types.length);
    for (const block of bodyBlocks) {
      expect(block.classes[0]?.getType()).toBe(block.type);
      for (const klass of block.classes) expect(bodyNodes).toContain(klass);
      expect(definitionOf(block.type)).toBe(block);
    }
    expect(definitionOf('text')).toBeUndefined();
  });

  it('gives every block of the body with every block a definition', () => {
    const missing = everyBlockBody.root.children.filter((node) => definitionOf(node.type) === undefined);
    expect(missing).toEqual([]);
  });

  it('gives every block its conversions, in the same order, and only them', () => {
    expect(bodyCodecs.map((codec) => codec.type)).toEqual(bodyBlocks.map((block) => block.type));
    for (const block of bodyBlocks) expect(codecOf(block.type)?.type).toBe(block.type);
    expect(codecOf('text')).toBeUndefined();
  });

  it('tries the more particular reader of a WordPress block first', () => {
    const readerTypes = (name: string) => readersOf(name).map((read) => bodyCodecs.find((codec) => codec.fromBlocks?.read === read)?.type);
    expect(readerTypes('core/paragraph')).toEqual(['interview-question', 'read-also', 'paragraph']);
    expect(readerTypes('core/group')).toEqual(['live-update', 'fact-box', 'signature']);
    expect(readersOf('core/gallery')).toEqual([]);
  });

  it('gives one key and one letter to each block of the menus, never A or B (Chrome keeps those)', () => {
    const menus = bodyBlocks.flatMap((block) => (block.menu ? [block.menu] : []));
    expect(menus.length).toBe(9);
    const codes = menus.map((menu) => menu.shortcut.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => code === 'KeyA' || code === 'KeyB')).toEqual([]);
    expect(new Set(menus.map((menu) => menu.label)).size).toBe(menus.length);
  });

  it("reads a block decorator's text the same from its stored JSON (checklist) as the editor's node does (search, counts)", () => {
    const editor = createHeadlessEditor({
      namespace: 'registry',
      nodes: [...bodyNodes],
      onError: (error) => {
        throw error;
      },
    });
    const blocks = everyBlockBody.root.children as SerializedBodyNode[];
    const fromNodes = editor.parseEditorState(JSON.stringify(everyBlockBody)).read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getTextContent()),
    );
    const decorators = blocks.flatMap((block, index) => (Array.isArray(block.children) ? [] : [index]));
    expect(decorators.length).toBeGreaterThan(10);
    for (const index of decorators) {
      const text = nodeText(blocks[index] as SerializedBodyNode);
      // The editor's text ends in a blank line before the next block; the JSON's is the block's alone.
      expect(fromNodes[index], blocks[index]?.type).toBe(text === '' ? '' : `${text}\n\n`);
    }
  });
});
