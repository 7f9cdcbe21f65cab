import type { LexicalEditor } from 'lexical';
import { wordsIn, type WordAt } from '../../shared/proofing/words';

/** An unknown word as it stands on screen. */
export interface SpellingMark {
  word: string;
  range: Range;
}

export const highlightName = 'spalt-spelling';

/**
 * Marks the unknown words with the CSS Custom Highlight API: ranges over the editor's text, styled
 * by ::highlight(spalt-spelling). Nothing is added to the DOM or to the document, so nothing of it
 * is ever saved, undone or published.
 */
export function paintMarks(
  editor: LexicalEditor,
  unknown: ReadonlyMap<string, readonly WordAt[]>,
  ignored: ReadonlySet<string>,
): SpellingMark[] {
  const marks: SpellingMark[] = [];
  for (const [key, words] of unknown) {
    const wrong = new Set(words.map((w) => w.word).filter((word) => !ignored.has(word)));
    const element = wrong.size > 0 ? editor.getElementByKey(key) : null;
    if (!element) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const { word, start, end } of wordsIn(node.textContent ?? '')) {
        if (!wrong.has(word)) continue;
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        marks.push({ word, range });
      }
    }
  }
  // A registered highlight, even an empty one, costs Chromium paint and layerisation work in
  // every frame while the person types: with no unknown word there is none.
  if (marks.length === 0) clearMarks();
  else if (typeof CSS !== 'undefined' && 'highlights' in CSS)
    CSS.highlights.set(highlightName, new Highlight(...marks.map((m) => m.range)));
  return marks;
}

export function clearMarks(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(highlightName);
}

/** The mark still standing for its word at a point of the page, if any. */
export function markAt(marks: readonly SpellingMark[], node: Node, offset: number): SpellingMark | undefined {
  return marks.find((mark) => mark.range.toString() === mark.word && mark.range.isPointInRange(node, offset));
}

/** The first mark after a point, else the first of all: the shortcut walks the unknown words. */
export function markAfter(marks: readonly SpellingMark[], node: Node, offset: number): SpellingMark | undefined {
  const standing = marks.filter((mark) => mark.range.toString() === mark.word);
  return standing.find((mark) => mark.range.comparePoint(node, offset) < 0) ?? standing[0];
}
