import { DecoratorNode, type NodeKey } from 'lexical';
import { blockText } from './block-text';
import { $readProps, $writeProps, flatStates, type Props, type PropValues } from './props';

/** A block decorator whose data is one list of properties. */
export interface BlockDecorator<P extends Props> extends DecoratorNode<unknown> {
  /** Every property at once, as the node holds them now. */
  getProperties(): PropValues<P>;
  setProperties(values: Partial<PropValues<P>>): this;
}

export type BlockDecoratorClass<P extends Props> = Omit<typeof DecoratorNode, 'prototype'> & {
  new (key?: NodeKey): BlockDecorator<P>;
  prototype: BlockDecorator<P>;
  /** The property list it was built from: the converters read and write JSON with it. */
  readonly properties: P;
  /** What a reader sees of the block: the plain text for search, counts and the checklist. */
  textOf(values: PropValues<P>): string;
};

/**
 * Builds a block decorator node from its type and property list: each property a flat Lexical
 * NodeState (serialized beside `type`, left out at its default), read and written together, and
 * the block's text for plain-text reading. The UI subclass in the renderer adds only its DOM.
 */
export function decoratorBlockNode<P extends Props>(
  type: string,
  properties: P,
  textOf: (values: PropValues<P>) => string = () => '',
): BlockDecoratorClass<P> {
  class BlockDecoratorNode extends DecoratorNode<unknown> {
    static readonly properties = properties;
    static textOf = textOf;

    override $config() {
      return this.config(type, { extends: DecoratorNode, stateConfigs: flatStates(properties) });
    }

    getProperties(): PropValues<P> {
      return $readProps(this, properties);
    }

    setProperties(values: Partial<PropValues<P>>): this {
      $writeProps(this, properties, values);
      return this;
    }

    override isInline(): false {
      return false;
    }

    override getTextContent(): string {
      return blockText(this, textOf(this.getProperties()));
    }
  }
  return BlockDecoratorNode;
}
