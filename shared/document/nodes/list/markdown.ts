import type { List, ListItem } from 'mdast';
import { childrenOf, type SerializedBodyNode } from '../../markup/serialized';
import { paragraph } from '../../mdast';
import type { MarkdownContext } from '../codec';

export function listToMarkdown(node: SerializedBodyNode, context: MarkdownContext): List {
  const items: ListItem[] = [];
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item)
      .filter((child) => child.type === 'list')
      .map((child) => listToMarkdown(child, context));
    const content = context.phrasing(childrenOf(item).filter((child) => child.type !== 'list'));
    const previous = items[items.length - 1];
    // Lexical keeps a nested list in an item of its own; Markdown nests it in the item above.
    if (content.length === 0 && nested.length > 0 && previous) previous.children.push(...nested);
    else items.push({ type: 'listItem', spread: false, children: [paragraph(content), ...nested] });
  }
  const ordered = node.listType === 'number';
  const start = typeof node.start === 'number' ? node.start : 1;
  return { type: 'list', ordered, ...(ordered ? { start } : {}), spread: false, children: items };
}
