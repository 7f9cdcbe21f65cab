/**
 * Proof merge-keeps-words: the three-way merge never drops what either side wrote. Thousands
 * of merges of the seed articles (with block ids and without), each side the ancestor with up
 * to eight random edits (words replaced, inserted, deleted, bolded; blocks added, deleted,
 * moved, made headings; fields, bylines, kind and main photo changed). For each merge: every
 * word either side added is in the merged article or in that side's text of a conflict; the
 * merged article, and the article after choosing "remote" or "both" everywhere, is valid (the
 * schema, and the headless editor parsing the body with the real node classes); merging a side
 * with itself gives that side; merge(a, a, b) = b and merge(a, b, a) = b.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { ArticleDraft } from '../../shared/article/article';
import { bodyPlainText } from '../../shared/document/plain-text';
import type { MergeChoice } from '../../shared/revisions/conflicts';
import { mergeArticles, resolveMerge } from '../../shared/revisions/merge';
import { applyEdits, baseArticles, droppedWords, editsArbitrary } from '../support/revision-edits';

const name = 'merge-keeps-words';
const merges = Number(process.env.SPALT_PROOF_MERGES ?? 3_000);
const seed = Number(process.env.SPALT_PROOF_SEED ?? Date.now() % 1_000_000);

function problemsOfValidity(draft: ArticleDraft, what: string): string[] {
  const problems: string[] = [];
  if (!ArticleDraft.safeParse(draft).success) problems.push(`${what}: refused by the article schema`);
  try {
    bodyPlainText(draft.body);
  } catch (error) {
    problems.push(`${what}: the editor cannot read the body (${String(error)})`);
  }
  return problems;
}

let conflicts = 0;
let wordsChecked = 0;
let clean = 0;
const started = performance.now();
console.log(`${name}: ${merges} merges of random edits of the seed articles (seed ${seed})`);

const result = fc.check(
  fc.property(
    fc.constantFrom(...baseArticles()),
    editsArbitrary,
    editsArbitrary,
    fc.constantFrom<MergeChoice>('remote', 'both'),
    (base, localEdits, remoteEdits, pick) => {
      const ancestor = base.draft;
      const local = applyEdits(ancestor, localEdits, 'L');
      const remote = applyEdits(ancestor, remoteEdits, 'R');
      const merge = mergeArticles(ancestor, local, remote);
      const problems = [
        ...droppedWords(ancestor, local, merge, 'local').map((word) => `local's "${word}" dropped`),
        ...droppedWords(ancestor, remote, merge, 'remote').map((word) => `remote's "${word}" dropped`),
        ...problemsOfValidity(merge.merged, 'merged'),
      ];
      const choices = Object.fromEntries(merge.conflicts.map((c) => [c.id, c.options.includes(pick) ? pick : c.defaultChoice]));
      problems.push(...problemsOfValidity(resolveMerge(merge, choices), `resolved with "${pick}"`));
      if (!isDeepStrictEqual(mergeArticles(ancestor, local, structuredClone(local)).merged, local))
        problems.push('merge(o, x, x) is not x');
      if (!isDeepStrictEqual(mergeArticles(ancestor, structuredClone(ancestor), remote).merged, remote))
        problems.push('merge(a, a, b) is not b');
      if (!isDeepStrictEqual(mergeArticles(ancestor, local, structuredClone(ancestor)).merged, local))
        problems.push('merge(a, b, a) is not b');
      conflicts += merge.conflicts.length;
      if (merge.conflicts.length === 0) clean += 1;
      wordsChecked += new Set([...localEdits, ...remoteEdits]).size;
      if (problems.length > 0) throw new Error(`${base.name}: ${problems.join('; ')}`);
    },
  ),
  { numRuns: merges, seed },
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const figures = `merges=${result.numRuns} clean=${clean} conflicts=${conflicts} edits=${wordsChecked} seed=${seed} ${seconds}s`;
if (result.failed) {
  console.log(`counterexample: ${JSON.stringify(result.counterexample)?.slice(0, 4000)}`);
  console.log(`error: ${String(result.errorInstance)}`);
  console.log(`PROOF ${name} failed ${figures}`);
  process.exit(1);
}
console.log(`PROOF ${name} ok ${figures}`);
