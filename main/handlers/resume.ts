/** The `resume` namespace: where the journalist left off, read at start and written as they write. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import { getArticle } from '../db/articles';
import { isDamageError } from '../db/damage';
import { readLeftOff, rememberLeftOff } from '../db/left-off';
import type { DatabaseHealth } from '../database-health';

export function resumeHandlers({ db, health }: { db: Database; health: DatabaseHealth }): Pick<Handlers, 'resume.get' | 'resume.remember'> {
  return {
    'resume.get': async () => {
      try {
        const leftOff = readLeftOff(db);
        // The article comes along: the page opens it without asking again.
        return leftOff && { article: getArticle(db, leftOff.articleId), place: leftOff.place };
      } catch (error) {
        // A damaged file still opens, at the library, to say what is wrong.
        if (!isDamageError(error)) throw error;
        health.translate(error);
        return null;
      }
    },
    'resume.remember': async (leftOff) => rememberLeftOff(db, leftOff),
  };
}
