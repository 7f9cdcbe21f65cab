import { decoratorBlockNode } from '../block-node';
import { defineProps, listProp, type PropValues } from '../props';

/** One writer under an opinion piece: "Metin Hawsho", "gruppledare (L)". */
export interface Signer {
  name: string;
  title: string;
}

function parseSigner(value: unknown): Signer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, title } = value as Record<string, unknown>;
  return typeof name === 'string' ? { name, title: typeof title === 'string' ? title : '' } : null;
}

export const signatureProps = defineProps({ signers: listProp(parseSigner) });
export type Signature = PropValues<typeof signatureProps>;

/** The signers at the foot of an opinion piece. */
export class SignatureNode extends decoratorBlockNode('signature', signatureProps, ({ signers }) =>
  signers.map((signer) => [signer.name, signer.title].filter(Boolean).join('\n')).join('\n'),
) {}
