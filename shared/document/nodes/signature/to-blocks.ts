import type { BlockOut } from '../../markup/block';
import { groupBlock } from '../../markup/group';
import { escapeText } from '../../markup/html';
import type { Signature } from './node';

export const signatureClass = 'spalt-signature';

/** One paragraph per signer: the name, and the title on the line below. */
export function signatureToBlocks({ signers }: Signature): BlockOut {
  return groupBlock(
    signatureClass,
    signers.map((signer) => ({
      name: 'core/paragraph',
      before: `<p>${escapeText(signer.name)}${signer.title === '' ? '' : `<br>${escapeText(signer.title)}`}</p>`,
    })),
  );
}
