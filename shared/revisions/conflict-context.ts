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
  const fromAncestor = diffRevisions(ancestor, defaults).blocks;
  return merge.conflicts.map((conflict) => {
    const { place } = conflict;
    if (place.part === 'field') {
      return { ancestor: fieldText(ancestor, place.field), local: fieldText(local, place.field), remote: fieldText(remote, place.field) };
    }
    if (conflict.blocks) {
      return { ancestor: blockText(conflict.blocks.ancestor), local: blockText(conflict.blocks.local), remote: blockText(conflict.blocks.remote) };
    }
    const side = (choice: 'local' | 'remote') => {
      const merged = mergeArticles(ancestor, local, remote, { [conflict.id]: choice }).merged;
      return blockText(merged.body.root.children[place.blockIndex]);
    };
    const oldIndex = fromAncestor.find((block) => block.newIndex === place.blockIndex)?.oldIndex;
    const before = oldIndex === null || oldIndex === undefined ? conflict.ancestor : blockText(ancestor.body.root.children[oldIndex]);
    return { ancestor: before, local: side('local'), remote: side('remote') };
  });
}
