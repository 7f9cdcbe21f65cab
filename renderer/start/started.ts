/**
 * The moment the page's first view is usable (the caret in the article, or the view shown).
 * What that view does not need waits for it, and then for the browser's next idle moment, so
 * it never holds up the frame that shows the caret: the queue, the people registry, the links'
 * articles, the database's status, the first word count, the time of the last save.
 */
const waiting = new Set<() => void>();
const settledListeners = new Set<() => void>();
let started = false;
let settled = false;

/** If no view says so (an error page), the page counts as started after this long anyway. */
const latestStartMs = 3_000;

function settle(): void {
  settled = true;
  for (const run of [...waiting]) {
    waiting.delete(run);
    run();
  }
  for (const listener of [...settledListeners]) listener();
}

export function markStarted(): void {
  if (started) return;
  started = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(settle, { timeout: 200 });
  else setTimeout(settle, 0);
}

setTimeout(markStarted, latestStartMs);

/**
 * Runs `run` once the page has started and the browser is idle (at once after that). Returns a
 * cancel that also undoes what `run` returned.
 */
export function afterStart(run: () => void | (() => void)): () => void {
  let undo: void | (() => void);
  let cancelled = false;
  const go = () => {
    if (!cancelled) undo = run();
  };
  if (settled) go();
  else waiting.add(go);
  return () => {
    cancelled = true;
    waiting.delete(go);
    if (typeof undo === 'function') undo();
  };
}

/** Whether what waits for the start may show now, for React's useSyncExternalStore. */
export const startedStore = {
  subscribe: (listener: () => void): (() => void) => {
    settledListeners.add(listener);
    return () => settledListeners.delete(listener);
  },
  get: (): boolean => settled,
};
