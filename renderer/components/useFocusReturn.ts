import { useEffect, useRef, useState } from 'react';

/** Focus is nowhere a person can act: on the page itself, or on an element no longer shown. */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/**
 * Remembers what had focus when a dialog or popup came up, and gives focus back to it when the
 * dialog goes, unless whoever closed it has already put focus somewhere on purpose.
 */
export function useFocusReturn(): void {
  // Read while rendering: the dialog's own autofocus runs before any effect would.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Looked at once the dialog has left the page (and not when a development re-run mounts it again).
      queueMicrotask(() => {
        if (!mounted.current && opener?.isConnected && focusLost()) opener.focus();
      });
    };
  }, [opener]);
}
