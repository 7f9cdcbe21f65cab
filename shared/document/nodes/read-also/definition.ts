import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { ReadAlsoNode } from './node';

export const readAlso = defineDecoratorBlock({
  node: ReadAlsoNode,
  article: { of: ({ articleId, url, title }) => ({ articleId, url, title }), withUrl: (url) => ({ url }) },
  menu: { label: 'insert.readAlso', shortcut: access('KeyL'), insert: { kind: 'block', $create: () => $create(ReadAlsoNode) } },
});
