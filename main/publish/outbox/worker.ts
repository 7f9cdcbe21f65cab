/**
 * The outbox's worker, inside the core process: takes due jobs one at a time and runs them;
 * sleeps until the next retry is due; wakes at once for a new job, when a site's settings
 * change (a fixed address, a new password), and when the computer is back online or awake
 * (publish.wake, from the window's `online` event and Electron's powerMonitor). On start,
 * jobs a crash or a quit left running go back in the queue at the step they reached. stop()
 * aborts the request in flight and writes nothing more: what it was doing is found again on
 * the next start.
 */
import { claimDueJob, findJob, hurryWaitingJobs, nextDueAt, requeueInterrupted } from '../../db/outbox';
import { emitPublishChanged } from '../../events';
import type { OutboxDeps } from './context';
import { runJob } from './run-job';

/** Timers longer than this are re-armed (setTimeout's limit is about 24 days). */
const longestSleepMs = 60 * 60_000;

export class OutboxWorker {
  private stopped = false;
  private started = false;
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private again = false;
  private readonly abort = new AbortController();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];

  private readonly deps: OutboxDeps;

  constructor(deps: OutboxDeps) {
    // Every request of the worker's clients ends when the worker stops.
    const base = deps.sites.client?.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
    const stoppable = (input: string, init: RequestInit) =>
      base(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, this.abort.signal]) : this.abort.signal });
    this.deps = { ...deps, sites: { ...deps.sites, client: { ...deps.sites.client, fetch: stoppable } } };
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const { db, events, now } = this.deps;
    for (const id of requeueInterrupted(db, now())) {
      const job = findJob(db, id);
      if (job) emitPublishChanged(events, job);
    }
    this.unsubscribe.push(
      events.on('site.changed', ({ id, change }) => {
        if (change === 'removed' || this.stopped) return;
        if (hurryWaitingJobs(db, id, now()) > 0) this.wake();
      }),
    );
    this.wake();
  }

  /** Looks for due jobs now. */
  wake(): void {
    if (this.stopped || !this.started) return;
    if (this.loop) {
      this.again = true;
      return;
    }
    this.loop = this.drain()
      .catch((error: unknown) => this.failed(error))
      .finally(() => {
        this.loop = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        } else if (!this.stopped) {
          try {
            this.sleep();
          } catch (error) {
            this.failed(error);
          }
        }
      });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    for (const off of this.unsubscribe.splice(0)) off();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Resolves once no job is running (for tests and benchmarks). */
  whenIdle(): Promise<void> {
    if (!this.loop) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const { db, now } = this.deps;
    for (;;) {
      if (this.stopped) return;
      this.again = false;
      const job = claimDueJob(db, now());
      if (!job) return;
      emitPublishChanged(this.deps.events, job);
      await runJob(this.deps, job, () => this.stopped);
    }
  }

  /** The queue itself could not be read: reported, never an unhandled rejection that ends the process. */
  private failed(error: unknown): void {
    if (this.deps.onFailure) this.deps.onFailure(error);
    else console.error('[spalt] outbox worker failed:', error);
  }

  private sleep(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    const at = nextDueAt(this.deps.db);
    if (at === null) return;
    const delay = Math.min(longestSleepMs, Math.max(0, Date.parse(at) - Date.parse(this.deps.now())));
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }
}
