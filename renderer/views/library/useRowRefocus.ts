import { useEffect, useMemo, useRef, type RefObject } from 'react';

/**
 * After a row leaves the list (to the trash), the focus goes to the row that takes its place, or
 * the one above at the end of the list, once the list has been read again: the keyboard stays in
 * the list, and Delete pressed again goes on down it.
 */
export function useRowRefocus(view: RefObject<HTMLElement | null>, version: number): { after: (id: string, index: number) => void } {
  const pending = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const wanted = pending.current;
    const box = view.current;
    if (!wanted || !box) return;
    const rowAt = (index: number) => box.querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${index + 2}"][data-article]`);
    const gone = box.querySelector(`tbody tr[data-article="${CSS.escape(wanted.id)}"]`) === null;
    if (!gone) return;
    pending.current = null;
    (rowAt(wanted.index) ?? rowAt(wanted.index - 1))?.focus();
  }, [view, version]);
  return useMemo(() => ({ after: (id: string, index: number) => void (pending.current = { id, index }) }), []);
}
