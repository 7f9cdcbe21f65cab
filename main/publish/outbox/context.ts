/**
 * What every step of a publish job works with: the job as last written, the site's client,
 * and the three rules that keep a job exact across crashes and quits:
 *  - nothing is written after the worker has stopped (the database may be closed by then);
 *  - a request goes out only while the job is not being cancelled, and `in_flight` says so;
 *  - each change of the job is written (and announced) at once.
 */
import type { Database } from 'better-sqlite3';
import { cancelRequested, updateJob, type JobChanges, type JobRecord } from '../../db/outbox';
import { emitPublishChanged, type EventBus } from '../../events';
import type { SiteDeps } from '../sites';
import type { WordPressClient } from '../wordpress/client';

/**
 * The moments right after a request that changes the site has been answered, before the
 * answer is recorded: where a crash would leave an outcome unknown. A test hook
 * (CoreOptions.outbox.fault) may end the process there; unset, nothing happens.
 */
export type FaultPoint = 'media.upload' | 'media.update' | 'term.create' | 'post.create' | 'post.update';

export interface OutboxTiming {
  /** The first retry's delay; each failure in a row doubles it (with jitter), up to maxMs. */
  baseMs: number;
  maxMs: number;
  /** A Retry-After longer than this is shortened to it. */
  retryAfterMaxMs: number;
}

export const defaultTiming: OutboxTiming = { baseMs: 2_000, maxMs: 5 * 60_000, retryAfterMaxMs: 60 * 60_000 };

export interface OutboxDeps {
  db: Database;
  events: EventBus;
  dataDir: string;
  /** The core's clock, ISO. */
  now: () => string;
  /** How clients are made for a site (its password from the secret store). */
  sites: SiteDeps;
  timing: OutboxTiming;
  fault?: (point: FaultPoint) => void;
  /** A failure outside any job (reading the queue itself); the core checks it for damage. */
  onFailure?: (error: unknown) => void;
}

/** Thrown when the worker has stopped: the job is left as the database last saw it. */
export class Stopped extends Error {
  constructor() {
    super('outbox stopped');
  }
}

/** Thrown before a request when the user has asked to cancel the job. */
export class Cancelled extends Error {
  constructor() {
    super('publish job cancelled');
  }
}

/** The job's row is gone: its site or article was deleted while it ran. */
export class JobGone extends Error {
  constructor() {
    super('publish job deleted');
  }
}

/** The job and how to write it: enough to record how a job ended, even when no client could be made. */
export interface JobWriter {
  deps: OutboxDeps;
  job: JobRecord;
  /** Throws Stopped once the worker has stopped. Call after every await. */
  alive(): void;
  /**
   * Writes changes of the job; announces them unless `quiet`. `at` is the time to record them
   * at, when a change was worked out from it (a wait counted from the moment it is recorded).
   */
  save(changes: JobChanges, options?: { quiet?: boolean; at?: string }): void;
}

export interface JobContext extends JobWriter {
  client: WordPressClient;
  /** Sends one request to the site (see the rules above); `point` names a request that changes the site. */
  send<T>(point: FaultPoint | null, call: () => Promise<T>): Promise<T>;
}

export function jobWriter(deps: OutboxDeps, job: JobRecord, isStopped: () => boolean): JobWriter {
  const writer: JobWriter = {
    deps,
    job,
    alive() {
      if (isStopped()) throw new Stopped();
    },
    save(changes, options = {}) {
      writer.alive();
      const now = options.at ?? deps.now();
      if (!updateJob(deps.db, writer.job.id, changes, now)) throw new JobGone();
      writer.job = { ...writer.job, ...definedOnly(changes), updatedAt: now };
      if (!options.quiet) emitPublishChanged(deps.events, writer.job);
    },
  };
  return writer;
}

/** The writer with the site's client: what the steps work with. */
export function jobContext(writer: JobWriter, client: WordPressClient, isStopped: () => boolean): JobContext {
  const ctx = Object.assign(writer, {
    client,
    async send<T>(point: FaultPoint | null, call: () => Promise<T>): Promise<T> {
      ctx.alive();
      const cancel = cancelRequested(ctx.deps.db, ctx.job.id);
      if (cancel === null) throw new JobGone();
      if (cancel) throw new Cancelled();
      if (!ctx.job.inFlight) ctx.save({ inFlight: true }, { quiet: true });
      try {
        const result = await call();
        if (point !== null) ctx.deps.fault?.(point);
        return result;
      } finally {
        // After a stop the outcome stays unrecorded: the next start looks it up.
        if (!isStopped()) ctx.save({ inFlight: false }, { quiet: true });
      }
    },
  });
  return ctx;
}

function definedOnly(changes: JobChanges): JobChanges {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
