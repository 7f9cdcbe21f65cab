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
/** How long a job waits for an idle moment before it runs anyway. */
const latestIdleMs = 500;
let afterPaint: (() => void)[] | null = null;

/**
 * Runs the jobs one to an idle moment: a key, a click or a frame that comes between two of them
 * is handled first, where one task running them all would hold it up for as long as they take
 * together (some read or mark the whole body).
 */
function runWhenIdle(jobs: (() => void)[]): void {
  const next = () => {
    jobs.shift()?.();
    if (jobs.length > 0) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: latestIdleMs });
    else setTimeout(next, 0);
  };
  schedule();
}

/**
 * Runs `go` once the next frame is painted and the page is idle, in its turn with whatever else
 * waits for that frame, so what the frame showed takes keys before any of them runs.
 */
export function afterNextPaint(go: () => void): void {
  if (afterPaint) {
    afterPaint.push(go);
    return;
  }
  const queue = [go];
  afterPaint = queue;
  let done = false;
  const painted = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    if (afterPaint === queue) afterPaint = null;
    runWhenIdle(queue);
  };
  // A hidden page has no frames to wait for.
  const fallback = setTimeout(painted, document.visibilityState === 'visible' ? latestFrameMs : 0);
  // A task posted from the frame's animation callbacks runs after its paint.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(painted, 0));
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
