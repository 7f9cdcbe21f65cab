import { decoratorBlockNode } from '../block-node';
import { defineProps, textProp, type PropValues } from '../props';

export const pullQuoteProps = defineProps({
  /** The quote without quotation marks: the site sets ” ” around it. */
  text: textProp,
  attribution: textProp,
});
export type PullQuote = PropValues<typeof pullQuoteProps>;

/** A sentence lifted from the article and set large. */
export class PullQuoteNode extends decoratorBlockNode('pull-quote', pullQuoteProps, ({ text, attribution }) =>
  [text, attribution].filter(Boolean).join('\n'),
) {}
