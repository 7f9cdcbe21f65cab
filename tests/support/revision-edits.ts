/**
 * Random edits of real articles, for the merge's property test and proof: each side of a merge
 * is the ancestor with a list of edits applied (words replaced, inserted, deleted, bolded;
 * blocks inserted, deleted, moved, turned into headings; fields, bylines, kind, main photo).
 * Every word an edit writes is new (a Swedish word with the side's letter and a number), so a
 * test can tell whether it survived.
 */
import fc from 'fast-check';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { withBlockId } from '../../shared/revisions/block-id';
import { nodeText, type BodyBlock } from '../../shared/revisions/block-content';
import type { ArticleMerge } from '../../shared/revisions/merge';
import { seedArticles } from '../fixtures/seeds';
import { seedDraft } from '../fixtures/seeds/draft';
import { formattedBody } from './bodies';

const ops = [
  'replace-word',
  'insert-word',
  'delete-word',
  'bold-word',
  'insert-block',
  'delete-block',
  'move-block',
  'make-heading',
  'edit-field',
  'add-byline',
  'drop-byline',
  'kind',
  'main-photo',
  'edit-property',
] as const;
export type EditOp = (typeof ops)[number];

export interface Edit {
  op: EditOp;
  at: number;
  pick: number;
  word: number;
}

const stems = ['älv', 'sjö', 'båt', 'väg', 'skäl', 'röst', 'ögon', 'hälsa', 'ränta', 'fjärd', 'kö', 'bänk'];

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom(...ops),
  at: fc.nat(200),
  pick: fc.nat(200),
  word: fc.nat(stems.length - 1),
});

export const editsArbitrary = fc.array(editArbitrary, { minLength: 0, maxLength: 8 });

type Node = BodyBlock;
const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const paragraph = (value: string): Node => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
});

/** The ancestors: every seed, and a body with formatting, a list, a link and a quote; with block ids or without. */
export function baseArticles(): Array<{ name: string; draft: ArticleDraft }> {
  const drafts = Object.entries(seedArticles).map(([name, seed]) => ({ name, draft: seedDraft(seed) }));
  const first = drafts[0]?.draft;
  if (first) drafts.push({ name: 'formatted', draft: { ...first, body: formattedBody() } });
  return drafts.flatMap(({ name, draft }) => [
    { name, draft },
    { name: `${name} with ids`, draft: { ...draft, body: withIds(draft.body, 'o') } },
  ]);
}

function withIds(body: BodyDocument, prefix: string): BodyDocument {
  return { root: { ...body.root, children: body.root.children.map((block, i) => withBlockId(block, `${prefix}${i}`)) } };
}

/** Applies edits for one side ('L' or 'R'), each writing new words such as "sjöL3". */
export function applyEdits(base: ArticleDraft, edits: readonly Edit[], side: 'L' | 'R'): ArticleDraft {
  let draft: ArticleDraft = structuredClone(base);
  let counter = 0;
  const usesIds = base.body.root.children.some((block) => typeof block.$ === 'object');
  const newWord = (edit: Edit) => `${stems[edit.word] ?? 'ord'}${side}${++counter}`;
  for (const edit of edits) {
    const blocks = [...draft.body.root.children] as Node[];
    const setBlocks = (next: Node[]) => {
      draft = { ...draft, body: { root: { ...draft.body.root, children: next } } };
    };
    const index = blocks.length === 0 ? 0 : edit.at % blocks.length;
    switch (edit.op) {
      case 'replace-word':
      case 'insert-word':
      case 'delete-word':
      case 'bold-word': {
        const block = blocks[index];
        if (block) blocks[index] = editTextBlock(block, edit, () => newWord(edit));
        setBlocks(blocks);
        break;
      }
      case 'insert-block': {
        const added = paragraph(`${newWord(edit)} ${newWord(edit)} i Södertälje.`);
        blocks.splice(edit.at % (blocks.length + 1), 0, usesIds ? withBlockId(added, `${side}${counter}`) : added);
        setBlocks(blocks);
        break;
      }
      case 'delete-block':
        blocks.splice(index, 1);
        setBlocks(blocks);
        break;
      case 'move-block': {
        const [moved] = blocks.splice(index, 1);
        if (moved) blocks.splice(edit.pick % (blocks.length + 1), 0, moved);
        setBlocks(blocks);
        break;
      }
      case 'make-heading': {
        const block = blocks[index];
        if (block?.type === 'paragraph') {
          const { textFormat: _f, textStyle: _s, ...rest } = block;
          blocks[index] = { ...rest, type: 'heading', tag: side === 'L' ? 'h2' : 'h3' };
        }
        setBlocks(blocks);
        break;
      }
      case 'edit-field': {
        const field = (['headline', 'lead', 'kicker'] as const)[edit.pick % 3] ?? 'headline';
        draft = { ...draft, [field]: editWords(draft[field], edit, () => newWord(edit)) };
        break;
      }
      case 'add-byline':
        if (draft.bylines.length < 4)
          draft = { ...draft, bylines: [...draft.bylines, { role: 'writer', name: `Åsa ${newWord(edit)}`, personId: null }] };
        break;
      case 'drop-byline':
        draft = { ...draft, bylines: draft.bylines.filter((_, i) => i !== edit.pick % Math.max(1, draft.bylines.length)) };
        break;
      case 'kind':
        draft = { ...draft, kind: side === 'L' ? 'interview' : 'brief' };
        break;
      case 'main-photo':
        draft = { ...draft, mainPhotoId: side === 'L' ? '8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11' : '2b7e9c40-5f3a-4e8b-8c1d-7a6b5c4d3e21' };
        break;
      case 'edit-property': {
        const block = blocks[index];
        if (block) blocks[index] = editProperty(block, edit, () => newWord(edit));
        setBlocks(blocks);
        break;
      }
    }
  }
  return draft;
}

/** The words of a text with one edited: replaced, a new one inserted after it, or deleted. */
function editWords(value: string, edit: Edit, fresh: () => string): string {
  if (value === '') return edit.op === 'delete-word' ? value : fresh();
  // Split on single spaces so the spaces around the edit stay as they were.
  const words = value.split(' ');
  // Only a word, never the empty piece beside a leading or trailing space, which would glue to the next node.
  const wordAt = words.flatMap((word, i) => (word === '' ? [] : [i]));
  if (wordAt.length === 0) return edit.op === 'delete-word' ? value : `${value}${fresh()}`;
  const at = wordAt[edit.pick % wordAt.length] ?? 0;
  if (edit.op === 'delete-word') words.splice(at, 1);
  else if (edit.op === 'insert-word') words.splice(at + 1, 0, fresh());
  else words[at] = fresh();
  return words.join(' ');
}

/** Edits one text node of a line of text (a paragraph, a list item inside a list, a link's text). */
function editTextBlock(block: Node, edit: Edit, fresh: () => string): Node {
  const children = Array.isArray(block.children) ? (block.children as Node[]) : null;
  if (!children) return editProperty(block, edit, fresh);
  const textIndex = children.findIndex(
    (child, i) => i >= edit.pick % Math.max(1, children.length) && (child.type === 'text' || Array.isArray(child.children)),
  );
  const target =
    children[textIndex < 0 ? children.findIndex((child) => child.type === 'text' || Array.isArray(child.children)) : textIndex];
  if (!target) return { ...block, children: [...children, text(fresh())] };
  const at = children.indexOf(target);
  let replacement: Node[];
  if (target.type !== 'text') replacement = [editTextBlock(target, edit, fresh)];
  else if (edit.op === 'bold-word') replacement = boldOneWord(target, edit.pick);
  else replacement = [{ ...target, text: editWords(String(target.text), edit, fresh) }];
  return { ...block, children: [...children.slice(0, at), ...replacement, ...children.slice(at + 1)] };
}

/** Splits a text node so that one of its words carries bold (format bit 1) toggled. */
function boldOneWord(node: Node, pick: number): Node[] {
  const words = String(node.text).split(' ');
  const wordAt = words.flatMap((word, i) => (word === '' ? [] : [i]));
  if (wordAt.length === 0) return [node];
  const at = wordAt[pick % wordAt.length] ?? 0;
  const format = typeof node.format === 'number' ? node.format : 0;
  const before = at > 0 ? `${words.slice(0, at).join(' ')} ` : '';
  const after = at < words.length - 1 ? ` ${words.slice(at + 1).join(' ')}` : '';
  return [
    { ...node, text: before },
    { ...node, text: words[at] ?? '', format: format ^ 1 },
    { ...node, text: after },
  ].filter((part) => part.text !== '');
}

/** Edits a decorator's words: a pull quote's text, a photo's caption, a fact box's items, a signer. */
function editProperty(block: Node, edit: Edit, fresh: () => string): Node {
  for (const key of ['text', 'caption', 'heading', 'title', 'credit']) {
    if (typeof block[key] === 'string') return { ...block, [key]: editWords(String(block[key]), edit, fresh) };
  }
  if (Array.isArray(block.items)) return { ...block, items: [...(block.items as string[]), fresh()] };
  if (Array.isArray(block.signers)) return { ...block, signers: [...(block.signers as object[]), { name: fresh(), title: 'ledamot (S)' }] };
  if (Array.isArray(block.children)) return editTextBlock(block, edit, fresh);
  return block;
}

const wordsOf = (value: string) => value.match(/[\p{L}\p{N}]+/gu) ?? [];

function count(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Every word of an article as a reader finds it: its text fields, its bylines and its body. */
export function articleWords(draft: ArticleDraft): string[] {
  const fields = [
    draft.kicker,
    draft.headline,
    draft.lead,
    draft.label,
    draft.disclaimer,
    draft.sponsor,
    ...draft.bylines.map((b) => b.name),
  ];
  return [...fields, ...draft.body.root.children.map((block) => nodeText(block))].flatMap(wordsOf);
}

/**
 * The words one side added (more of them than the ancestor has) that are neither in the merged
 * article nor in that side's text of a conflict, as many times as they were added.
 */
export function droppedWords(ancestor: ArticleDraft, side: ArticleDraft, merge: ArticleMerge, which: 'local' | 'remote'): string[] {
  const before = count(articleWords(ancestor));
  const kept = count([...articleWords(merge.merged), ...merge.conflicts.flatMap((conflict) => wordsOf(conflict[which]))]);
  const dropped: string[] = [];
  for (const [word, n] of count(articleWords(side))) {
    const added = n - (before.get(word) ?? 0);
    if (added > 0 && (kept.get(word) ?? 0) < added) dropped.push(word);
  }
  return dropped;
}
