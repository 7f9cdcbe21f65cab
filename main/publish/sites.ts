/**
 * Sites with their Application Passwords: the row in SQLite, the password in the secret
 * store. Also where the outbox gets a ready client for a site (clientForSite).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { SpaltError } from '../../shared/errors';
import { normaliseSiteAddress } from '../../shared/publish/address';
import type { ConnectionReport, Site, SiteInput, SiteTestInput } from '../../shared/publish/site';
import * as store from '../db/sites';
import { testConnection } from './connection';
import type { SecretStore } from './secrets';
import { WordPressClient, type WordPressClientOptions } from './wordpress/client';

export interface SiteDeps {
  db: Database;
  secrets: SecretStore;
  now: () => string;
  /** Passed to every client (tests shorten timeouts; Electron may pass net.fetch). */
  client?: Pick<WordPressClientOptions, 'timeouts' | 'fetch'>;
}

export const secretKey = (siteId: string) => `site:${siteId}`;

async function toSite(deps: SiteDeps, stored: store.StoredSite): Promise<Site> {
  const { restRoot: _restRoot, ...site } = stored;
  return { ...site, hasPassword: await deps.secrets.has(secretKey(stored.id)) };
}

export async function listSites(deps: SiteDeps): Promise<Site[]> {
  return Promise.all(store.listSites(deps.db).map((site) => toSite(deps, site)));
}

/** Creates or updates a site. A new site needs a password; an update without one keeps it. */
export async function saveSite(deps: SiteDeps, input: SiteInput): Promise<Site> {
  const address = normaliseSiteAddress(input.address);
  const fields = { name: input.name, address, username: input.username, page: input.page };
  if (input.id === undefined) {
    if (input.password === undefined) throw new SpaltError('site_password_missing', { username: input.username });
    const id = randomUUID();
    await deps.secrets.write(secretKey(id), input.password);
    try {
      return await toSite(deps, store.saveSite(deps.db, { id, ...fields }, deps.now()));
    } catch (error) {
      await deps.secrets.remove(secretKey(id)).catch(() => undefined);
      throw error;
    }
  }
  const existing = store.getSite(deps.db, input.id);
  if (input.password === undefined) keepPasswordOnlyFor(existing, address);
  else await deps.secrets.write(secretKey(input.id), input.password);
  return toSite(deps, store.saveSite(deps.db, { id: input.id, ...fields }, deps.now()));
}

export async function removeSite(deps: SiteDeps, id: string): Promise<void> {
  store.removeSite(deps.db, id);
  await deps.secrets.remove(secretKey(id));
}

/** Tests a saved site (and records the outcome) or the form's values (recording nothing). */
export async function testSite(deps: SiteDeps, input: SiteTestInput): Promise<ConnectionReport> {
  if ('address' in input) {
    const address = normaliseSiteAddress(input.address);
    let password = input.password ?? null;
    if (password === null && input.id !== undefined) {
      keepPasswordOnlyFor(store.getSite(deps.db, input.id), address);
      password = await deps.secrets.read(secretKey(input.id));
    }
    if (password === null) throw new SpaltError('site_password_missing', { username: input.username });
    const client = new WordPressClient({ ...deps.client, address, username: input.username, password });
    return testConnection(client, deps.now());
  }
  const site = store.getSite(deps.db, input.id);
  const client = await clientFor(deps, site, { discover: true });
  try {
    const report = await testConnection(client, deps.now());
    store.recordCheck(deps.db, site.id, { ok: true, at: report.checkedAt, report });
    return report;
  } catch (error) {
    if (error instanceof SpaltError) store.recordCheck(deps.db, site.id, { ok: false, at: deps.now(), error: error.toValue() });
    throw error;
  }
}

/** A stored password goes only to the host it was saved for: a changed (or mistyped) host needs it typed again. */
function keepPasswordOnlyFor(site: store.StoredSite, address: string): void {
  const host = new URL(address).host;
  if (new URL(site.address).host !== host) throw new SpaltError('site_password_other_host', { host });
}

/**
 * A client for a saved site, logged in with its stored password: what the outbox uses. For a
 * site never tested, the REST root it finds on its first request is kept with the site, so it
 * is looked for once, not on every job.
 */
export async function clientForSite(deps: SiteDeps, siteId: string): Promise<WordPressClient> {
  const site = store.getSite(deps.db, siteId);
  const remember = site.restRoot === null ? (restRoot: string) => void store.rememberRestRoot(deps.db, site, restRoot) : undefined;
  return clientFor(deps, site, { discover: false }, remember);
}

async function clientFor(
  deps: SiteDeps,
  site: store.StoredSite,
  options: { discover: boolean },
  onDiscovered?: (restRoot: string) => void,
): Promise<WordPressClient> {
  const password = await deps.secrets.read(secretKey(site.id));
  if (password === null) throw new SpaltError('site_password_missing', { username: site.username });
  return new WordPressClient({
    ...deps.client,
    address: site.address,
    username: site.username,
    password,
    restRoot: options.discover ? null : site.restRoot,
    onDiscovered,
  });
}
