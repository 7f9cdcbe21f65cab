import { $getRoot, $parseSerializedNode, type SerializedLexicalNode, type SerializedRootNode } from 'lexical';
import type { BodyDocument } from '../../shared/document/body';
import { emptyBody } from '../../shared/document/empty-body';

/**
 * Builds the body's nodes from its JSON as the transport decoded it, inside an update (the
 * editor's first): no string in between for Lexical to parse again. The same nodes as
 * `editor.parseEditorState` makes of it. Lexical cannot edit a root without blocks; a body
 * stored empty (or read from empty markup) opens as one empty paragraph.
 */
export function $openBody(body: BodyDocument): void {
  const { root } = body.root.children.length > 0 ? body : emptyBody();
  const rootNode = $getRoot();
  rootNode.updateFromJSON(root as SerializedRootNode);
  rootNode.append(...(root.children as SerializedLexicalNode[]).map((child) => $parseSerializedNode(child)));
}
