/**
 * Three-way merge of one block that both sides changed. A line of text merges word by word
 * with its formatting (merge-inline); a block of blocks (a list, a live update) merges its
 * children as a body does; a decorator merges each property: its words word by word, its lists
 * item by item, its attributes (the photo, the link's address) as whole values. A type changed
 * on both sides, or an attribute changed differently on both, is a clash over the whole block.
 */
import { blockIdOf, withBlockId } from './block-id';
import {
  blockInfo,
  canonicalJson,
  childrenOf,
  isTextContainer,
  nodeText,
  sameContent,
  wordProperties,
  type BodyBlock,
} from './block-content';
import type { ConflictLog } from './conflicts';
import { mergeInline } from './merge-inline';
import { mergeTokens, plainSpace, textTokens } from './merge-tokens';

export type MergeChildren = (ancestor: BodyBlock[], local: BodyBlock[], remote: BodyBlock[], log: ConflictLog) => BodyBlock[];

/** A kept block's markup is read for its words but merged whole: HTML merged word by word may not parse. */
const mergedWordByWord = wordProperties.filter((key) => key !== 'markup');
const wordKeys: ReadonlySet<string> = new Set(mergedWordByWord);

/** One side's change of a value: the side that changed it wins; a different change on both is a clash. */
function pickValue(ancestor: unknown, local: unknown, remote: unknown): { value: unknown } | null {
  const a = canonicalJson(local);
  const b = canonicalJson(remote);
  if (a === b || b === canonicalJson(ancestor)) return { value: local };
  if (a === canonicalJson(ancestor)) return { value: remote };
  return null;
}

/** Everything a block holds but its children and its words, merged key by key; null on a clash. */
function mergeAttributes(ancestor: BodyBlock, local: BodyBlock, remote: BodyBlock): Record<string, unknown> | null {
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(ancestor), ...Object.keys(local), ...Object.keys(remote)]);
  for (const key of keys) {
    if (key === 'children' || (wordKeys.has(key) && !childrenOf(local))) continue;
    const picked = pickValue(ancestor[key], local[key], remote[key]);
    if (!picked) return null;
    if (picked.value !== undefined) merged[key] = picked.value;
  }
  return merged;
}

function showItems(items: readonly string[], byKey: ReadonlyMap<string, unknown>): string {
  return items.map((key) => nodeText({ type: 'item', version: 1, items: [byKey.get(key)] })).join('\n');
}

/** A missing word property is its empty default, as Lexical leaves a default out of the JSON. */
function orEmpty(value: unknown, like: 'text' | 'list'): unknown {
  if (like === 'text') return typeof value === 'string' ? value : '';
  return Array.isArray(value) ? value : [];
}

function mergeWordProperty(ancestor: unknown, local: unknown, remote: unknown, log: ConflictLog): unknown {
  const picked = pickValue(ancestor, local, remote);
  if (picked) return picked.value;
  if (typeof local === 'string' || typeof remote === 'string') {
    const [o, a, b] = [ancestor, local, remote].map((value) => textTokens(String(orEmpty(value, 'text'))));
    return mergeTokens(o ?? [], a ?? [], b ?? [], log, { kind: 'words', show: (tokens) => tokens.join(''), space: plainSpace }).join('');
  }
  if (Array.isArray(local) || Array.isArray(remote)) {
    const byKey = new Map<string, unknown>();
    const keysOf = (value: unknown) =>
      (orEmpty(value, 'list') as unknown[]).map((item) => {
        const key = canonicalJson(item);
        byKey.set(key, item);
        return key;
      });
    const merged = mergeTokens(keysOf(ancestor), keysOf(local), keysOf(remote), log, {
      kind: 'items',
      show: (items) => showItems(items, byKey),
      items: true,
    });
    return merged.map((key) => byKey.get(key));
  }
  return local;
}

/** A clash over the whole block: the person keeps one side's block, or both. */
function blockClash(ancestor: BodyBlock, local: BodyBlock, remote: BodyBlock, log: ConflictLog): BodyBlock[] {
  const choice = log.decide({
    kind: 'block',
    ancestor: nodeText(ancestor),
    local: nodeText(local),
    remote: nodeText(remote),
    blocks: { ancestor, local, remote },
    options: ['local', 'remote', 'both'],
    defaultChoice: 'local',
  });
  if (choice === 'local') return [local];
  if (choice === 'remote') return [remote];
  // Both stay; one id may name only one block, so the remote copy is aligned by its content later.
  return [local, blockIdOf(remote) === blockIdOf(local) ? withBlockId(remote, null) : remote];
}

export function mergeBlock(
  ancestor: BodyBlock,
  local: BodyBlock,
  remote: BodyBlock,
  log: ConflictLog,
  mergeChildren: MergeChildren,
): BodyBlock[] {
  const [o, a, b] = [blockInfo(ancestor), blockInfo(local), blockInfo(remote)];
  if (sameContent(a, b) || sameContent(b, o)) return [local];
  if (sameContent(a, o)) return [remote];

  const allText = isTextContainer(ancestor) && isTextContainer(local) && isTextContainer(remote);
  const sameType = ancestor.type === local.type && local.type === remote.type;
  // A line of text may become a heading on one side while its words change on the other.
  if (!sameType && !allText) return blockClash(ancestor, local, remote, log);
  const attributes = mergeAttributes(ancestor, local, remote);
  if (!attributes) return blockClash(ancestor, local, remote, log);

  const children = [childrenOf(ancestor), childrenOf(local), childrenOf(remote)] as const;
  if (children[0] && children[1] && children[2]) {
    const merged = allText
      ? mergeInline(children[0], children[1], children[2], log)
      : mergeChildren(children[0], children[1], children[2], log);
    return [
      {
        ...attributes,
        type: typeof attributes.type === 'string' ? attributes.type : local.type,
        version: Number(attributes.version ?? local.version),
        children: merged,
      },
    ];
  }
  if (children[0] || children[1] || children[2]) return blockClash(ancestor, local, remote, log);

  const merged: Record<string, unknown> = { ...attributes };
  for (const key of mergedWordByWord) {
    const value = mergeWordProperty(ancestor[key], local[key], remote[key], log);
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (!empty) merged[key] = value;
  }
  return [{ ...merged, type: local.type, version: local.version }];
}
