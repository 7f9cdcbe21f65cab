/** "Testa anslutningen": find the REST API, log in, and read who the user is and may be. */
import { capabilitiesFromMap, capabilitiesOfRole, primaryRole } from '../../shared/publish/roles';
import type { ConnectionReport } from '../../shared/publish/site';
import type { WordPressClient } from './wordpress/client';

export async function testConnection(client: WordPressClient, checkedAt: string): Promise<ConnectionReport> {
  const site = await client.discover();
  const user = await client.me();
  const roles = user.roles ?? [];
  const role = primaryRole(roles);
  // users/me?context=edit lists every capability the user has; some sites strip it.
  const map = user.capabilities;
  const fromSite = map !== undefined && Object.keys(map).length > 0;
  return {
    address: site.address,
    restRoot: site.restRoot,
    siteName: site.index.name,
    user: { id: user.id, username: user.username ?? user.slug ?? '', name: user.name, roles },
    role,
    capabilities: fromSite ? capabilitiesFromMap(map) : capabilitiesOfRole(role),
    capabilitiesFrom: fromSite ? 'site' : 'role',
    checkedAt,
  };
}
