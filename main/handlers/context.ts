/**
 * What every handler works with: one context, built once by the core (core.ts). A handler file
 * takes only the part it uses (a Pick of it), so a test or a tool can build just that part.
 */
import type { Database } from 'better-sqlite3';
import type { Handlers, OperationName } from '../../shared/api';
import type { DatabaseHealth } from '../database-health';
import type { EventBus } from '../events';
import type { ProfileDatabase } from '../profile-database';
import type { OutboxDeps, OutboxWorker } from '../publish/outbox';
import type { SiteDeps } from '../publish/sites';

export interface HandlerContext {
  db: Database;
  events: EventBus;
  /** The profile's folder: the database, photos/, and (outside the desktop app) the site passwords. */
  dataDir: string;
  databaseFile: string;
  /** Spalt's version, as app.info tells it. */
  version: string;
  /** The better-sqlite3 build for this runtime, for a recovery's new file. */
  nativeBinding?: string;
  /** The core's clock, ISO; tests set it. */
  now: () => string;
  /** Sites and their passwords, for the Webbplatser view (clients with default timeouts). */
  sites: SiteDeps;
  health: DatabaseHealth;
  /** The work after a save (search index, checkpoint) and before a search. */
  profile: Pick<ProfileDatabase, 'afterSave' | 'catchUpSearch'>;
  /** What the outbox's steps work with (its own site clients and retry timing). */
  outbox: OutboxDeps;
  /** The outbox's worker, or null when it is off (turned off, or the database is damaged). */
  worker: OutboxWorker | null;
}

/** The operations of one namespace of the contract: NamespaceHandlers<'people'> is people.list, people.save, people.remove. */
export type NamespaceHandlers<N extends string> = Pick<Handlers, Extract<OperationName, `${N}.${string}`>>;
