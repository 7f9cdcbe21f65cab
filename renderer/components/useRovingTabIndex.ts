import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** The attribute that marks a control as one stop of a toolbar's roving tab stop. */
export const rovingItem = { 'data-roving-item': '' } as const;

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The ARIA toolbar's keyboard: the whole toolbar is one Tab stop (the control last used, else the
 * first that can be used), and the arrow keys, Home and End move between its controls.
 */
export function useRovingTabIndex(toolbar: RefObject<HTMLElement | null>) {
  const current = useRef<HTMLElement | null>(null);

  const items = () =>
    [...(toolbar.current?.querySelectorAll<HTMLElement>('[data-roving-item]') ?? [])].filter((item) => !item.matches(':disabled'));

  // After every render: controls come and go (a link's "Ta bort länk") and turn disabled (undo).
  useLayoutEffect(() => {
    const usable = items();
    const stop = current.current && usable.includes(current.current) ? current.current : (usable[0] ?? null);
    for (const item of toolbar.current?.querySelectorAll<HTMLElement>('[data-roving-item]') ?? []) item.tabIndex = item === stop ? 0 : -1;
  });

  const onFocus = (event: { target: EventTarget }) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.matches('[data-roving-item]')) return;
    current.current = target;
    for (const item of items()) item.tabIndex = item === target ? 0 : -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = moves[event.key];
    const target = event.target;
    // Keys inside a control's own popup (the Infoga menu) belong to it.
    if (!move || !(target instanceof HTMLElement) || !target.matches('[data-roving-item]')) return;
    const usable = items();
    const index = usable.indexOf(target);
    if (index < 0 || usable.length === 0) return;
    event.preventDefault();
    usable[move(index, usable.length)]?.focus();
  };

  return { onFocus, onKeyDown };
}
