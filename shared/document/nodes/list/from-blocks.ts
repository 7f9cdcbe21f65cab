import { hasAttrs, isWrapper, type BlockToNode } from '../../markup/codec';
import { innerHtml, type ParsedBlock } from '../../markup/grammar';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';
import { htmlToInline } from '../../markup/inline';
import { listOpenings } from '../../markup/saved-class';
import { elementNode, type SerializedBodyNode } from '../../markup/serialized';

export const listFromBlocks: BlockToNode = (block) => readList(block, 0);

/** A list with the item values and indents Lexical itself gives them. */
function readList(block: ParsedBlock, depth: number): SerializedBodyNode | null {
  if (block.name !== 'core/list') return null;
  const ordered = block.attrs.ordered === true;
  const start = typeof block.attrs.start === 'number' && Number.isInteger(block.attrs.start) ? block.attrs.start : 1;
  const expected = { ...(ordered ? { ordered: true } : {}), ...(start !== 1 ? { start } : {}) };
  const tag = ordered ? 'ol' : 'ul';
  if (!hasAttrs(block, expected)) return null;
  const openings = listOpenings(tag, start !== 1 ? ` start="${start}"` : '');
  if (!openings.some((opening) => isWrapper(block, opening, `</${tag}>`))) return null;
  const items: SerializedBodyNode[] = [];
  let value = start;
  for (const itemBlock of block.innerBlocks) {
    const item = readItem(itemBlock, depth);
    if (!item) return null;
    if (item.content !== null) items.push(listItem(item.content, depth, value++));
    for (const nested of item.nested) items.push(listItem([nested], depth, value));
  }
  return elementNode('list', items, { listType: ordered ? 'number' : 'bullet', start, tag });
}

function listItem(children: SerializedBodyNode[], indent: number, value: number): SerializedBodyNode {
  return { ...elementNode('listitem', children), indent, value };
}

function readItem(block: ParsedBlock, depth: number): { content: SerializedBodyNode[] | null; nested: SerializedBodyNode[] } | null {
  if (block.name !== 'core/list-item' || !hasAttrs(block, {})) return null;
  const last = block.innerContent[block.innerContent.length - 1];
  if (block.innerBlocks.length > 0 && (typeof last !== 'string' || last.trim() !== '</li>')) return null;
  const nodes = parseHtml(innerHtml(block));
  const li = nodes && singleElement(nodes);
  if (!li || li.tag !== 'li' || !hasOnlyAttributes(li, {})) return null;
  const content = htmlToInline(li.children);
  const nested = block.innerBlocks.map((inner) => readList(inner, depth + 1));
  if (!content || nested.some((list) => list === null)) return null;
  const lists = nested.filter((list): list is SerializedBodyNode => list !== null);
  // An item that only holds a nested list is Lexical's own wrapper item, not an empty line.
  return { content: content.length === 0 && lists.length > 0 ? null : content, nested: lists };
}
