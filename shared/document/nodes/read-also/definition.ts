import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { readAlsoFromBlocks } from './from-blocks';
import { readAlsoToMarkdown } from './markdown';
import { ReadAlsoNode } from './node';
import { readAlsoToBlocks } from './to-blocks';

export const readAlso = defineDecoratorBlock({
  node: ReadAlsoNode,
  toBlocks: readAlsoToBlocks,
  fromBlocks: { blocks: ['core/paragraph'], read: readAlsoFromBlocks },
  toMarkdown: readAlsoToMarkdown,
  article: { of: ({ articleId, url, title }) => ({ articleId, url, title }), withUrl: (url) => ({ url }) },
  menu: { label: 'insert.readAlso', shortcut: access('KeyL'), insert: { kind: 'block', $create: () => $create(ReadAlsoNode) } },
});
