import { DecoratorNode, $create } from 'lexical';
import { blockText } from '../block-text';
import { $readProps, $writeProps, defineProps, flatStates, listProp, textProp, type PropValues } from '../props';

export const factBoxProps = defineProps({
  heading: textProp,
  items: listProp((value) => (typeof value === 'string' ? value : null)),
});
export type FactBox = PropValues<typeof factBoxProps>;

/** A box of facts beside the story: a heading and a list. */
export class FactBoxNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('fact-box', { extends: DecoratorNode, stateConfigs: flatStates(factBoxProps) });
  }

  getFactBox(): FactBox {
    return $readProps(this, factBoxProps);
  }

  setFactBox(box: Partial<FactBox>): this {
    $writeProps(this, factBoxProps, box);
    return this;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    const { heading, items } = this.getFactBox();
    return blockText(this, [heading, ...items].join('\n'));
  }
}

export function $createFactBoxNode(box: Partial<FactBox>): FactBoxNode {
  return $create(FactBoxNode).setFactBox(box);
}
