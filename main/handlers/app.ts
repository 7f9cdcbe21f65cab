/** app.*: what Spalt tells about itself (version, where the profile is). */
import type { HandlerContext, NamespaceHandlers } from './context';

export function appHandlers({
  version,
  dataDir,
  databaseFile,
}: Pick<HandlerContext, 'version' | 'dataDir' | 'databaseFile'>): NamespaceHandlers<'app'> {
  return {
    'app.info': async () => ({ version, dataDir, databaseFile }),
  };
}
