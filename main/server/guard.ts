import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const tokenCookie = 'spalt_token';

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
  const given = (typeof header === 'string' ? header : null) ?? cookieValue(req.headers.cookie, tokenCookie) ?? queryToken;
  if (given === null || !sameSecret(given, token)) return 'token';
  return null;
}
