/**
 * What the revision engines compare in a block: its exact content (a fingerprint that ignores
 * the block's id), its text as a reader sees it, and the words that say how alike two blocks are.
 * Everything here reads serialized Lexical JSON, so diffing needs no editor.
 */
import type { BodyDocument } from '../document/body';
import { blockIdOf } from './block-id';

/** One node of a body as Lexical serializes it: a top-level block, or a node inside one. */
export type BodyBlock = BodyDocument['root']['children'][number];

/** The nodes that live inside a line of text; an element holding only these is a line of text. */
const inlineTypes: ReadonlySet<string> = new Set(['text', 'linebreak', 'tab', 'link', 'autolink']);

/**
 * The properties of a decorator block that hold words (a photo's caption, a fact box's items),
 * in reading order. Everything else (a photo's id, a link's address) is an attribute.
 */
export const wordProperties = ['heading', 'text', 'name', 'title', 'caption', 'credit', 'alt', 'items', 'signers', 'attribution', 'markup'] as const;

/** Properties that identify what a wordless block shows (the same photo, the same link). */
const identityProperties = ['photoId', 'src', 'url', 'articleId'] as const;

export function isNode(value: unknown): value is BodyBlock {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childrenOf(node: BodyBlock): BodyBlock[] | null {
  const children = node.children;
  return Array.isArray(children) ? children.filter(isNode) : null;
}

export function isInlineNode(node: BodyBlock): boolean {
  return inlineTypes.has(node.type);
}

/** An element whose children are all inline: a paragraph, a heading, a quote, a list item. */
export function isTextContainer(node: BodyBlock): boolean {
  const children = childrenOf(node);
  return children !== null && children.every(isInlineNode);
}

/** JSON with every object's keys sorted, so equal content gives an equal string. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function wordsOfValue(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (value !== '') out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) wordsOfValue(item, out);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of wordProperties) wordsOfValue(record[key], out);
  }
}

/** A node's text as a reader sees it: one line per property or nested block. */
export function nodeText(node: BodyBlock): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  const children = childrenOf(node);
  if (children === null) {
    const parts: string[] = [];
    wordsOfValue(node, parts);
    return parts.join('\n');
  }
  return children.map(nodeText).join(children.every(isInlineNode) ? '' : '\n');
}

/** What the engines know about one block of one revision. */
export interface BlockInfo {
  readonly block: BodyBlock;
  readonly id: string | null;
  readonly type: string;
  /** The block's content without its id: equal fingerprints mean the same block content. */
  readonly fingerprint: string;
  readonly text: string;
}

const infoCache = new WeakMap<object, BlockInfo>();

export function blockInfo(block: BodyBlock): BlockInfo {
  const cached = infoCache.get(block);
  if (cached) return cached;
  const id = blockIdOf(block);
  const { $: state, ...rest } = block;
  let content: unknown = rest;
  if (typeof state === 'object' && state !== null) {
    const { blockId: _id, ...otherState } = state as Record<string, unknown>;
    if (Object.keys(otherState).length > 0) content = { ...rest, $: otherState };
  }
  const info: BlockInfo = { block, id, type: block.type, fingerprint: canonicalJson(content), text: nodeText(block) };
  infoCache.set(block, info);
  return info;
}

const wordCache = new WeakMap<BlockInfo, Map<string, number>>();

/** The block's words (lower case, counted), its type, and what a wordless block shows. */
function similarityWords(info: BlockInfo): Map<string, number> {
  const cached = wordCache.get(info);
  if (cached) return cached;
  const counts = new Map<string, number>();
  const add = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  add(`#${info.type}`);
  for (const word of info.text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []) add(word);
  for (const key of identityProperties) {
    const value = info.block[key];
    if (typeof value === 'string' && value !== '') add(`@${value}`);
  }
  wordCache.set(info, counts);
  return counts;
}

/** How alike two blocks are, from 0 to 1: the share of words they have in common (Dice). */
export function similarity(a: BlockInfo, b: BlockInfo): number {
  const wordsA = similarityWords(a);
  const wordsB = similarityWords(b);
  let common = 0;
  let total = 0;
  for (const [word, count] of wordsA) {
    total += count;
    common += Math.min(count, wordsB.get(word) ?? 0);
  }
  for (const count of wordsB.values()) total += count;
  return total === 0 ? 0 : (2 * common) / total;
}
