import type { BlockOut } from '../../markup/block';
import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf, type SerializedBodyNode } from '../../markup/serialized';

/** A list in WordPress 6.1's form: a core/list holding core/list-item blocks, nested lists inside items. */
export const listToBlocks: NodeToBlocks = (node) => listBlock(node);

function listBlock(list: SerializedBodyNode): BlockOut {
  const ordered = list.listType === 'number';
  const start = typeof list.start === 'number' && list.start !== 1 ? list.start : null;
  const items: Array<{ content: SerializedBodyNode[]; nested: BlockOut[] }> = [];
  for (const item of childrenOf(list)) {
    const children = childrenOf(item);
    const nested = children.filter((child) => child.type === 'list').map(listBlock);
    const content = children.filter((child) => child.type !== 'list');
    const previous = items[items.length - 1];
    // Lexical keeps a nested list in an item of its own; WordPress nests it in the item above.
    if (content.length === 0 && nested.length > 0 && previous) previous.nested.push(...nested);
    else items.push({ content, nested });
  }
  const tag = ordered ? 'ol' : 'ul';
  return {
    name: 'core/list',
    attrs: { ...(ordered ? { ordered: true } : {}), ...(start !== null ? { start } : {}) },
    before: `<${tag}${start !== null ? ` start="${start}"` : ''}>`,
    inner: items.map((item) => ({
      name: 'core/list-item',
      before: `<li>${inlineToHtml(item.content)}`,
      inner: item.nested,
      after: '</li>',
    })),
    after: `</${tag}>`,
  };
}
