/**
 * What the revision engines compare in a block: its exact content (ignoring the block's id),
 * its gist (its type, its words and what it shows), its text as a reader sees it, and the words
 * that say how alike two blocks are.
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
export const wordProperties = [
  'heading',
  'text',
  'name',
  'title',
  'caption',
  'credit',
  'alt',
  'items',
  'signers',
  'attribution',
  'markup',
] as const;

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
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Lexical exports keys sorted already; sort only when they are not.
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
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
  if (children.length === 1 && children[0]) return nodeText(children[0]);
  return children.map(nodeText).join(children.every(isInlineNode) ? '' : '\n');
}

/** What the engines know about one block of one revision. */
export interface BlockInfo {
  readonly block: BodyBlock;
  readonly id: string | null;
  readonly type: string;
  readonly text: string;
}

const infoCache = new WeakMap<object, BlockInfo>();

/** The block's content without its id. */
function contentOf(block: BodyBlock): unknown {
  const { $: state, ...rest } = block;
  if (typeof state !== 'object' || state === null) return rest;
  const { blockId: _id, ...otherState } = state as Record<string, unknown>;
  return Object.keys(otherState).length > 0 ? { ...rest, $: otherState } : rest;
}

export function blockInfo(block: BodyBlock): BlockInfo {
  const cached = infoCache.get(block);
  if (cached) return cached;
  const info: BlockInfo = { block, id: blockIdOf(block), type: block.type, text: nodeText(block) };
  infoCache.set(block, info);
  return info;
}

const fingerprints = new WeakMap<BlockInfo, string>();

/** The block's content without its id, with every key sorted: equal for equal content, whatever made the JSON. */
export function fingerprint(info: BlockInfo): string {
  let value = fingerprints.get(info);
  if (value === undefined) {
    value = canonicalJson(contentOf(info.block));
    fingerprints.set(info, value);
  }
  return value;
}

/** Deep equality of JSON values, whatever the order of their keys; a key holding undefined is no key. */
export function sameJson(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (key === skip || x[key] === undefined) continue;
    if (!sameJson(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (key !== skip && y[key] !== undefined) keys--;
  return keys === 0;
}

/** Whether two blocks say the same: the same type and words, showing the same photo or link. Such blocks are aligned first. */
export function sameGist(a: BlockInfo, b: BlockInfo): boolean {
  return a.type === b.type && a.text === b.text && identityProperties.every((key) => a.block[key] === b.block[key]);
}

/** Whether two blocks hold the same content, their ids aside. */
export function sameContent(a: BlockInfo, b: BlockInfo): boolean {
  if (a.block === b.block) return true;
  if (!sameGist(a, b) || !sameJson(a.block, b.block, '$')) return false;
  const stateA = a.block.$;
  const stateB = b.block.$;
  return stateA === stateB || sameJson(stateA ?? {}, stateB ?? {}, 'blockId');
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
