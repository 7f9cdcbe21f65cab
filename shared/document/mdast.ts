import type { BlockContent, PhrasingContent, Text } from 'mdast';

/** Small builders for the Markdown syntax tree the body's blocks are written as. */
export const text = (value: string): Text => ({ type: 'text', value });
export const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
