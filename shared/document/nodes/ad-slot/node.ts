import { DecoratorNode, $create } from 'lexical';

/** What the editor shows where the site will place an ad. */
export const adSlotLabel = 'Annons';

/** A marker in the body where the site places an ad; it has no properties. */
export class AdSlotNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('ad-slot', { extends: DecoratorNode });
  }

  override isInline(): false {
    return false;
  }
}

export function $createAdSlotNode(): AdSlotNode {
  return $create(AdSlotNode);
}
