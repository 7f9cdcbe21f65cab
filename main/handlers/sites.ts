/** sites.*: the WordPress sites Spalt publishes to, each with its user and Application Password. */
import { emitSiteChanged } from '../events';
import { listSites, removeSite, saveSite, testSite } from '../publish/sites';
import type { HandlerContext, NamespaceHandlers } from './context';

export function siteHandlers({ sites, events }: Pick<HandlerContext, 'sites' | 'events'>): NamespaceHandlers<'sites'> {
  return {
    'sites.list': async () => ({ sites: await listSites(sites), passwordStorage: sites.secrets.storage }),
    'sites.save': async (input) => {
      const site = await saveSite(sites, input);
      emitSiteChanged(events, site.id, 'saved');
      return site;
    },
    'sites.remove': async ({ id }) => {
      await removeSite(sites, id);
      emitSiteChanged(events, id, 'removed');
      return { removed: true as const };
    },
    'sites.test': async (input) => {
      try {
        return await testSite(sites, input);
      } finally {
        // A saved site's test is recorded with it (its last check), whatever the outcome.
        if (!('address' in input)) emitSiteChanged(events, input.id, 'tested');
      }
    },
  };
}
