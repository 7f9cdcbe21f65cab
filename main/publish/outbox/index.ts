/** The outbox as the core builds it: what its steps work with, and the worker that carries jobs out. */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../../events';
import type { SecretStore } from '../secrets';
import type { SiteDeps } from '../sites';
import { defaultTiming, type FaultPoint, type OutboxDeps, type OutboxTiming } from './context';
import { OutboxWorker } from './worker';

export type { FaultPoint, OutboxDeps, OutboxTiming } from './context';
export { OutboxWorker } from './worker';

export interface OutboxOptions {
  /** Run the worker in this process (default true). Off, jobs are queued but not carried out. */
  worker?: boolean;
  /** Retry delays; tests shorten them. */
  timing?: Partial<OutboxTiming>;
  /** Passed to the WordPress clients (timeouts; Electron may pass net.fetch). */
  client?: SiteDeps['client'];
  /**
   * Test hook: called right after a request that changes the site has been answered, before
   * the answer is recorded. A crash test ends the process here. Unset, nothing happens.
   */
  fault?: (point: FaultPoint) => void;
  /** A failure outside any job (reading the queue itself, e.g. a damaged database). */
  onFailure?: (error: unknown) => void;
}

export interface OutboxSetup {
  db: Database;
  events: EventBus;
  dataDir: string;
  now: () => string;
  secrets: SecretStore;
  options?: OutboxOptions;
}

export function createOutbox(setup: OutboxSetup): { deps: OutboxDeps; worker: OutboxWorker | null } {
  const { options = {} } = setup;
  const deps: OutboxDeps = {
    db: setup.db,
    events: setup.events,
    dataDir: setup.dataDir,
    now: setup.now,
    sites: { db: setup.db, secrets: setup.secrets, now: setup.now, client: options.client },
    timing: { ...defaultTiming, ...options.timing },
    fault: options.fault,
    onFailure: options.onFailure,
  };
  return { deps, worker: options.worker === false ? null : new OutboxWorker(deps) };
}
