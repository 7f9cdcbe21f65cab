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
 * Runs the jobs one to a task, one after another: a key, a click or a frame that comes between
 * two of them is handled first, where one task running them all would hold it up for as long as
 * they take together (some read or mark the whole body). Each still runs within moments of the
 * frame, as what it records (where the journalist is) must not wait for the page to be idle.
 */
function runInTurn(jobs: (() => void)[]): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    jobs.shift()?.();
    if (jobs.length > 0) channel.port2.postMessage(null);
    else channel.port1.close();
  };
  channel.port2.postMessage(null);
}

/**
 * Runs `go` once the next frame is painted, in its turn with whatever else waits for that frame,
 * each in a task of its own, so what the frame showed takes keys between them.
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
    runInTurn(queue);
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
