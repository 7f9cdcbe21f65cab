/** Word-level differences between two texts, as parts a UI marks equal, added or removed. */
import { diffArrays, diffWords, type ChangeObject } from 'diff';

export type PartKind = 'equal' | 'added' | 'removed';

export interface WordPart {
  readonly kind: PartKind;
  readonly text: string;
}

function partKind(change: ChangeObject<unknown>): PartKind {
  return change.added ? 'added' : change.removed ? 'removed' : 'equal';
}

/** jsdiff's word diff: a changed word is marked whole, and spaces go with the words around them. */
export function wordParts(before: string, after: string): WordPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  return diffWords(before, after).map((change) => ({ kind: partKind(change), text: change.value }));
}

/** Differences between two lists whose items are compared by `key` and shown by `show`, one per line. */
export function listParts<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, show: (item: T) => string): WordPart[] {
  const shown = new Map<string, string>();
  for (const item of [...before, ...after]) shown.set(key(item), show(item));
  return diffArrays(before.map(key), after.map(key)).map((change) => ({
    kind: partKind(change),
    text: change.value.map((k) => `${shown.get(k) ?? ''}\n`).join(''),
  }));
}

export function hasChanges(parts: readonly WordPart[]): boolean {
  return parts.some((part) => part.kind !== 'equal');
}
