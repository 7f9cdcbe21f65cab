import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { signatureFromBlocks } from './from-blocks';
import { signatureToMarkdown } from './markdown';
import { SignatureNode } from './node';
import { signatureToBlocks } from './to-blocks';

export const signature = defineDecoratorBlock({
  node: SignatureNode,
  toBlocks: signatureToBlocks,
  fromBlocks: { blocks: ['core/group'], read: signatureFromBlocks },
  toMarkdown: signatureToMarkdown,
  // A new signature opens with one signer to fill in.
  menu: {
    label: 'insert.signature',
    shortcut: access('KeyS'),
    insert: { kind: 'block', $create: () => $create(SignatureNode).setProperties({ signers: [{ name: '', title: '' }] }) },
  },
});
