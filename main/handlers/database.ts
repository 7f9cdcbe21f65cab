/** database.*: whether the profile's database is damaged, its recovery into a new file, and a backup while running. */
import { backUpProfile } from '../backup';
import { recoverDatabase } from '../db/recover';
import type { HandlerContext, NamespaceHandlers } from './context';

type DatabaseContext = Pick<HandlerContext, 'db' | 'dataDir' | 'health' | 'databaseFile' | 'nativeBinding' | 'now'>;

export function databaseHandlers({
  db,
  dataDir,
  health,
  databaseFile,
  nativeBinding,
  now,
}: DatabaseContext): NamespaceHandlers<'database'> {
  return {
    'database.status': async () => health.status(),
    'database.recover': async () => {
      health.recovered(recoverDatabase({ file: databaseFile, nativeBinding, now: new Date(now()) }));
      return health.status();
    },
    'database.backup': async () => backUpProfile(db, dataDir, new Date(now())),
  };
}
