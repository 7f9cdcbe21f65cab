import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleDraft } from '../../shared/article/article';
import { bodyPlainText } from '../../shared/document/plain-text';
import type { MergeChoice } from '../../shared/revisions/conflicts';
import { mergeArticles, resolveMerge } from '../../shared/revisions/merge';
import { applyEdits, baseArticles, droppedWords, editsArbitrary } from '../support/revision-edits';

const bases = baseArticles();
const baseArbitrary = fc.constantFrom(...bases);
const runs = { numRuns: 150 };

/** A valid article: the schema accepts it and the headless editor parses its body with the real node classes. */
function expectValid(draft: ArticleDraft): void {
  expect(ArticleDraft.parse(draft)).toBeTruthy();
  expect(() => bodyPlainText(draft.body)).not.toThrow();
}

describe('three-way merge over random edits of the seed articles', () => {
  it('keeps every word either side added, in the merge or in a conflict, and the result is a valid article', () => {
    fc.assert(
      fc.property(baseArbitrary, editsArbitrary, editsArbitrary, ({ draft }, localEdits, remoteEdits) => {
        const local = applyEdits(draft, localEdits, 'L');
        const remote = applyEdits(draft, remoteEdits, 'R');
        const merge = mergeArticles(draft, local, remote);
        expect(droppedWords(draft, local, merge, 'local')).toEqual([]);
        expect(droppedWords(draft, remote, merge, 'remote')).toEqual([]);
        expectValid(merge.merged);
      }),
      runs,
    );
  });

  it('gives the side itself when both sides are the same', () => {
    fc.assert(
      fc.property(baseArbitrary, editsArbitrary, ({ draft }, edits) => {
        const side = applyEdits(draft, edits, 'L');
        const merge = mergeArticles(draft, side, structuredClone(side));
        expect(merge.merged).toEqual(side);
        expect(merge.conflicts).toEqual([]);
      }),
      runs,
    );
  });

  it('gives the changed side when only one side changed: merge(a, a, b) = b and merge(a, b, a) = b', () => {
    fc.assert(
      fc.property(baseArbitrary, editsArbitrary, ({ draft }, edits) => {
        const changed = applyEdits(draft, edits, 'R');
        expect(mergeArticles(draft, structuredClone(draft), changed).merged).toEqual(changed);
        expect(mergeArticles(draft, changed, structuredClone(draft)).merged).toEqual(changed);
      }),
      runs,
    );
  });

  it('stays a valid article, keeping every word of the chosen side, whatever the person chooses', () => {
    fc.assert(
      fc.property(
        baseArbitrary,
        editsArbitrary,
        editsArbitrary,
        fc.constantFrom<MergeChoice>('local', 'remote', 'both'),
        ({ draft }, localEdits, remoteEdits, pick) => {
          const local = applyEdits(draft, localEdits, 'L');
          const remote = applyEdits(draft, remoteEdits, 'R');
          const merge = mergeArticles(draft, local, remote);
          const choices = Object.fromEntries(
            merge.conflicts.map((conflict) => [conflict.id, conflict.options.includes(pick) ? pick : conflict.defaultChoice]),
          );
          const resolved = resolveMerge(merge, choices);
          expectValid(resolved);
          if (pick === 'remote') {
            expect(droppedWords(draft, remote, { ...merge, merged: resolved, conflicts: [] }, 'remote')).toEqual([]);
          }
        },
      ),
      runs,
    );
  });
});
