/**
 * Which block of the body a note is about, as the editor holds the body now. A note names its
 * block by index and first words as they were when it was written; the journalist may have
 * added or removed blocks since, so the index is trusted only when the words still match.
 */

export interface BlockSummary {
  key: string;
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first words as a note keeps them, without the ellipsis that marks them cut. */
const wordsOf = (blockText: string) => normalise(blockText).replace(/ …$/, '');

/** The index of the block the note is about, or null for a note on the whole article (or an empty body). */
export function anchorIndex(blocks: readonly BlockSummary[], blockIndex: number | null, blockText: string): number | null {
  if (blockIndex === null || blocks.length === 0) return null;
  const words = wordsOf(blockText);
  const matches = (index: number) => words !== '' && normalise(blocks[index]?.text ?? '').startsWith(words);
  if (blockIndex < blocks.length && (words === '' || matches(blockIndex))) return blockIndex;
  let best: number | null = null;
  for (let index = 0; index < blocks.length; index++) {
    if (matches(index) && (best === null || Math.abs(index - blockIndex) < Math.abs(best - blockIndex))) best = index;
  }
  return best ?? Math.min(blockIndex, blocks.length - 1);
}

export interface PlacedCard {
  id: string;
  /** Where its block starts, from the top of the margin. */
  top: number;
  height: number;
}

/**
 * Each card as close to its block's top as the cards above it allow: in the order of their
 * blocks, a card that would overlap the one before is pushed down below it.
 */
export function stackCards(cards: readonly PlacedCard[], gap: number): Map<string, number> {
  const placed = new Map<string, number>();
  let free = -Infinity;
  for (const card of [...cards].sort((a, b) => a.top - b.top)) {
    const top = Math.max(card.top, free);
    placed.set(card.id, top);
    free = top + card.height + gap;
  }
  return placed;
}
