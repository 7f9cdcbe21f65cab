/**
 * A site's address as people type it ("tidningen.se", "https://tidningen.se/wp-admin/") made
 * into the one form Spalt stores: scheme, host, port and path, no trailing slash.
 */
import { SpaltError } from '../errors';
import { webAddress } from '../url-policy';

/** Paths people paste from their browser that are not the site's own address. */
const trailingWordPressPath = /\/(wp-admin(\/.*)?|wp-login\.php|wp-json(\/.*)?|index\.php)$/i;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Adds https:// when no scheme is given. Plain http is allowed only on this computer
 * (localhost, 127.x, ::1): elsewhere WordPress refuses Application Passwords without https,
 * and the password would travel readable.
 */
export function normaliseSiteAddress(typed: string): string {
  const text = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
  const url = webAddress(withScheme);
  if (url === null || url.username !== '' || url.password !== '' || !isPlausibleHost(url.hostname)) {
    throw new SpaltError('site_address_invalid', { address: text });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new SpaltError('site_address_insecure', { address: text, suggestion: `https://${url.host}` });
  }
  const path = url.pathname.replace(/\/+$/, '').replace(trailingWordPressPath, '').replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** A host name with a dot (tidningen.se), an IP address or localhost; not "tidningen". */
function isPlausibleHost(hostname: string): boolean {
  return hostname.includes('.') || hostname.startsWith('[') || isLoopbackHost(hostname);
}
