import { $create } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { SignatureNode } from './node';

export const signature = defineDecoratorBlock({
  node: SignatureNode,
  // A new signature opens with one signer to fill in.
  menu: {
    label: 'insert.signature',
    shortcut: access('KeyS'),
    insert: { kind: 'block', $create: () => $create(SignatureNode).setProperties({ signers: [{ name: '', title: '' }] }) },
  },
});
