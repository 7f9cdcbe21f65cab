/**
 * The difference between two revisions of an article: each field that changed, word by word,
 * and the body block by block (added, removed, moved, changed), then word by word inside each
 * changed block. The blocks come in reading order, the unchanged ones too, so a UI can show the
 * whole article with its changes marked.
 */
import type { ArticleDraft } from '../article/article';
import type { BodyDocument } from '../document/body';
import { alignBlocks } from './align';
import { blockInfo, canonicalJson, childrenOf, sameContent, wordProperties, type BlockInfo, type BodyBlock } from './block-content';
import { articleFields, bylineLine, fieldText, isTextField, type ArticleField } from './fields';
import { hasChanges, listParts, wordParts, type WordPart } from './word-parts';

export interface FieldChange {
  readonly field: ArticleField;
  readonly before: string;
  readonly after: string;
  readonly parts: readonly WordPart[];
}

export type BlockChangeKind = 'unchanged' | 'added' | 'removed' | 'changed' | 'moved';

/** What else changed in a block besides its words: its type, inline formatting or its attributes. */
export type BlockAspect = 'text' | 'type' | 'formatting' | 'attributes';

export interface BlockChange {
  readonly kind: BlockChangeKind;
  /** The block's index in the old revision's body, null for an added block. */
  readonly oldIndex: number | null;
  /** The block's index in the new revision's body, null for a removed block. */
  readonly newIndex: number | null;
  readonly id: string | null;
  readonly typeBefore: string | null;
  readonly typeAfter: string | null;
  /** For a changed or moved block, what changed in it (empty when it only moved). */
  readonly aspects: readonly BlockAspect[];
  readonly parts: readonly WordPart[];
}

export interface RevisionDiff {
  /** Only the fields that differ, in the article's order. */
  readonly fields: readonly FieldChange[];
  readonly blocks: readonly BlockChange[];
  /** Whether anything differs at all. */
  readonly changed: boolean;
}

export function diffRevisions(before: ArticleDraft, after: ArticleDraft): RevisionDiff {
  const fields = articleFields.flatMap((field) => {
    const change = diffField(before, after, field);
    return change ? [change] : [];
  });
  const blocks = diffBodies(before.body, after.body);
  return { fields, blocks, changed: fields.length > 0 || blocks.some((block) => block.kind !== 'unchanged') };
}

function diffField(before: ArticleDraft, after: ArticleDraft, field: ArticleField): FieldChange | null {
  const textBefore = fieldText(before, field);
  const textAfter = fieldText(after, field);
  if (field === 'bylines') {
    if (canonicalJson(before.bylines) === canonicalJson(after.bylines)) return null;
    const parts = listParts(before.bylines, after.bylines, canonicalJson, bylineLine);
    return { field, before: textBefore, after: textAfter, parts };
  }
  if (textBefore === textAfter) return null;
  const parts = isTextField(field)
    ? wordParts(textBefore, textAfter)
    : [
        { kind: 'removed' as const, text: textBefore },
        { kind: 'added' as const, text: textAfter },
      ].filter((part) => part.text !== '');
  return { field, before: textBefore, after: textAfter, parts };
}

export function diffBodies(before: BodyDocument, after: BodyDocument): BlockChange[] {
  const old = before.root.children.map(blockInfo);
  const next = after.root.children.map(blockInfo);
  const { oldToNew, newToOld, moved } = alignBlocks(old, next);

  // Where each stretch of new blocks ends in the old body: removed blocks are listed before it.
  const anchorAhead = new Int32Array(next.length + 1).fill(old.length);
  for (let j = next.length - 1; j >= 0; j--) {
    const i = newToOld[j] ?? -1;
    anchorAhead[j] = i >= 0 && !moved[j] ? i : (anchorAhead[j + 1] ?? old.length);
  }

  const changes: BlockChange[] = [];
  let oldCursor = 0;
  const flushRemovedBefore = (limit: number) => {
    for (; oldCursor < limit; oldCursor++) {
      const info = old[oldCursor];
      if (info && (oldToNew[oldCursor] ?? -1) < 0) changes.push(removedBlock(info, oldCursor));
    }
  };
  next.forEach((info, j) => {
    flushRemovedBefore(anchorAhead[j] ?? old.length);
    const i = newToOld[j] ?? -1;
    const counterpart = old[i];
    changes.push(counterpart ? pairedBlock(counterpart, i, info, j, moved[j] === 1) : addedBlock(info, j));
  });
  flushRemovedBefore(old.length);
  return changes;
}

function addedBlock(info: BlockInfo, newIndex: number): BlockChange {
  const parts: WordPart[] = info.text === '' ? [] : [{ kind: 'added', text: info.text }];
  return { kind: 'added', oldIndex: null, newIndex, id: info.id, typeBefore: null, typeAfter: info.type, aspects: [], parts };
}

function removedBlock(info: BlockInfo, oldIndex: number): BlockChange {
  const parts: WordPart[] = info.text === '' ? [] : [{ kind: 'removed', text: info.text }];
  return { kind: 'removed', oldIndex, newIndex: null, id: info.id, typeBefore: info.type, typeAfter: null, aspects: [], parts };
}

function pairedBlock(before: BlockInfo, oldIndex: number, after: BlockInfo, newIndex: number, moved: boolean): BlockChange {
  const same = sameContent(before, after);
  const parts = same ? wordParts(after.text, after.text) : wordParts(before.text, after.text);
  const aspects = same ? [] : aspectsOf(before, after, hasChanges(parts));
  const kind = moved ? 'moved' : same ? 'unchanged' : 'changed';
  return { kind, oldIndex, newIndex, id: after.id ?? before.id, typeBefore: before.type, typeAfter: after.type, aspects, parts };
}

/** A block's own attributes: everything but its children, its words and its id. */
function attributesKey(block: BodyBlock): string {
  const attributes: Record<string, unknown> = { ...block, children: undefined, type: undefined, $: undefined };
  for (const key of wordProperties) attributes[key] = undefined;
  return canonicalJson(attributes);
}

function aspectsOf(before: BlockInfo, after: BlockInfo, textChanged: boolean): BlockAspect[] {
  const aspects: BlockAspect[] = [];
  if (textChanged) aspects.push('text');
  if (before.type !== after.type) aspects.push('type');
  const childrenBefore = childrenOf(before.block);
  const childrenAfter = childrenOf(after.block);
  if (!textChanged && childrenBefore && childrenAfter && canonicalJson(childrenBefore) !== canonicalJson(childrenAfter)) {
    aspects.push('formatting');
  }
  if (attributesKey(before.block) !== attributesKey(after.block)) aspects.push('attributes');
  return aspects;
}
