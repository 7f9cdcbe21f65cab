/**
 * Damage to the profile's database, met at open, by the background check or in use: from the
 * moment it is known, every operation that writes is refused with `database_damaged` naming
 * the file, reads that still work go on, and the UI is told.
 */
import { operationNames, type Handlers, type OperationName } from '../shared/api';
import type { DamageFoundBy, DatabaseDamage, DatabaseStatus, RecoveryReport } from '../shared/database';
import { SpaltError } from '../shared/errors';
import { isDamageError } from './db/damage';

/** What each operation does to the database. Recovery writes only a new file beside it. */
export const databaseAccess: Record<OperationName, 'reads' | 'writes'> = {
  'articles.list': 'reads',
  'articles.page': 'reads',
  'articles.summaries': 'reads',
  'articles.headlines': 'reads',
  'articles.create': 'writes',
  'articles.get': 'reads',
  'articles.save': 'writes',
  'articles.trash': 'writes',
  'articles.restore': 'writes',
  'articles.emptyTrash': 'writes',
  'articles.export': 'reads',
  'articles.import': 'writes',
  'people.list': 'reads',
  'people.save': 'writes',
  'people.remove': 'writes',
  'photos.import': 'writes',
  'photos.list': 'reads',
  'photos.get': 'reads',
  'photos.update': 'writes',
  'photos.creditSuggestions': 'reads',
  'photos.report': 'reads',
  'sites.list': 'reads',
  'sites.save': 'writes',
  'sites.remove': 'writes',
  'sites.test': 'writes',
  'publish.options': 'writes',
  'publish.start': 'writes',
  'publish.jobs': 'reads',
  'publish.cancel': 'writes',
  'publish.retry': 'writes',
  'publish.resolveConflict': 'writes',
  'publish.wake': 'writes',
  'settings.get': 'reads',
  'settings.update': 'writes',
  'app.info': 'reads',
  'resume.get': 'reads',
  'resume.remember': 'writes',
  'database.status': 'reads',
  'database.backup': 'reads',
  'database.recover': 'reads',
  'articles.history': 'reads',
  'articles.revision': 'reads',
  'articles.restoreRevision': 'writes',
  'review.states': 'reads',
  'review.withdraw': 'writes',
  'review.queue': 'reads',
  'review.refresh': 'writes',
  'review.open': 'writes',
  'review.return': 'writes',
  'review.notes': 'reads',
  'review.addNote': 'writes',
  'review.answerNote': 'writes',
  'review.resolveNote': 'writes',
  'review.sync': 'writes',
  'corrections.list': 'reads',
  'corrections.report': 'reads',
  'words.list': 'reads',
  'words.add': 'writes',
  'words.remove': 'writes',
  'words.import': 'writes',
  'words.export': 'reads',
  'words.known': 'reads',
  'words.ignore': 'writes',
};

export class DatabaseHealth {
  private damage: DatabaseDamage | null = null;
  private recovery: RecoveryReport | null = null;
  private readonly listeners = new Set<(status: DatabaseStatus) => void>();

  constructor(
    readonly file: string,
    private readonly now: () => string,
  ) {}

  get damaged(): boolean {
    return this.damage !== null;
  }

  status(): DatabaseStatus {
    return { file: this.file, damage: this.damage, recovery: this.recovery };
  }

  /** Calls `listener` when damage is first found and when a recovery finishes. */
  onChange(listener: (status: DatabaseStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records the damage once; later findings add nothing the user needs. */
  markDamaged(foundBy: DamageFoundBy, detail: string): void {
    if (this.damage) return;
    this.damage = { foundAt: this.now(), foundBy, detail: detail.slice(0, 500) };
    this.announce();
  }

  recovered(report: RecoveryReport): void {
    this.recovery = report;
    this.announce();
  }

  refusal(): SpaltError {
    return new SpaltError('database_damaged', { file: this.file });
  }

  /**
   * The error to answer for a failure: damage becomes the refusal naming the file (and is
   * recorded), and so does a write the read-only connection refused once damage is known.
   */
  translate(error: unknown): unknown {
    if (isDamageError(error)) {
      this.markDamaged('use', (error as Error).message);
      return this.refusal();
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (this.damaged && typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return this.refusal();
    return error;
  }

  private announce(): void {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}

/** Wraps every handler: writes stop once the database is damaged, and damage met is answered as such. */
export function guardHandlers(handlers: Handlers, health: DatabaseHealth): Handlers {
  const guarded: Partial<Record<OperationName, (input: never) => Promise<unknown>>> = {};
  for (const name of operationNames) {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    guarded[name] = async (input: unknown) => {
      if (health.damaged && databaseAccess[name] === 'writes') throw health.refusal();
      try {
        return await handler(input);
      } catch (error) {
        throw health.translate(error);
      }
    };
  }
  return guarded as Handlers;
}
