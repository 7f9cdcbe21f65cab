import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpaltError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import type { Core } from '../core';
import { contentSecurityPolicy } from '../csp';
import { dispatch } from '../dispatch';
import { isMediaPath, sendMedia } from '../media/serve';
import { BodyBudget, readCallInput } from './body';
import { checkRequest, tokenCookie } from './guard';
import { sendRefusedPage } from './refused-page';
import { sendError, sendJson } from './reply';
import { startDataBlock } from './start-data';
import { decodePath, serveRenderer } from './static';
import { unstoppable } from './unstoppable';

export interface BrowserModeOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface BrowserModeServer {
  origin: string;
  /** The address to open, carrying the per-launch token. */
  url: string;
  token: string;
  /** The bytes of request bodies held right now, across requests (for tests). */
  bodyBytesHeld: () => number;
  close: () => Promise<void>;
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** A browser opening a page (not a script's call): it gets words, not JSON. */
function wantsPage(req: IncomingMessage, pathname: string): boolean {
  if (req.method !== 'GET' || pathname.startsWith('/api/') || isMediaPath(pathname)) return false;
  return req.headers['sec-fetch-dest'] === 'document' || (req.headers.accept ?? '').includes('text/html');
}

function requestUrl(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** The HTTP adapter for browser mode: the same core and contract as the desktop app. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  const eventStreams = new Set<ServerResponse>();
  let port = options.port;
  const { dataDir } = await core.handlers['app.info']({});

  const offEvents = core.events.onAny((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  const budget = new BodyBudget();

  async function invoke(rawName: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const name = decodePath(rawName) ?? rawName;
    const input = await readCallInput(req, res, name, budget);
    const result = await dispatch(core.handlers, name, input);
    if (result.ok) sendJson(res, 200, result);
    else sendError(res, result.error);
  }

  async function profileLanguage(): Promise<Language> {
    try {
      return (await core.handlers['settings.get']({})).language;
    } catch {
      return 'sv';
    }
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': spalt\n\n');
    eventStreams.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 20_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = requestUrl(req);
    if (url === null) {
      sendError(res, new SpaltError('invalid_input', { details: 'the address is malformed' }));
      return;
    }
    const queryToken = req.method === 'GET' ? url.searchParams.get('token') : null;
    const refusal = checkRequest(req, port, token, queryToken);
    if (refusal === 'token' && wantsPage(req, url.pathname)) {
      sendRefusedPage(res, await profileLanguage());
      return;
    }
    if (refusal) {
      sendError(res, new SpaltError('forbidden', { reason: refusal }));
      return;
    }
    if (queryToken !== null) {
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      url.searchParams.delete('token');
      res.writeHead(303, {
        'set-cookie': `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search,
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/api/invoke/')) {
      await invoke(url.pathname.slice('/api/invoke/'.length), req, res);
    } else if (url.pathname === '/api/events') {
      openEventStream(req, res);
    } else if (isMediaPath(url.pathname)) {
      sendMedia(core.db, dataDir, url.pathname, req, res);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      await serveRenderer(options.rendererDir, url.pathname, res, () => startDataBlock(core));
    } else {
      res.writeHead(405).end();
    }
  }

  const server = createServer(unstoppable(handle));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    bodyBytesHeld: () => budget.inUse,
    close: () =>
      new Promise<void>((resolve) => {
        offEvents();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
