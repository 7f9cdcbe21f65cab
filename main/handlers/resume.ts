/** The `resume` namespace: where the journalist left off, read at start and written as they write. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import { isDamageError } from '../db/damage';
import { readLeftOff, rememberLeftOff } from '../db/left-off';
import type { DatabaseHealth } from '../database-health';

export function resumeHandlers({ db, health }: { db: Database; health: DatabaseHealth }): Pick<Handlers, 'resume.get' | 'resume.remember'> {
  return {
    'resume.get': async () => {
      try {
        return readLeftOff(db);
      } catch (error) {
        // A damaged file still opens, at the library, to say what is wrong.
        if (!isDamageError(error)) throw error;
        health.translate(error);
        return null;
      }
    },
    'resume.remember': async (leftOff) => {
      rememberLeftOff(db, leftOff);
      return leftOff;
    },
  };
}
