import { useSyncExternalStore } from 'react';

/** Below this width the text keeps its column and the notes stay in the panel. */
const wideEnough = '(min-width: 1100px)';

function subscribe(changed: () => void): () => void {
  const query = matchMedia(wideEnough);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Whether the window is wide enough for notes in a margin beside the text. */
export function useWideWindow(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(wideEnough).matches);
}
