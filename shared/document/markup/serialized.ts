/** One node of a body as Lexical serializes it. */
export interface SerializedBodyNode {
  type: string;
  version: number;
  [key: string]: unknown;
}

export function isSerializedNode(value: unknown): value is SerializedBodyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childrenOf(node: SerializedBodyNode): SerializedBodyNode[] {
  return Array.isArray(node.children) ? node.children.filter(isSerializedNode) : [];
}

/** The fields every Lexical element carries, at the values the body editor leaves them. */
const elementDefaults = { direction: null, format: '', indent: 0 } as const;

export function elementNode(type: string, children: SerializedBodyNode[], extra: Record<string, unknown> = {}): SerializedBodyNode {
  return { type, version: 1, ...elementDefaults, children, ...extra };
}

export function paragraphNode(children: SerializedBodyNode[]): SerializedBodyNode {
  return elementNode('paragraph', children, { textFormat: 0, textStyle: '' });
}

export function textNode(text: string, format: number): SerializedBodyNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function decoratorNode(type: string, props: Record<string, unknown>): SerializedBodyNode {
  return { type, version: 1, ...props };
}

export function stringField(node: SerializedBodyNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}
