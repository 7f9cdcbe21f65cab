/**
 * The clashes a three-way merge cannot settle by itself, and the person's choice for each.
 * The merge is deterministic, so a conflict's id (c1, c2, … in reading order) names the same
 * clash every time the same three revisions are merged: choices are applied by merging again.
 */
import type { BodyBlock } from './block-content';
import type { ArticleField } from './fields';

/** Keep the local side, the remote side, or both (local first). */
export type MergeChoice = 'local' | 'remote' | 'both';
export type MergeChoices = Readonly<Record<string, MergeChoice>>;

export type ConflictKind =
  /** The same words of a text field or a block changed differently on both sides. */
  | 'words'
  /** The kind or the main photo changed differently on both sides. */
  | 'value'
  /** The same bylines, fact box items or signers changed differently on both sides. */
  | 'items'
  /** A block changed on both sides in ways words cannot merge (its type, or an attribute such as the photo). */
  | 'block'
  /** A block deleted on one side and edited on the other. */
  | 'deleted';

export type ConflictPlace =
  | { readonly part: 'field'; readonly field: ArticleField }
  /** The block's index in the merged body (as merged with the defaults) and its id. */
  | { readonly part: 'body'; readonly blockIndex: number; readonly blockId: string | null };

export interface MergeConflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly place: ConflictPlace;
  /** What each version holds at this place, as text: the ancestor's, the local and the remote. */
  readonly ancestor: string;
  readonly local: string;
  readonly remote: string;
  /** For a whole-block clash, the three blocks (null where that side has none). */
  readonly blocks?: { readonly ancestor: BodyBlock | null; readonly local: BodyBlock | null; readonly remote: BodyBlock | null };
  /** For a block deleted on one side and edited on the other: the side that deleted it. */
  readonly deletedBy?: 'local' | 'remote';
  readonly options: readonly MergeChoice[];
  /** What the merged draft holds until the person chooses: local, except that a deletion never wins by default. */
  readonly defaultChoice: MergeChoice;
}

export type ConflictDraft = Omit<MergeConflict, 'id' | 'place'>;

export class ConflictLog {
  readonly conflicts: MergeConflict[] = [];
  place: ConflictPlace = { part: 'field', field: 'kind' };

  constructor(private readonly choices: MergeChoices) {}

  /** Records a clash and answers what to keep: the person's choice, or the default. */
  decide(conflict: ConflictDraft): MergeChoice {
    const id = `c${this.conflicts.length + 1}`;
    this.conflicts.push({ ...conflict, id, place: this.place });
    const chosen = this.choices[id];
    if (chosen === undefined) return conflict.defaultChoice;
    if (!conflict.options.includes(chosen)) throw new RangeError(`conflict ${id} cannot be resolved with "${chosen}"`);
    return chosen;
  }

  /** Refuses choices that name no conflict of this merge (made for another merge). */
  checkChoicesUsed(): void {
    const known = new Set(this.conflicts.map((conflict) => conflict.id));
    const unknown = Object.keys(this.choices).filter((id) => !known.has(id));
    if (unknown.length > 0) throw new RangeError(`no such conflict in this merge: ${unknown.join(', ')}`);
  }
}
