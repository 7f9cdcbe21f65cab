import type { NodeKey } from 'lexical';
import type { JSX } from 'react';
import type { BlockDecoratorClass } from '../../../shared/document/nodes/block-node';
import type { Props, PropValues } from '../../../shared/document/nodes/props';
import { blockContainer } from './block-fields';

/**
 * A block decorator's editor class: the shared node's type, properties and JSON, with its UI
 * rendered by React in a host element (an aside for what stands beside the story, a figure for
 * a photo). It never renders its DOM again; React updates the UI inside.
 */
export function editorBlockNode<P extends Props>(
  base: BlockDecoratorClass<P>,
  host: 'div' | 'aside' | 'figure',
  render: (properties: PropValues<P>, nodeKey: NodeKey) => JSX.Element,
): BlockDecoratorClass<P> {
  class EditorBlockNode extends base {
    override $config() {
      return this.config(base.getType(), { extends: base });
    }

    override createDOM(): HTMLElement {
      return blockContainer(host);
    }

    override updateDOM(): false {
      return false;
    }

    override decorate(): JSX.Element {
      return render(this.getProperties(), this.getKey());
    }
  }
  return EditorBlockNode;
}
