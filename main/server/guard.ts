import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The cookie's name carries the port: cookies are kept per host, not per port, so two Spalts
 * on 127.0.0.1 (two profiles, or a restart on another port) must not overwrite each other's.
 */
export function tokenCookie(port: number): string {
  return `spalt_token_${port}`;
}

export type Refusal = 'host' | 'origin' | 'token';

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/**
 * Decides whether a request may reach the core: the Host must be our loopback address (no DNS
 * rebinding), a browser's Origin must be ours (no other site's page), and the per-launch token
 * must come with it, as a cookie or a header.
 */
export function checkRequest(req: IncomingMessage, port: number, token: string, queryToken: string | null): Refusal | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return 'host';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) return 'origin';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'origin';
  const header = req.headers['x-spalt-token'];
  // Any one of them will do: a cookie left from an earlier start must not refuse the new address.
  const given = [typeof header === 'string' ? header : null, cookieValue(req.headers.cookie, tokenCookie(port)), queryToken];
  return given.some((candidate) => candidate !== null && sameSecret(candidate, token)) ? null : 'token';
}
