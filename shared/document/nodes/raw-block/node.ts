import { DecoratorNode } from 'lexical';
import { $readProps, defineProps, flatStates, textProp } from '../props';

export const rawBlockProps = defineProps({
  /** The block exactly as it was read, written back unchanged. */
  markup: textProp,
});

/** A block Spalt cannot edit, kept verbatim and shown read-only so it is never lost. */
export class RawBlockNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('raw-block', { extends: DecoratorNode, stateConfigs: flatStates(rawBlockProps) });
  }

  getMarkup(): string {
    return $readProps(this, rawBlockProps).markup;
  }

  override isInline(): false {
    return false;
  }
}

export function $isRawBlockNode(node: unknown): node is RawBlockNode {
  return node instanceof RawBlockNode;
}
