import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import type { BlockDecoratorClass } from '../../../shared/document/nodes/block-node';
import type { Props, PropValues } from '../../../shared/document/nodes/props';
import { blockContainer } from './block-fields';

/** What a block's UI is given: the block's key and properties, and the way to change them. */
export interface BlockUi<V> {
  nodeKey: NodeKey;
  properties: V;
  /**
   * Changes the block in an editor update, so the change is undoable and saved. A function is
   * given the properties as the block holds them then, so quick edits never undo each other.
   */
  update: (change: Partial<V> | ((current: V) => Partial<V>)) => void;
}

/**
 * A block decorator's editor class: the shared node's type, properties and JSON, with its UI
 * rendered by React in a host element (an aside for what stands beside the story, a figure for
 * a photo). Lexical never renders its DOM again; React updates the UI inside.
 */
export function editorBlockNode<P extends Props>(
  base: BlockDecoratorClass<P>,
  host: 'div' | 'aside' | 'figure',
  render: (ui: BlockUi<PropValues<P>>) => JSX.Element,
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

    override decorate(editor: LexicalEditor): JSX.Element {
      const nodeKey = this.getKey();
      const update: BlockUi<PropValues<P>>['update'] = (change) =>
        editor.update(() => {
          const node = $getNodeByKey(nodeKey);
          if (node instanceof base) node.setProperties(typeof change === 'function' ? change(node.getProperties()) : change);
        });
      return render({ nodeKey, properties: this.getProperties(), update });
    }
  }
  return EditorBlockNode;
}
