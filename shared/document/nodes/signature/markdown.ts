import type { RootContent } from 'mdast';
import { paragraph, text } from '../../mdast';
import type { Signature } from './node';

/** A paragraph per signer: "Name," and the title on the next line. */
export function signatureToMarkdown({ signers }: Signature): RootContent[] {
  return signers.map(({ name, title }) => paragraph(title === '' ? [text(name)] : [text(`${name},`), { type: 'break' }, text(title)]));
}
