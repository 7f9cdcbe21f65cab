import { decoratorBlockNode } from '../block-node';
import { defineProps, listProp, textProp, type PropValues } from '../props';

export const factBoxProps = defineProps({
  heading: textProp,
  items: listProp((value) => (typeof value === 'string' ? value : null)),
});
export type FactBox = PropValues<typeof factBoxProps>;

/** A box of facts beside the story: a heading and a list. */
export class FactBoxNode extends decoratorBlockNode('fact-box', factBoxProps, ({ heading, items }) => [heading, ...items].join('\n')) {}
