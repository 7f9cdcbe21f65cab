import { childrenOf, isSerializedNode, stringField, type SerializedBodyNode } from '../markup/serialized';
import { definitionOf } from './registry';

/**
 * Walks over a body's JSON as stored, with each block's definition: what it refers to and what
 * it says, read the way its own converters read it. No editor is needed.
 */

/** The node and every node inside it, in reading order. A stack, not recursion: stored JSON may nest deep. */
export function* nodesIn(top: unknown): Generator<SerializedBodyNode> {
  const stack: unknown[] = [top];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isSerializedNode(node)) continue;
    yield node;
    const children = Array.isArray(node.children) ? (node.children as unknown[]) : [];
    // Pushed in reverse, so they pop in reading order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The node with every node at any depth as `change` makes it (each node's children are those it had). */
export function mapNodes(node: SerializedBodyNode, change: (node: SerializedBodyNode) => SerializedBodyNode): SerializedBodyNode {
  const next = change(node);
  return Array.isArray(node.children) ? { ...next, children: childrenOf(node).map((child) => mapNodes(child, change)) } : next;
}

/** What a reader sees of a node: a block's own text, or its text and its children's. */
export function nodeText(node: SerializedBodyNode): string {
  const own = definitionOf(node.type)?.text;
  return own ? own(node) : (stringField(node, 'text') ?? '') + childrenOf(node).map(nodeText).join('');
}
