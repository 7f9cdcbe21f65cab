import { decoratorBlockNode } from '../block-node';
import { defineProps, textProp } from '../props';

export const rawBlockProps = defineProps({
  /** The block exactly as it was read, written back unchanged. */
  markup: textProp,
});

/** A block Spalt cannot edit, kept verbatim and shown read-only so it is never lost. */
export class RawBlockNode extends decoratorBlockNode('raw-block', rawBlockProps) {}
