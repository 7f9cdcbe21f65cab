import { DecoratorNode, $create } from 'lexical';

/** A horizontal rule between parts of an article. */
export class SeparatorNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('separator', { extends: DecoratorNode });
  }

  override isInline(): false {
    return false;
  }
}

export function $createSeparatorNode(): SeparatorNode {
  return $create(SeparatorNode);
}
