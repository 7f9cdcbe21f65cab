import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../shared/api';
import { newDraft } from '../shared/article/kind-defaults';
import { refusedUrls, shownUrl } from '../shared/document/body-urls';
import { bodyPlainText } from '../shared/document/plain-text';
import { SpaltError } from '../shared/errors';
import * as articles from './db/articles';
import * as people from './db/people';
import { isDamageError } from './db/damage';
import { databaseFileName, openCheckWaitMs } from './db/open';
import { recoverDatabase } from './db/recover';
import { defaultSettings, readSettings, updateSettings } from './db/settings';
import { DatabaseHealth, guardHandlers } from './database-health';
import { openProfileDatabase } from './profile-database';
import { resumeHandlers } from './handlers/resume';
import { EventBus } from './events';
import { photoHandlers } from './media/handlers';
import { sweepStrayFiles } from './media/store';
import { exportHandlers } from './publish/export/handlers';
import { exportPhotoSource } from './publish/export/photo-source';
import { publishHandlers } from './publish/handlers';
import { createOutbox, type OutboxOptions, type OutboxWorker } from './publish/outbox';
import { createPlainFileSecretStore, type SecretStore } from './publish/secrets';
import { makeProfilePrivate } from './private-profile';

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

function parseBody(body: Parameters<typeof bodyPlainText>[0]): string {
  try {
    return bodyPlainText(body);
  } catch (error) {
    throw new SpaltError('invalid_input', { details: `body: ${(error as Error).message}`.slice(0, 300) });
  }
}

/** A body carrying an address the URL policy refuses is not stored at all. */
function refuseUnsafeUrls(body: Parameters<typeof refusedUrls>[0]): void {
  const [refused] = refusedUrls(body);
  if (refused) throw new SpaltError('url_not_allowed', { url: shownUrl(refused.url), place: refused.place });
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
  const outbox = createOutbox({
    db,
    events,
    dataDir: options.dataDir,
    now,
    secrets,
    options: { ...options.outbox, worker: options.outbox?.worker !== false && !health.damaged, onFailure: (error) => health.translate(error) },
  });
  health.onChange((status) => {
    if (status.damage) outbox.worker?.stop();
    events.emit('database.changed', status);
  });
  // What a crash in the middle of a photo import left behind; nothing waits for it.
  void sweepStrayFiles(options.dataDir).catch(() => undefined);

  const base = {
    'articles.list': async (input) => {
      // A search sees every save made before it, whether or not the index had caught up.
      if (input.query.trim() !== '') profile.catchUpSearch();
      return articles.listArticles(db, input);
    },
    'articles.create': async ({ kind, sessionId }) => {
      const draft = newDraft(kind, readSettings(db).newsroom);
      const article = articles.createArticle(db, { id: randomUUID(), draft, now: now() });
      events.emit('article.changed', { id: article.id, change: 'created', revision: 0, sessionId: sessionId ?? null });
      return article;
    },
    'articles.get': async ({ id }) => articles.getArticle(db, id),
    'articles.save': async ({ id, baseRevision, draft, sessionId }) => {
      const bodyText = parseBody(draft.body);
      refuseUnsafeUrls(draft.body);
      const result = articles.saveArticle(db, {
        id,
        baseRevision,
        draft,
        bodyText,
        now: now(),
        sessionId: sessionId ?? null,
      });
      events.emit('article.changed', { id, change: 'saved', revision: result.revision, sessionId: sessionId ?? null });
      profile.afterSave();
      return result;
    },
    'articles.trash': async ({ id, sessionId }) => {
      const summary = articles.trashArticle(db, id, now());
      events.emit('article.changed', { id, change: 'trashed', revision: summary.revision, sessionId: sessionId ?? null });
      return summary;
    },
    'articles.restore': async ({ id, sessionId }) => {
      const summary = articles.restoreArticle(db, id);
      events.emit('article.changed', { id, change: 'restored', revision: summary.revision, sessionId: sessionId ?? null });
      return summary;
    },
    'articles.emptyTrash': async ({ sessionId }) => {
      const deleted = articles.emptyTrash(db);
      for (const id of deleted) {
        events.emit('article.changed', { id, change: 'deleted', revision: 0, sessionId: sessionId ?? null });
      }
      return { deleted: deleted.length };
    },
    'people.list': async ({ query }) => people.listPeople(db, query),
    'people.save': async (input) => {
      const person = people.savePerson(db, { ...input, id: input.id ?? randomUUID() }, now());
      events.emit('people.changed', { id: person.id });
      return person;
    },
    'people.remove': async ({ id }) => {
      people.removePerson(db, id);
      events.emit('people.changed', { id });
      return { removed: true as const };
    },
    'settings.get': async () => {
      try {
        return readSettings(db);
      } catch (error) {
        // The window must still open to say what is wrong, in the default language.
        if (!isDamageError(error)) throw error;
        health.translate(error);
        return defaultSettings;
      }
    },
    'settings.update': async (changes) => {
      const settings = updateSettings(db, changes);
      events.emit('settings.changed', settings);
      return settings;
    },
    'app.info': async () => ({ version: options.version, dataDir: options.dataDir, databaseFile }),
    ...resumeHandlers({ db, health }),
    'database.status': async () => health.status(),
    'database.recover': async () => {
      health.recovered(recoverDatabase({ file: databaseFile, nativeBinding: options.nativeBinding, now: new Date(now()) }));
      return health.status();
    },
    ...photoHandlers({ db, events, dataDir: options.dataDir, now }),
    ...publishHandlers({ db, events, dataDir: options.dataDir, now, secrets }),
    ...outbox.handlers,
  } satisfies Omit<Handlers, 'articles.export' | 'articles.import'>;

  const handlers: Handlers = guardHandlers({
    ...base,
    ...exportHandlers({
      db,
      now,
      photos: exportPhotoSource(db, options.dataDir),
      create: base['articles.create'],
      save: base['articles.save'],
    }),
  }, health);

  outbox.worker?.start();
  const close = () => {
    outbox.worker?.stop();
    profile.close();
  };
  return { handlers, events, db, health, outbox: outbox.worker, close };
}
