import { DecoratorNode, $create } from 'lexical';
import { blockText } from '../block-text';
import { $readProps, $writeProps, defineProps, flatStates, textProp, type PropValues } from '../props';

export const pullQuoteProps = defineProps({
  /** The quote without quotation marks: the site sets ” ” around it. */
  text: textProp,
  attribution: textProp,
});
export type PullQuote = PropValues<typeof pullQuoteProps>;

/** A sentence lifted from the article and set large. */
export class PullQuoteNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('pull-quote', { extends: DecoratorNode, stateConfigs: flatStates(pullQuoteProps) });
  }

  getPullQuote(): PullQuote {
    return $readProps(this, pullQuoteProps);
  }

  setPullQuote(quote: Partial<PullQuote>): this {
    $writeProps(this, pullQuoteProps, quote);
    return this;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    const { text, attribution } = this.getPullQuote();
    return blockText(this, [text, attribution].filter(Boolean).join('\n'));
  }
}

export function $createPullQuoteNode(quote: Partial<PullQuote>): PullQuoteNode {
  return $create(PullQuoteNode).setPullQuote(quote);
}
