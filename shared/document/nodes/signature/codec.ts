import { defineDecoratorCodec } from '../codec';
import { signatureFromBlocks } from './from-blocks';
import { signatureToMarkdown } from './markdown';
import { SignatureNode } from './node';
import { signatureToBlocks } from './to-blocks';

export const signatureCodec = defineDecoratorCodec(SignatureNode, {
  toBlocks: signatureToBlocks,
  fromBlocks: { blocks: ['core/group'], read: signatureFromBlocks },
  toMarkdown: signatureToMarkdown,
});
