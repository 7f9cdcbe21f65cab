/**
 * A small HTTP proxy in front of the test WordPress, for what a real site does on a bad day:
 * be unreachable (stop() and start() again on the same port), answer 503 or 429 with
 * Retry-After, carry out a request and lose the answer (the connection drops after the site
 * has done the work), carry it out and answer with an error anyway (a plugin failing after
 * the post was saved), or hang without an answer until the client gives up. Every request is
 * logged with the time it arrived.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer the proxy makes up. */
export interface ProxyAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * What to do with one request:
 * - 'forward': pass it on and its answer back;
 * - 'drop-answer': pass it on (the site does the work), then close the connection unanswered;
 * - 'stall': never pass it on, never answer, until the client gives up and closes the connection;
 * - an answer: give it in the site's stead (the site never sees the request);
 * - { afterWork }: pass it on (the site does the work), then give this answer instead of the site's.
 */
export type ProxyAction = 'forward' | 'drop-answer' | 'stall' | ProxyAnswer | { afterWork: ProxyAnswer };

export interface ProxyRequest {
  method: string;
  /** The REST route, e.g. "/wp/v2/media", or the path for anything else. */
  route: string;
  at: number;
  action: ProxyAction;
}

export interface Proxy {
  url: string;
  log: ProxyRequest[];
  /** Decides each request's fate; forward by default. */
  rule: (request: { method: string; route: string }) => ProxyAction;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function routeOf(url: string): string {
  const parsed = new URL(url, 'http://x');
  const rest = parsed.searchParams.get('rest_route');
  if (rest) return rest;
  return parsed.pathname.replace(/^\/wp-json/, '');
}

export async function startProxy(target: string): Promise<Proxy> {
  const upstream = new URL(target);
  let server: Server | null = null;
  let port = 0;
  const proxy: Proxy = {
    url: '',
    log: [],
    rule: () => 'forward',
    stop: async () => {
      const closing = server;
      server = null;
      if (!closing) return;
      closing.closeAllConnections();
      await new Promise((resolve) => closing.close(resolve));
    },
    start: async () => {
      server = createServer((req, res) => void handle(req, res));
      const listening = server;
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
      port = (listening.address() as AddressInfo).port;
      proxy.url = `http://127.0.0.1:${port}`;
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = req.method ?? 'GET';
    const route = routeOf(req.url ?? '/');
    const action = proxy.rule({ method, route });
    proxy.log.push({ method, route, at: Date.now(), action });
    if (action === 'stall') {
      await new Promise((resolve) => res.once('close', resolve));
      return;
    }
    if (typeof action === 'object' && !('afterWork' in action)) {
      answerWith(res, action);
      return;
    }
    const answer = await forward(req, Buffer.concat(chunks));
    if (action === 'drop-answer') {
      // The site did the work; the client never hears of it.
      req.socket.destroy();
      return;
    }
    if (typeof action === 'object') {
      answerWith(res, action.afterWork);
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  }

  function answerWith(res: ServerResponse, answer: ProxyAnswer): void {
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(answer.body ?? '{}');
  }

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: upstream.host };
      const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (part: Buffer) => parts.push(part));
        answer.on('end', () => {
          const kept = Object.fromEntries(
            Object.entries(answer.headers).filter(([name, value]) => value !== undefined && name !== 'transfer-encoding'),
          );
          resolve({ status: answer.statusCode ?? 502, headers: kept as Record<string, string | string[]>, body: Buffer.concat(parts) });
        });
      });
      out.on('error', reject);
      out.end(body);
    });
  }

  await proxy.start();
  return proxy;
}
