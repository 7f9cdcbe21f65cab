import { $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { NoteThreadView } from '../../../shared/publish/review';
import { anchorIndex, stackCards } from './note-anchors';

export interface NoteAnchor {
  /** The Lexical key of the block: it stays with the block while blocks are added or removed around it. */
  key: string;
  index: number;
}
export type NoteAnchors = ReadonlyMap<string, NoteAnchor>;

interface Layers {
  /** The body's column: the marks are placed from its top. */
  column: RefObject<HTMLElement | null>;
  /** The margin beside it (absent on a narrow window): the cards are placed from its top. */
  margin: RefObject<HTMLElement | null>;
}

const cardGap = 8;

function sameAnchors(a: NoteAnchors, b: NoteAnchors): boolean {
  if (a.size !== b.size) return false;
  for (const [id, anchor] of a) {
    const other = b.get(id);
    if (other?.key !== anchor.key || other.index !== anchor.index) return false;
  }
  return true;
}

/**
 * The anchors as they stand after an edit: a block that is still there keeps its notes, wherever
 * it moved; a note new to the list, or whose block is gone, is anchored by its index and words.
 */
function $followAnchors(threads: readonly NoteThreadView[], previous: NoteAnchors): Map<string, NoteAnchor> {
  let blocks: Array<{ key: string; text: string }> | null = null;
  const next = new Map<string, NoteAnchor>();
  for (const { note } of threads) {
    const anchor = previous.get(note.id);
    const node = anchor ? $getNodeByKey(anchor.key) : null;
    if (anchor && node?.isAttached() && node.getParent()?.is($getRoot())) {
      next.set(note.id, { key: anchor.key, index: node.getIndexWithinParent() });
      continue;
    }
    blocks ??= $getRoot()
      .getChildren()
      .map((block) => ({ key: block.getKey(), text: block.getTextContent() }));
    const index = anchorIndex(blocks, note.blockIndex, note.blockText);
    if (index !== null) next.set(note.id, { key: blocks[index]!.key, index });
  }
  return next;
}

/**
 * Keeps each note beside its block: which block it is (followed by its Lexical key as the text
 * changes), and where the block's mark and the note's card stand. The work is batched to one
 * animation frame after any number of edits or resizes: the reads there are the layout the
 * frame's paint needs anyway, and the positions are written straight to the elements, with no
 * React render unless a block moved to another index. With no notes nothing is registered.
 */
export function useNotePlacement(editor: LexicalEditor | null, threads: readonly NoteThreadView[], layers: Layers) {
  const [anchors, setAnchors] = useState<NoteAnchors>(() => new Map());
  const current = useRef<NoteAnchors>(anchors);
  const anchoredIn = useRef<LexicalEditor | null>(null);
  const marks = useRef(new Map<string, HTMLElement>());
  const cards = useRef(new Map<string, HTMLElement>());
  const schedule = useRef<() => void>(() => undefined);
  const observer = useRef<ResizeObserver | null>(null);

  useEffect(() => {
    if (!editor || threads.length === 0) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const next = editor.getEditorState().read(() => $followAnchors(threads, current.current));
      if (!sameAnchors(next, current.current)) {
        current.current = next;
        setAnchors(next);
      }
      placeElements(editor, next, layers, marks.current, cards.current);
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    schedule.current = later;
    // Anchor at once, so the first paint already names the right blocks. Keys belong to one
    // editor: a new one (another version shown) starts afresh.
    const previous = anchoredIn.current === editor ? current.current : new Map<string, NoteAnchor>();
    anchoredIn.current = editor;
    current.current = editor.getEditorState().read(() => $followAnchors(threads, previous));
    setAnchors(current.current);
    const resized = new ResizeObserver(later);
    observer.current = resized;
    const root = editor.getRootElement();
    if (root) resized.observe(root);
    if (layers.margin.current) resized.observe(layers.margin.current);
    for (const card of cards.current.values()) resized.observe(card);
    const offUpdate = editor.registerUpdateListener(later);
    later();
    return () => {
      offUpdate();
      resized.disconnect();
      observer.current = null;
      if (frame !== 0) cancelAnimationFrame(frame);
      schedule.current = () => undefined;
    };
  }, [editor, threads, layers]);

  // A card or mark just rendered (a note answered, the window widened) is placed in the next frame.
  useLayoutEffect(() => schedule.current());

  const markRef = useCallback((blockKey: string, element: HTMLElement | null) => {
    if (element) marks.current.set(blockKey, element);
    else marks.current.delete(blockKey);
  }, []);
  const cardRef = useCallback((noteId: string, element: HTMLElement | null) => {
    const known = cards.current.get(noteId);
    if (known) observer.current?.unobserve(known);
    if (element) {
      cards.current.set(noteId, element);
      observer.current?.observe(element);
    } else cards.current.delete(noteId);
  }, []);
  return { anchors, markRef, cardRef };
}

function placeElements(
  editor: LexicalEditor,
  anchors: NoteAnchors,
  layers: Layers,
  marks: ReadonlyMap<string, HTMLElement>,
  cards: ReadonlyMap<string, HTMLElement>,
): void {
  const column = layers.column.current;
  if (!column) return;
  // Reads first, then writes, so the frame lays out once.
  const blockTops = new Map<string, { top: number; height: number }>();
  const columnTop = column.getBoundingClientRect().top;
  for (const { key } of anchors.values()) {
    if (blockTops.has(key)) continue;
    const rect = editor.getElementByKey(key)?.getBoundingClientRect();
    if (rect) blockTops.set(key, { top: rect.top - columnTop, height: rect.height });
  }
  const margin = layers.margin.current;
  const marginShift = margin ? margin.getBoundingClientRect().top - columnTop : 0;
  const placedCards = [...cards].map(([id, element]) => ({
    id,
    element,
    top: (blockTops.get(anchors.get(id)?.key ?? '')?.top ?? 0) - marginShift,
    height: element.offsetHeight,
  }));

  for (const [key, element] of marks) {
    const block = blockTops.get(key);
    if (element.hidden !== (block === undefined)) element.hidden = block === undefined;
    if (!block) continue;
    setPx(element, 'top', block.top);
    setPx(element, 'height', block.height);
  }
  const tops = stackCards(placedCards, cardGap);
  let bottom = 0;
  for (const card of placedCards) {
    const top = tops.get(card.id) ?? 0;
    setPx(card.element, 'top', top);
    bottom = Math.max(bottom, top + card.height);
  }
  if (margin) setPx(margin, 'minHeight', bottom);
}

/** Writes a position only when it changed: an unchanged frame leaves the layout clean. */
function setPx(element: HTMLElement, property: 'top' | 'height' | 'minHeight', value: number): void {
  const px = `${Math.round(value)}px`;
  if (element.style[property] !== px) element.style[property] = px;
}
