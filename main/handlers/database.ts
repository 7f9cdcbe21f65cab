/** database.*: whether the profile's database is damaged, and its recovery into a new file. */
import { recoverDatabase } from '../db/recover';
import type { HandlerContext, NamespaceHandlers } from './context';

type DatabaseContext = Pick<HandlerContext, 'health' | 'databaseFile' | 'nativeBinding' | 'now'>;

export function databaseHandlers({ health, databaseFile, nativeBinding, now }: DatabaseContext): NamespaceHandlers<'database'> {
  return {
    'database.status': async () => health.status(),
    'database.recover': async () => {
      health.recovered(recoverDatabase({ file: databaseFile, nativeBinding, now: new Date(now()) }));
      return health.status();
    },
  };
}
