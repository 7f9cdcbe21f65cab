import { SeparatorNode } from '../../../shared/document/nodes/separator/node';
import { editorBlockNode } from './editor-block-node';

export const SeparatorEditorNode = editorBlockNode(SeparatorNode, 'div', () => <hr className="spalt-separator" />);
