/**
 * Finding a site's REST API: /wp-json/ (pretty permalinks), then ?rest_route=/ (which works on
 * any WordPress), then the root the site itself announces in its Link header
 * (rel="https://api.w.org/"), e.g. for a WordPress in a subfolder.
 */
import { classifyHttpError, WordPressError, type CallContext } from './errors';
import { exchange, type Transport } from './http';
import { RestIndex } from './schemas';

export interface Discovery {
  restRoot: string;
  /** The site's address as it answers, after any redirect (http → https, www). */
  address: string;
  index: RestIndex;
  /** Whether the site offers Application Passwords (it lists them under authentication). */
  applicationPasswords: boolean;
}

const apiLink = /<([^>]+)>\s*;\s*rel="https:\/\/api\.w\.org\/"/;

export async function discover(transport: Transport, address: string): Promise<Discovery> {
  const context: CallContext = { method: 'GET', action: { kind: 'discover' }, address, username: transport.credentials.username };
  const tried = new Set<string>();
  const candidates = [`${address}/wp-json/`, `${address}/?rest_route=/`];
  let homeAsked = false;
  while (candidates.length > 0 || !homeAsked) {
    let url = candidates.shift();
    if (url === undefined) {
      homeAsked = true;
      url = `${address}/`;
    }
    if (tried.has(url)) continue;
    tried.add(url);
    const answer = await exchange(transport, url, 'GET', {}, context);
    const announced = apiLink.exec(answer.headers.get('link') ?? '')?.[1];
    if (announced && !tried.has(announced)) candidates.push(announced);

    const index = RestIndex.safeParse(answer.json);
    if (answer.status === 200 && index.success && index.data.namespaces.includes('wp/v2')) {
      const restRoot = rootFrom(answer.url);
      return {
        restRoot,
        address: addressOf(restRoot),
        index: index.data,
        applicationPasswords: offersApplicationPasswords(index.data),
      };
    }
    // Refused (REST API locked, login wrong, a firewall) or busy: say so now, not "no WordPress".
    if (refuses(answer.status, answer.json)) throw classifyHttpError(answer, context);
  }
  throw new WordPressError('wp_not_wordpress', { address }, { disposition: 'final' });
}

function refuses(status: number, json: unknown): boolean {
  if ([401, 403, 429].includes(status) || status >= 500) return true;
  const wordPressError = typeof json === 'object' && json !== null && typeof (json as { code?: unknown }).code === 'string';
  return wordPressError && status >= 400 && status !== 404;
}

function offersApplicationPasswords(index: RestIndex): boolean {
  const methods = index.authentication;
  return !!methods && !Array.isArray(methods) && 'application-passwords' in methods;
}

/** The root as answered, without the query a ?rest_route=/ root needs beyond rest_route. */
function rootFrom(answered: string): string {
  const url = new URL(answered);
  url.hash = '';
  if (url.searchParams.has('rest_route')) {
    url.search = '';
    url.searchParams.set('rest_route', '/');
    return url.toString();
  }
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

function addressOf(restRoot: string): string {
  const url = new URL(restRoot);
  url.search = '';
  const path = url.pathname.replace(/\/wp-json\/?$/, '').replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}
