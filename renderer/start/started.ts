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

/** How long work waits for a frame that does not come (a window hidden meanwhile paints none). */
const latestFrameMs = 500;
let afterPaint: (() => void)[] | null = null;

/**
 * Runs `go` once the next frame is painted (a task posted from its animation frame runs after
 * the paint), together with whatever else waits for that frame.
 */
export function afterNextPaint(go: () => void): void {
  if (afterPaint) {
    afterPaint.push(go);
    return;
  }
  const queue = [go];
  afterPaint = queue;
  let done = false;
  const flush = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    if (afterPaint === queue) afterPaint = null;
    for (const run of queue) run();
  };
  // A hidden page has no frames to wait for.
  const fallback = setTimeout(flush, document.visibilityState === 'visible' ? latestFrameMs : 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(flush, 0));
}

/**
 * Runs `run` once the page has started and the browser is idle; after that, once the next frame
 * is painted, so a view shown later (an article opened from the library) is on screen before
 * what it does not need to show runs. Returns a cancel that also undoes what `run` returned.
 */
export function afterStart(run: () => void | (() => void)): () => void {
  let undo: void | (() => void);
  let cancelled = false;
  const go = () => {
    if (!cancelled) undo = run();
  };
  if (settled) afterNextPaint(go);
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
