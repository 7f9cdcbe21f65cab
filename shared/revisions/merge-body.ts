/**
 * Three-way merge of a sequence of blocks: the body, or the items of a list. Each block gets an
 * identity: the ancestor's block it is (aligned by id or content, see align.ts), or, for a new
 * block, its content. node-diff3 merges the three orders of identities, so inserts, deletes and
 * moves on either side merge; two inserts at one place are both kept, local first. Then each
 * block both sides kept is merged (merge-block.ts). A block deleted on one side and edited on
 * the other is a clash whose default keeps the edited block: a deletion never wins silently.
 */
import { diff3MergeRegions } from 'node-diff3';
import { alignBlocks } from './align';
import { blockIdOf } from './block-id';
import { blockInfo, fingerprint, nodeText, sameContent, type BlockInfo, type BodyBlock } from './block-content';
import type { ConflictLog } from './conflicts';
import { mergeBlock } from './merge-block';

type Side = 'local' | 'remote';

interface SideOrder {
  readonly blocks: readonly BlockInfo[];
  readonly keys: string[];
  /** For each identity the side holds, its block. */
  readonly byKey: Map<string, BodyBlock>;
  /** The ancestor's blocks this side still holds, by ancestor index: the side's index or -1. */
  readonly fromAncestor: Int32Array;
}

function sideOrder(ancestor: readonly BlockInfo[], blocks: readonly BlockInfo[]): SideOrder {
  const { oldToNew, newToOld } = alignBlocks(ancestor, blocks);
  const seen = new Map<string, number>();
  const byKey = new Map<string, BodyBlock>();
  const keys = blocks.map((info, j) => {
    const i = newToOld[j] ?? -1;
    let key = `o${i}`;
    if (i < 0) {
      // A new block is known by its content, so the same block added on both sides is one.
      const content = fingerprint(info);
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      key = `n${occurrence}:${content}`;
    }
    byKey.set(key, info.block);
    return key;
  });
  return { blocks, keys, byKey, fromAncestor: oldToNew };
}

/** Puts ancestor blocks back into a side's order, each after the nearest earlier block that side kept. */
function keepInOrder(order: SideOrder, restore: readonly number[]): string[] {
  if (restore.length === 0) return order.keys;
  const after = new Map<number, string[]>();
  for (const i of restore) {
    let anchor = -1;
    for (let k = i - 1; k >= 0 && anchor < 0; k--) anchor = order.fromAncestor[k] ?? -1;
    after.set(anchor, [...(after.get(anchor) ?? []), `o${i}`]);
  }
  const keys = [...(after.get(-1) ?? [])];
  order.keys.forEach((key, j) => keys.push(key, ...(after.get(j) ?? [])));
  return keys;
}

/** The merged order of identities; where a block sits twice (moved differently), local's place wins. */
function mergedOrder(local: string[], ancestor: string[], remote: string[]): string[] {
  const placed: Array<{ key: string; fromLocal: boolean }> = [];
  for (const region of diff3MergeRegions(local, ancestor, remote)) {
    if (region.stable) {
      const fromLocal = region.buffer !== 'b';
      for (const key of region.bufferContent) placed.push({ key, fromLocal });
      continue;
    }
    // Both sides changed this stretch: local's order, with remote's other blocks after their predecessor in remote.
    const merged = region.aContent.map((key) => ({ key, fromLocal: true }));
    const onlyLocal = (key: string | undefined) => key !== undefined && !region.oContent.includes(key) && !region.bContent.includes(key);
    let insertAt = 0;
    for (const key of region.bContent) {
      const found = merged.findIndex((entry) => entry.key === key);
      if (found >= 0) insertAt = found + 1;
      else {
        // Blocks both sides added at one place: local's first.
        while (insertAt < merged.length && onlyLocal(merged[insertAt]?.key)) insertAt++;
        merged.splice(insertAt++, 0, { key, fromLocal: false });
      }
    }
    placed.push(...merged);
  }
  const best = new Map<string, number>();
  placed.forEach((entry, index) => {
    const chosen = best.get(entry.key);
    if (chosen === undefined || (entry.fromLocal && !placed[chosen]?.fromLocal)) best.set(entry.key, index);
  });
  return placed.filter((entry, index) => best.get(entry.key) === index).map((entry) => entry.key);
}

export function mergeBlocks(
  ancestorBlocks: readonly BodyBlock[],
  localBlocks: readonly BodyBlock[],
  remoteBlocks: readonly BodyBlock[],
  log: ConflictLog,
  top = false,
): BodyBlock[] {
  const ancestor = ancestorBlocks.map(blockInfo);
  const local = sideOrder(ancestor, localBlocks.map(blockInfo));
  const remote = sideOrder(ancestor, remoteBlocks.map(blockInfo));

  const dropped = new Set<string>();
  const deletedBy = new Map<string, Side>();
  const restoreLocal: number[] = [];
  const restoreRemote: number[] = [];
  ancestor.forEach((info, i) => {
    const inLocal = local.fromAncestor[i] ?? -1;
    const inRemote = remote.fromAncestor[i] ?? -1;
    if (inLocal < 0 === inRemote < 0) return;
    const [keeper, restore, deleter]: [SideOrder, number[], Side] =
      inLocal < 0 ? [remote, restoreLocal, 'local'] : [local, restoreRemote, 'remote'];
    const kept = keeper.blocks[Math.max(inLocal, inRemote)];
    if (kept && sameContent(kept, info)) dropped.add(`o${i}`);
    else {
      deletedBy.set(`o${i}`, deleter);
      restore.push(i);
    }
  });

  const order = mergedOrder(
    keepInOrder(local, restoreLocal),
    ancestor.map((_, i) => `o${i}`),
    keepInOrder(remote, restoreRemote),
  ).filter((key) => !dropped.has(key));

  const merged: BodyBlock[] = [];
  for (const key of order) {
    const localBlock = local.byKey.get(key) ?? null;
    const remoteBlock = remote.byKey.get(key) ?? null;
    if (top) log.place = { part: 'body', blockIndex: merged.length, blockId: blockIdOf(localBlock ?? remoteBlock ?? {}) };
    const ancestorBlock = key.startsWith('o') ? (ancestor[Number(key.slice(1))]?.block ?? null) : null;
    const deleter = deletedBy.get(key);
    if (deleter && ancestorBlock) merged.push(...editedOrDeleted(ancestorBlock, localBlock, remoteBlock, deleter, log));
    else if (ancestorBlock && localBlock && remoteBlock)
      merged.push(...mergeBlock(ancestorBlock, localBlock, remoteBlock, log, mergeBlocks));
    else if (localBlock ?? remoteBlock) merged.push((localBlock ?? remoteBlock) as BodyBlock);
  }
  return merged;
}

function editedOrDeleted(
  ancestor: BodyBlock,
  local: BodyBlock | null,
  remote: BodyBlock | null,
  deletedBy: Side,
  log: ConflictLog,
): BodyBlock[] {
  const keeper: Side = deletedBy === 'local' ? 'remote' : 'local';
  const choice = log.decide({
    kind: 'deleted',
    ancestor: nodeText(ancestor),
    local: local ? nodeText(local) : '',
    remote: remote ? nodeText(remote) : '',
    blocks: { ancestor, local, remote },
    deletedBy,
    options: ['local', 'remote'],
    defaultChoice: keeper,
  });
  const kept = choice === 'local' ? local : remote;
  return kept ? [kept] : [];
}
