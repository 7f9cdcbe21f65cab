/**
 * Crafted addresses and operation names, sent with the cookie a browser sends along from any
 * page on 127.0.0.1 (an <img> included), each with the status it must get. `typed`: the answer
 * must be a typed error; pages and photos answer in plain text.
 */
import type { Request } from './client';

export interface CraftedRequest extends Request {
  status: number;
  typed: boolean;
}

export function craftedRequests(origin: string, token: string): CraftedRequest[] {
  const cookie = { cookie: `spalt_token_${new URL(origin).port}=${token}` };
  const call = { ...cookie, 'content-type': 'application/json' };
  const page = (path: string, status: number, typed = false): CraftedRequest => ({ method: 'GET', path, headers: cookie, status, typed });
  const invoke = (name: string, status = 404): CraftedRequest => ({
    path: `/api/invoke/${name}`,
    headers: call,
    body: '{}',
    status,
    typed: true,
  });
  return [
    page('/%E0%A4%A', 400),
    page('/%', 400),
    page('/%%', 400),
    page('/%C0%AF', 400),
    page('/assets/%E0%80', 400),
    page('/%ED%A0%80', 400),
    { method: 'HEAD', path: '/%E0%A4%A', headers: cookie, status: 400, typed: false },
    page('//[', 400, true),
    page('/media/photos/%E0/web', 404),
    page('/media/photos/..%2F..%2Fspalt.sqlite/web', 404),
    page('/media/photos/%00/thumb', 404),
    { method: 'GET', path: '/%E0%A4%A', headers: {}, status: 403, typed: true },
    { method: 'POST', path: '/%E0%A4%A', headers: call, body: '{}', status: 405, typed: false },
    invoke('%E0'),
    invoke('%'),
    invoke(''),
    invoke('articles.list/extra'),
    invoke('articles.list%00'),
    invoke('%61rticles.list', 200),
    invoke('__proto__'),
    invoke('constructor'),
    invoke('toString'),
    invoke('hasOwnProperty'),
    invoke('articles'),
    // Dot segments are resolved first: this is a POST to /api/articles.list, which is no call.
    { path: '/api/invoke/../articles.list', headers: call, body: '{}', status: 405, typed: false },
    invoke('a'.repeat(8_000)),
    { method: 'GET', path: '/api/invoke/articles.list', headers: cookie, status: 405, typed: false },
    { method: 'PUT', path: '/api/invoke/articles.list', headers: call, body: '{}', status: 405, typed: false },
    { method: 'DELETE', path: '/api/invoke/%E0', headers: call, status: 405, typed: false },
  ];
}
