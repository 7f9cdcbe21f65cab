/** The contract's sites.* operations (issue 5). The outbox and publish flow will join here. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import type { EventBus } from '../events';
import { createPlainFileSecretStore, type SecretStore } from './secrets';
import { listSites, removeSite, saveSite, testSite, type SiteDeps } from './sites';

export interface PublishDeps {
  db: Database;
  events: EventBus;
  dataDir: string;
  now: () => string;
  /** The desktop app's safeStorage store; browser mode (and tests) keep a private file. */
  secrets?: SecretStore;
  client?: SiteDeps['client'];
}

type SiteHandlers = Pick<Handlers, 'sites.list' | 'sites.save' | 'sites.remove' | 'sites.test'>;

export function publishHandlers(deps: PublishDeps): SiteHandlers {
  const secrets = deps.secrets ?? createPlainFileSecretStore(deps.dataDir);
  const sites: SiteDeps = { db: deps.db, secrets, now: deps.now, client: deps.client };
  return {
    'sites.list': async () => ({ sites: await listSites(sites), passwordStorage: secrets.storage }),
    'sites.save': async (input) => {
      const site = await saveSite(sites, input);
      deps.events.emit('site.changed', { id: site.id, change: 'saved' });
      return site;
    },
    'sites.remove': async ({ id }) => {
      await removeSite(sites, id);
      deps.events.emit('site.changed', { id, change: 'removed' });
      return { removed: true as const };
    },
    'sites.test': async (input) => {
      try {
        return await testSite(sites, input);
      } finally {
        if (!('address' in input)) deps.events.emit('site.changed', { id: input.id, change: 'tested' });
      }
    },
  };
}
