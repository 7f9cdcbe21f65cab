/**
 * The core: opens the profile, builds the one context every handler works with, and wires the
 * handler files (main/handlers/, one per namespace of the contract) into one implementation of
 * the contract, guarded so a damaged database refuses writes. Both adapters serve it.
 */
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../shared/api';
import { databaseFileName, openCheckWaitMs } from './db/open';
import { DatabaseHealth, guardHandlers } from './database-health';
import { emitDatabaseChanged, EventBus } from './events';
import { appHandlers } from './handlers/app';
import { articleHandlers } from './handlers/articles';
import type { HandlerContext } from './handlers/context';
import { databaseHandlers } from './handlers/database';
import { correctionHandlers } from './handlers/corrections';
import { historyHandlers } from './handlers/history';
import { resumeHandlers } from './handlers/resume';
import { reviewHandlers } from './handlers/review';
import { peopleHandlers } from './handlers/people';
import { wordHandlers } from './handlers/words';
import { photoHandlers } from './handlers/photos';
import { publishHandlers } from './handlers/publish';
import { settingsHandlers } from './handlers/settings';
import { siteHandlers } from './handlers/sites';
import { transferHandlers } from './handlers/transfer';
import { sweepStrayFiles } from './media/store';
import { createOutbox, type OutboxOptions, type OutboxWorker } from './publish/outbox';
import { ReviewWorker } from './publish/review/worker';
import { createPlainFileSecretStore, type SecretStore } from './publish/secrets';
import type { FetchFunction } from './publish/wordpress/http';
import { makeProfilePrivate } from './private-profile';
import { openProfileDatabase } from './profile-database';

export interface CoreOptions {
  dataDir: string;
  version: string;
  nativeBinding?: string;
  /** The clock, so tests can save at chosen times. */
  now?: () => Date;
  /** Where Application Passwords are kept: safeStorage in the desktop app; a private file otherwise. */
  secrets?: SecretStore;
  /** How long opening waits for the database's structural check (default openCheckWaitMs); tests wait it out. */
  checkWaitMs?: number;
  /** The publishing outbox: its worker (on unless turned off), retry timing, and a test hook for crash tests. */
  outbox?: OutboxOptions;
  /** How every WordPress request goes out: Electron's net.fetch in the desktop app (system proxies and certificates), Node's fetch otherwise. */
  fetch?: FetchFunction;
}

export interface Core {
  handlers: Handlers;
  events: EventBus;
  db: Database;
  /** Whether the database is damaged; once it is, writes are refused. */
  health: DatabaseHealth;
  /** The outbox's worker, or null when CoreOptions.outbox.worker is false (or the database is damaged). */
  outbox: OutboxWorker | null;
  close: () => void;
}

/** Builds the one implementation of the contract that both adapters serve. */
export function createCore(options: CoreOptions): Core {
  makeProfilePrivate(options.dataDir);
  const databaseFile = join(options.dataDir, databaseFileName);
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const health = new DatabaseHealth(databaseFile, now);
  const profile = openProfileDatabase(databaseFile, health, {
    nativeBinding: options.nativeBinding,
    checkWaitMs: options.checkWaitMs ?? openCheckWaitMs,
  });
  const { db } = profile;
  const events = new EventBus();
  const secrets = options.secrets ?? createPlainFileSecretStore(options.dataDir);
  const client = options.fetch ? { ...options.outbox?.client, fetch: options.fetch } : options.outbox?.client;
  const outbox = createOutbox({
    db,
    events,
    dataDir: options.dataDir,
    now,
    secrets,
    options: {
      ...options.outbox,
      client,
      worker: options.outbox?.worker !== false && !health.damaged,
      onFailure: (error) => health.translate(error),
    },
  });
  health.onChange((status) => {
    if (status.damage) outbox.worker?.stop();
    emitDatabaseChanged(events, status);
  });
  // What a crash in the middle of a photo import left behind; nothing waits for it.
  void sweepStrayFiles(options.dataDir).catch(() => undefined);

  const ctx: HandlerContext = {
    db,
    events,
    dataDir: options.dataDir,
    databaseFile,
    version: options.version,
    nativeBinding: options.nativeBinding,
    now,
    sites: { db, secrets, now, client },
    health,
    profile,
    outbox: outbox.deps,
    worker: outbox.worker,
  };
  // The editors' workflow: steps and notes wait locally and go with the outbox's site clients.
  const review = new ReviewWorker({ db, events, now, sites: outbox.deps.sites, profile, dataDir: options.dataDir });
  const handlers = guardHandlers(
    {
      ...articleHandlers(ctx),
      ...transferHandlers(ctx),
      ...peopleHandlers(ctx),
      ...photoHandlers(ctx),
      ...siteHandlers(ctx),
      ...publishHandlers(ctx),
      ...settingsHandlers(ctx),
      ...appHandlers(ctx),
      ...resumeHandlers(ctx),
      ...databaseHandlers(ctx),
      ...historyHandlers(ctx),
      ...reviewHandlers({ db, events, now, sites: outbox.deps.sites, profile, dataDir: options.dataDir }, review),
      ...correctionHandlers(ctx),
      ...wordHandlers(ctx),
    } satisfies Handlers,
    health,
  );

  outbox.worker?.start();
  if (outbox.worker) review.start();
  const close = () => {
    review.stop();
    outbox.worker?.stop();
    profile.close();
  };
  return { handlers, events, db, health, outbox: outbox.worker, close };
}
