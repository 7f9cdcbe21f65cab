import { describe, expect, it } from 'vitest';
import { anchorIndex, stackCards } from '../../../renderer/views/review/note-anchors';

const blocks = (...texts: string[]) => texts.map((text, index) => ({ key: String(index + 10), text }));

describe('which block a note is about', () => {
  const body = blocks(
    'Kommunen bygger en ny bro.',
    'Bron kostar 40 miljoner kronor enligt kommunen och ska stå klar om två år.',
    'Arbetet börjar i mars.',
  );

  it('is the block at its index while that block still starts with its words', () => {
    expect(anchorIndex(body, 1, 'Bron kostar 40 miljoner kronor enligt kommunen och …')).toBe(1);
  });

  it('is found by its words after blocks were added above it', () => {
    const grown = blocks('Ny inledning.', 'Kommunen bygger en ny bro.', 'Mer om bron.', ...body.slice(1).map((block) => block.text));
    expect(anchorIndex(grown, 1, 'Bron kostar 40 miljoner kronor enligt kommunen och …')).toBe(3);
  });

  it('is the nearest of several blocks with the same words', () => {
    const twice = blocks('Ja.', 'Arbetet börjar i mars.', 'Ja.', 'Ja.', 'Arbetet börjar i mars.');
    expect(anchorIndex(twice, 3, 'Arbetet börjar i mars.')).toBe(4);
  });

  it('stays at its index when its words are gone, within the body', () => {
    expect(anchorIndex(body, 1, 'Helt annan text')).toBe(1);
    expect(anchorIndex(body, 7, 'Helt annan text')).toBe(2);
  });

  it('is the whole article for a note without a block, or an empty body', () => {
    expect(anchorIndex(body, null, '')).toBeNull();
    expect(anchorIndex([], 0, 'Bron')).toBeNull();
  });
});

describe('cards in the margin', () => {
  it('stand level with their blocks when there is room', () => {
    expect(
      stackCards(
        [
          { id: 'a', top: 0, height: 50 },
          { id: 'b', top: 200, height: 50 },
        ],
        8,
      ),
    ).toEqual(
      new Map([
        ['a', 0],
        ['b', 200],
      ]),
    );
  });

  it('are pushed down below the card above, in the order of their blocks', () => {
    const placed = stackCards(
      [
        { id: 'late', top: 120, height: 40 },
        { id: 'first', top: 100, height: 80 },
        { id: 'same', top: 100, height: 30 },
      ],
      8,
    );
    expect(placed).toEqual(
      new Map([
        ['first', 100],
        ['same', 188],
        ['late', 226],
      ]),
    );
  });
});
