import type { NodeToBlocks } from '../../markup/codec';
import { groupBlock } from '../../markup/group';
import { escapeText } from '../../markup/html';
import { propsFromJSON } from '../props';
import { signatureProps } from './node';

export const signatureClass = 'spalt-signature';

/** One paragraph per signer: the name, and the title on the line below. */
export const signatureToBlocks: NodeToBlocks = (node) =>
  groupBlock(signatureClass, propsFromJSON(signatureProps, node).signers.map((signer) => ({
    name: 'core/paragraph',
    before: `<p>${escapeText(signer.name)}${signer.title === '' ? '' : `<br>${escapeText(signer.title)}`}</p>`,
  })));
