import { DecoratorNode, $create } from 'lexical';
import { blockText } from '../block-text';
import { $readProps, $writeProps, defineProps, flatStates, listProp, type PropValues } from '../props';

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
export class SignatureNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('signature', { extends: DecoratorNode, stateConfigs: flatStates(signatureProps) });
  }

  getSigners(): readonly Signer[] {
    return $readProps(this, signatureProps).signers;
  }

  setSigners(signers: readonly Signer[]): this {
    $writeProps(this, signatureProps, { signers });
    return this;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return blockText(this, this.getSigners().map((signer) => [signer.name, signer.title].filter(Boolean).join('\n')).join('\n'));
  }
}

export function $createSignatureNode(signers: readonly Signer[]): SignatureNode {
  return $create(SignatureNode).setSigners(signers);
}
