/**
 * The workflow's timing: on start, every few minutes while the core runs, when a note or a step
 * is queued, and when the site is reachable again (review.sync), it sends what waits and pulls
 * the state of the articles in review. One run at a time, so nothing is sent twice; a site
 * that cannot be reached leaves everything waiting for the next run.
 */
import { countWaiting, nextWorkflowDue } from '../../db/workflow';
import type { ReviewDeps } from './context';
import { flushWorkflow } from './steps';
import { syncWorkflow } from './sync';

export const syncEveryMs = 3 * 60_000;

export class ReviewWorker {
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastError: unknown = null;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: ReviewDeps,
    private readonly everyMs = syncEveryMs,
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    void this.run({ sync: true });
    this.timer = setInterval(() => void this.run({ sync: true }), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
  }

  /** A note the site asked to wait for (WordPress's flood limit) goes when it is due, not at the next round. */
  private armRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const due = this.stopped ? null : nextWorkflowDue(this.deps.db);
    if (due === null) return;
    const delay = Math.min(this.everyMs, Math.max(50, Date.parse(due) - Date.parse(this.deps.now())));
    this.retry = setTimeout(() => void this.run(), delay);
    this.retry.unref();
  }

  /** Sends what waits (all of it when `force`), then, with `sync`, pulls the state of articles in review. */
  run(options: { sync?: boolean; force?: boolean } = {}): Promise<{ articles: number; waiting: number }> {
    const next = this.chain.then(async () => {
      if (this.stopped) return { articles: 0, waiting: 0 };
      let articles = 0;
      try {
        await flushWorkflow(this.deps, { force: options.force });
        if (options.sync) articles = await syncWorkflow(this.deps);
        this.lastError = null;
      } catch (error) {
        // Offline, or the site busy: everything waits in SQLite for the next run.
        this.lastError = error;
      }
      if (this.stopped) return { articles, waiting: 0 };
      this.armRetry();
      return { articles, waiting: countWaiting(this.deps.db) };
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Why the last run could not reach a site, if it could not. */
  get error(): unknown {
    return this.lastError;
  }
}
