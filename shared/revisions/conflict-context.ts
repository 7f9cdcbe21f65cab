/**
 * Each clash of a merge in the whole text it stands in, as each version has it: the field, or
 * the block (the ancestor's, the local and the remote), so the person reads the clash in its
 * sentence and not as loose words.
 */
import type { ArticleDraft } from '../article/article';
import { nodeText, type BodyBlock } from './block-content';
import type { MergeConflict } from './conflicts';
import { diffRevisions } from './diff';
import { fieldText } from './fields';
import { mergeArticles } from './merge';

export interface ConflictContext {
  readonly ancestor: string;
  readonly local: string;
  readonly remote: string;
}

interface Merged {
  readonly ancestor: ArticleDraft;
  readonly local: ArticleDraft;
  readonly remote: ArticleDraft;
  readonly conflicts: readonly MergeConflict[];
}

const blockText = (block: BodyBlock | null | undefined) => (block ? nodeText(block) : '');

export function conflictContexts(merge: Merged): ConflictContext[] {
  const { ancestor, local, remote } = merge;
  const defaults = mergeArticles(ancestor, local, remote).merged;
  // Two merges in all: the local side of every clash is the default, and the remote side of
  // every clash inside a block leaves the blocks where they are (a whole-block clash carries its blocks).
  const remoteChoices = Object.fromEntries(
    merge.conflicts.filter((conflict) => !conflict.blocks).map((conflict) => [conflict.id, 'remote' as const]),
  );
  const remoteSides = mergeArticles(ancestor, local, remote, remoteChoices).merged;
  const fromAncestor = diffRevisions(ancestor, defaults).blocks;
  return merge.conflicts.map((conflict) => {
    const { place } = conflict;
    if (place.part === 'field') {
      return { ancestor: fieldText(ancestor, place.field), local: fieldText(local, place.field), remote: fieldText(remote, place.field) };
    }
    if (conflict.blocks) {
      return {
        ancestor: blockText(conflict.blocks.ancestor),
        local: blockText(conflict.blocks.local),
        remote: blockText(conflict.blocks.remote),
      };
    }
    const oldIndex = fromAncestor.find((block) => block.newIndex === place.blockIndex)?.oldIndex;
    const before = oldIndex === null || oldIndex === undefined ? conflict.ancestor : blockText(ancestor.body.root.children[oldIndex]);
    return {
      ancestor: before,
      local: blockText(defaults.body.root.children[place.blockIndex]),
      remote: blockText(remoteSides.body.root.children[place.blockIndex]),
    };
  });
}
