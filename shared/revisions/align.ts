/**
 * Which block of one revision is which block of another. By id where both carry the same one;
 * then, for the rest, the longest common run of blocks with the same type and words (jsdiff's
 * diffArrays over their gist); then, between those anchors, neighbours that share most of their words (an
 * edited paragraph); last, far-apart blocks that share nearly all their words (one moved and
 * edited). Blocks paired out of order are the moved ones.
 */
import { diffArrays } from 'diff';
import { sameGist, similarity, type BlockInfo } from './block-content';

export interface BlockAlignment {
  /** For each block of the old revision, its index in the new one, or -1 when it is gone. */
  readonly oldToNew: Int32Array;
  /** For each block of the new revision, its index in the old one, or -1 when it is new. */
  readonly newToOld: Int32Array;
  /** For each block of the new revision: paired, but out of the order the others keep. */
  readonly moved: Uint8Array;
}

/** Neighbours this alike are one block, edited. */
const editedThreshold = 0.5;
/** Blocks apart from each other must be this alike to count as one block moved and edited. */
const movedThreshold = 0.75;
/** How far ahead, within a stretch of unpaired blocks, an edited block's counterpart is sought. */
const lookahead = 8;
/** Beyond this many comparisons, moved-and-edited blocks are not sought (both are listed instead). */
const farComparisons = 40_000;

function mayPair(a: BlockInfo, b: BlockInfo): boolean {
  return a.id === null || b.id === null || a.id === b.id;
}

/** The two revisions' blocks and the pairs found so far. */
interface Pairing {
  readonly old: readonly BlockInfo[];
  readonly next: readonly BlockInfo[];
  readonly oldToNew: Int32Array;
  readonly newToOld: Int32Array;
}

function pair({ oldToNew, newToOld }: Pairing, i: number, j: number): void {
  oldToNew[i] = j;
  newToOld[j] = i;
}

export function alignBlocks(old: readonly BlockInfo[], next: readonly BlockInfo[]): BlockAlignment {
  const pairing: Pairing = { old, next, oldToNew: new Int32Array(old.length).fill(-1), newToOld: new Int32Array(next.length).fill(-1) };
  pairByIds(pairing);
  pairIdentical(pairing);
  pairEditedNeighbours(pairing);
  pairMovedAndEdited(pairing);
  const { oldToNew, newToOld } = pairing;

  const moved = new Uint8Array(next.length);
  const inOrder = longestInOrder(oldToNew);
  for (let i = 0; i < old.length; i++) {
    const j = oldToNew[i] ?? -1;
    if (j >= 0 && !inOrder.has(i)) moved[j] = 1;
  }
  return { oldToNew, newToOld, moved };
}

function uniqueIds(blocks: readonly BlockInfo[]): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  blocks.forEach((info, index) => {
    if (info.id === null) return;
    if (seen.has(info.id)) repeated.add(info.id);
    else seen.set(info.id, index);
  });
  for (const id of repeated) seen.delete(id);
  return seen;
}

function pairByIds(pairing: Pairing): void {
  const nextIds = uniqueIds(pairing.next);
  for (const [id, i] of uniqueIds(pairing.old)) {
    const j = nextIds.get(id);
    if (j !== undefined) pair(pairing, i, j);
  }
}

function pairIdentical(pairing: Pairing): void {
  const { old, next, oldToNew, newToOld } = pairing;
  const oldLeft = indicesOf(oldToNew);
  const nextLeft = indicesOf(newToOld);
  if (oldLeft.length === 0 || nextLeft.length === 0) return;
  const changes = diffArrays(
    oldLeft.map((i) => old[i] as BlockInfo),
    nextLeft.map((j) => next[j] as BlockInfo),
    { comparator: sameGist },
  );
  let a = 0;
  let b = 0;
  for (const change of changes) {
    if (change.added) b += change.count;
    else if (change.removed) a += change.count;
    else {
      for (let k = 0; k < change.count; k++) pair(pairing, oldLeft[a + k] ?? -1, nextLeft[b + k] ?? -1);
      a += change.count;
      b += change.count;
    }
  }
}

/** Within each stretch between paired blocks, pair each old block with the most alike new one just ahead. */
function pairEditedNeighbours(pairing: Pairing): void {
  const { old, next, oldToNew, newToOld } = pairing;
  const anchors = longestInOrder(oldToNew);
  let i = 0;
  let j = 0;
  while (i < old.length && j < next.length) {
    const paired = oldToNew[i] ?? -1;
    if (paired >= 0) {
      if (anchors.has(i)) j = Math.max(j, paired + 1);
      i++;
      continue;
    }
    const oldBlock = old[i];
    let best = -1;
    let bestScore = editedThreshold;
    for (let k = j; k < next.length && k < j + lookahead; k++) {
      const pairedWith = newToOld[k] ?? -1;
      if (pairedWith >= 0) {
        if (anchors.has(pairedWith)) break;
        continue;
      }
      const candidate = next[k];
      if (!oldBlock || !candidate || !mayPair(oldBlock, candidate)) continue;
      const score = similarity(oldBlock, candidate);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best >= 0) {
      pair(pairing, i, best);
      j = best + 1;
    }
    i++;
  }
}

function pairMovedAndEdited(pairing: Pairing): void {
  const { old, next, oldToNew, newToOld } = pairing;
  const oldLeft = indicesOf(oldToNew);
  const nextLeft = indicesOf(newToOld);
  if (oldLeft.length * nextLeft.length > farComparisons) return;
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const i of oldLeft) {
    for (const j of nextLeft) {
      const a = old[i];
      const b = next[j];
      if (!a || !b || !mayPair(a, b)) continue;
      const score = similarity(a, b);
      if (score >= movedThreshold) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if ((oldToNew[i] ?? 0) < 0 && (newToOld[j] ?? 0) < 0) pair(pairing, i, j);
  }
}

function indicesOf(map: Int32Array): number[] {
  const left: number[] = [];
  map.forEach((value, index) => {
    if (value < 0) left.push(index);
  });
  return left;
}

/** The old indices of the largest set of pairs that keep their order (a longest increasing run). */
function longestInOrder(oldToNew: Int32Array): Set<number> {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Int32Array(oldToNew.length).fill(-1);
  oldToNew.forEach((j, i) => {
    if (j < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((tails[mid] ?? 0) < j) low = mid + 1;
      else high = mid;
    }
    tails[low] = j;
    tailIndex[low] = i;
    previous[i] = low > 0 ? (tailIndex[low - 1] ?? -1) : -1;
  });
  const kept = new Set<number>();
  let i = tailIndex[tails.length - 1] ?? -1;
  while (i >= 0) {
    kept.add(i);
    i = previous[i] ?? -1;
  }
  return kept;
}
